// Scenario 4 (issue 12), the steps both of its e2e tests take: the holder's phone and the
// professional's desktop, the menu as a person uses it, a two-step proposal written on the form,
// the holder's answer (first step accepted, second refused with a reason), and the answers as the
// professional reads them.
import type { Locator, Page } from 'playwright-core'
import { expect } from 'vitest'
import type { e2eApp } from '../../support/e2e.ts'
import { explain, visibleText } from './app.ts'

/** The holder's phone (360×740) and the professional's desktop; page errors are logged. */
export async function holderAndProfessional(app: ReturnType<typeof e2eApp>) {
  const holder = await app.newPage({ viewport: { width: 360, height: 740 } })
  const operator = await app.newPage({ viewport: { width: 1280, height: 900 } })
  for (const page of [holder, operator]) page.on('pageerror', (e) => console.error('page error:', e.message))
  return { holder, operator }
}

/** Waits until a screen's heading shows. */
export const waitForScreen = (page: Page) =>
  page.locator('main h1').first().waitFor({ state: 'visible', timeout: 60_000 })

/** Follows a menu link as a person would: on a phone the menu opens first. */
export async function menu(page: Page, name: string): Promise<void> {
  const link = page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name, exact: true })
  if (!(await link.isVisible())) await page.locator('summary', { hasText: 'Menu' }).click()
  await link.click()
  await waitForScreen(page)
}

/** Waits until the proposal form says it is connected to the holder's inbox. */
export const expectProposeConnected = (operator: Page) =>
  expect
    .poll(() => visibleText(operator.getByTestId('propose-status')), { timeout: 20_000 })
    .toContain('Connecté')

/** Writes `objective` with two steps on the open proposal form (not sent). */
export async function writeTwoSteps(operator: Page, objective: string, [first, second]: [string, string]) {
  const form = operator.locator('main form')
  await form.getByLabel('Objectif', { exact: true }).fill(objective)
  await form.getByLabel('Ce qu’il faut faire').first().fill(first)
  await form.getByRole('button', { name: 'Ajouter une étape' }).click()
  await form.getByLabel('Ce qu’il faut faire').nth(1).fill(second)
}

/** Sends the written proposal; resolves to its card once it reads "sent, no answer yet". */
export async function sendProposal(operator: Page, objective: string): Promise<Locator> {
  await operator.locator('main form').getByRole('button', { name: 'Envoyer la proposition' }).click()
  const card = operator.locator('main li[data-proposal]', { hasText: objective })
  await expect.poll(() => visibleText(card), { timeout: 20_000 }).toContain('Envoyée, pas encore de réponse')
  return card
}

/** The holder accepts the first step and refuses the second with `reason` (answers not sent). */
export async function acceptFirstRefuseSecond(
  pending: Locator,
  [first, second]: [string, string],
  reason: string,
): Promise<void> {
  await pending
    .getByRole('group', { name: `Étape 1 : ${first}` })
    .getByLabel('Accepter cette étape')
    .check()
  const refused = pending.getByRole('group', { name: `Étape 2 : ${second}` })
  await refused.getByLabel('Refuser cette étape').check()
  await refused.getByLabel('Pourquoi la refuser ? (si vous voulez)').fill(reason)
}

/** The professional reads each step's answer on the proposal's card. */
export async function expectStepAnswers(operator: Page, card: Locator, lines: string[]): Promise<void> {
  const outcomes = card.locator('.proposal-step-outcomes')
  await explain(operator, () => expect.poll(() => outcomes.count(), { timeout: 20_000 }).toBe(1))
  const shown = await outcomes.locator('li').allInnerTexts()
  expect(shown.map((l) => l.replace(/[\u00a0\u202f]/g, ' '))).toEqual(lines)
}
