// Issue 12 §1–§2 in real Chromium: scenario 4 started from the professional's receive screen. The
// holder (phone 360×740) shows the proposal handover — a short QR code (≤ version 5) and 15 digits;
// the professional (desktop) types the digits on "Recevoir un livret", lands on the proposal form,
// proposes two steps; the holder accepts one and refuses the other with a reason; the professional
// sees each step's answer. The same short code cannot be used twice. axe WCAG 2.2 AA on the changed
// screens; screenshots of the handover and receive screens at 360 px and desktop size.
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { chooseMode, explain, visibleText } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { readQrCodes } from './share-steps.ts'

const app = e2eApp()
let holder: Page
let operator: Page

beforeAll(async () => {
  holder = await app.newPage({ viewport: { width: 360, height: 740 } })
  operator = await app.newPage({ viewport: { width: 1280, height: 900 } })
  for (const page of [holder, operator]) page.on('pageerror', (e) => console.error('page error:', e.message))
})

const waitForScreen = (page: Page) =>
  page.locator('main h1').first().waitFor({ state: 'visible', timeout: 60_000 })
const pendingCards = () => holder.locator('main li.proposal')

/** Follows a menu link as a person would: on a phone the menu opens first. */
async function menu(page: Page, name: string): Promise<void> {
  const link = page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name, exact: true })
  if (!(await link.isVisible())) await page.locator('summary', { hasText: 'Menu' }).click()
  await link.click()
  await waitForScreen(page)
}

test('scenario 4 from the receive screen: short code typed, two steps proposed, one accepted, one refused', async () => {
  // Holder: a proposal handover for the counsellor.
  await holder.goto(app.server.origin)
  await explain(holder, () => chooseMode(holder, 'holder'))
  await explain(holder, () => menu(holder, 'Propositions'))
  await holder.getByLabel('Nom du professionnel').fill('Mme Dupont')
  await holder.getByLabel('Organisation (facultatif)').fill('CPAS de Namur')
  await holder.getByRole('button', { name: 'Créer le lien' }).click()
  const qr = holder.getByRole('img', {
    name: 'Code QR du lien pour proposer, pour Mme Dupont (CPAS de Namur)',
  })
  await explain(holder, () => qr.waitFor({ timeout: 20_000 }))
  const shortLink = (await holder.locator('[data-short-link]').getAttribute('data-short-link')) ?? ''
  expect(shortLink).toMatch(new RegExp(`^${app.server.origin}/h#[A-Za-z0-9_-]{12}\\.[A-Za-z0-9_-]{22}$`))
  // A version ≤ 5 code: at most 37 modules a side (the viewBox adds a quiet zone of 4 on each side).
  const side = Number((await qr.getAttribute('viewBox'))?.split(' ')[2])
  expect(side - 8).toBeLessThanOrEqual(37)
  expect(await readQrCodes(await qr.screenshot())).toEqual([shortLink])
  const code = (await visibleText(holder.locator('.typed-code span[aria-hidden="true"]'))).trim()
  expect(code).toMatch(/^\d{5} \d{5} \d{5}$/)
  const longLink = await holder.getByRole('textbox', { name: 'Lien pour proposer' }).inputValue()
  expect(longLink.length).toBeGreaterThan(300)
  await expectNoAxeViolations(holder, '/propositions (short code, 360 px)')
  await shot(holder, 'handover-360')

  // Professional: the receive screen, from the menu; a wrong text is told apart, then the typed code.
  await operator.goto(app.server.origin)
  await explain(operator, () => chooseMode(operator, 'operator'))
  await explain(operator, () => menu(operator, 'Recevoir un livret'))
  await expectNoAxeViolations(operator, '/recevoir')
  await shot(operator, 'receive-desktop')
  await operator.getByLabel('Lien reçu').fill('https://example.org/une-page')
  await operator.getByRole('button', { name: 'Ouvrir le lien' }).click()
  await expect
    .poll(() => visibleText(operator.getByRole('alert')))
    .toContain("Ce n'est pas un lien ni un code Livret")
  await operator.getByLabel('Code à 15 chiffres').fill(code)
  await operator.getByRole('button', { name: 'Ouvrir le code' }).click()
  await explain(operator, () => operator.waitForURL(/\/proposer\/[A-Za-z0-9_-]+$/, { timeout: 30_000 }))
  await expect
    .poll(() => visibleText(operator.getByTestId('propose-status')), { timeout: 20_000 })
    .toContain('Connecté')

  // Two steps in one proposal.
  const form = operator.locator('main form')
  await form.getByLabel('Objectif', { exact: true }).fill('Refaire mon CV')
  await form.getByLabel('Ce qu’il faut faire').first().fill('Atelier CV le lundi')
  await form.getByRole('button', { name: 'Ajouter une étape' }).click()
  await form.getByLabel('Ce qu’il faut faire').nth(1).fill('Stage en cuisine')
  await form.getByRole('button', { name: 'Envoyer la proposition' }).click()
  const card = operator.locator('main li[data-proposal]', { hasText: 'Refaire mon CV' })
  await expect.poll(() => visibleText(card), { timeout: 20_000 }).toContain('Envoyée, pas encore de réponse')

  // Holder: one answer per step.
  await explain(holder, () => expect.poll(() => pendingCards().count(), { timeout: 20_000 }).toBe(1))
  const pending = pendingCards().first()
  await pending
    .getByRole('group', { name: 'Étape 1 : Atelier CV le lundi' })
    .getByLabel('Accepter cette étape')
    .check()
  const second = pending.getByRole('group', { name: 'Étape 2 : Stage en cuisine' })
  await second.getByLabel('Refuser cette étape').check()
  await second.getByLabel('Pourquoi la refuser ? (si vous voulez)').fill('Trop loin de chez moi')
  await expectNoAxeViolations(holder, '/propositions (per-step answers, 360 px)')
  await shot(holder, 'steps-360')
  await pending.getByRole('button', { name: 'Envoyer mes réponses' }).click()
  await expect.poll(() => pendingCards().count()).toBe(0)

  // Professional: each step's answer, through the answers room.
  const outcomes = card.locator('.proposal-step-outcomes')
  await explain(operator, () => expect.poll(() => outcomes.count(), { timeout: 20_000 }).toBe(1))
  const lines = await outcomes.locator('li').allInnerTexts()
  expect(lines.map((l) => l.replace(/[\u00a0\u202f]/g, ' '))).toEqual([
    'Atelier CV le lundi : Étape acceptée',
    'Stage en cuisine : Étape refusée : « Trop loin de chez moi »',
  ])
  await expectNoAxeViolations(operator, '/proposer (answers per step)')

  // The short link was not used, but the typed code was: used once, it is gone.
  await menu(operator, 'Recevoir un livret')
  await operator.getByLabel('Code à 15 chiffres').fill(code)
  await operator.getByRole('button', { name: 'Ouvrir le code' }).click()
  await expect.poll(() => visibleText(operator.getByRole('alert'))).toContain('Ce code a déjà servi')

  // Holder's plan: the accepted step only.
  await menu(holder, "Plan d'action")
  await expect.poll(() => visibleText(holder.locator('main'))).toContain('Atelier CV le lundi')
  expect(await visibleText(holder.locator('main'))).not.toContain('Stage en cuisine')
})

test('a short QR code opened by the camera app (/h#…) leads to its screen; the desktop handover screenshot', async () => {
  await menu(holder, 'Propositions')
  await holder.getByLabel('Nom du professionnel').fill('M. Martin')
  await holder.getByRole('button', { name: 'Créer le lien' }).click()
  const short = holder.locator('[data-short-link]').last()
  await short.waitFor({ timeout: 20_000 })
  const shortLink = (await short.getAttribute('data-short-link')) ?? ''
  const desk = await app.newPage({ viewport: { width: 1280, height: 900 } })
  await desk.goto(app.server.origin)
  await chooseMode(desk, 'operator')
  await desk.goto(shortLink)
  await explain(desk, () => desk.waitForURL(/\/proposer\/[A-Za-z0-9_-]+$/, { timeout: 30_000 }))
  expect(desk.url()).not.toContain('#')
  expect(await desk.getByLabel('Votre nom').inputValue()).toBe('M. Martin')
  await holder.setViewportSize({ width: 1280, height: 900 })
  await shot(holder, 'handover-desktop')
  await operator.setViewportSize({ width: 360, height: 740 })
  await menu(operator, 'Recevoir un livret')
  await shot(operator, 'receive-360')
})
