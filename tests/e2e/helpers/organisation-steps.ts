// Steps of the organisation scenario (issue 11) that read as one action: a person's own browser,
// the received share's validation text once checked, the trainer making its identity, and waiting
// for withdrawals to show after a reload.
import type { BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'
import { type RequestLog, trackRequests } from '../../support/browser.ts'
import type { e2eApp } from '../../support/e2e.ts'
import { mainText } from '../operator-support.ts'
import { chooseMode, explain, waitForApp } from './app.ts'

/** How many times `part` stands in `text`. */
export const count = (text: string, part: string) => text.split(part).length - 1

/** A person's own browser context and page in `mode`; its requests join `logs`. */
export async function personIn(
  app: ReturnType<typeof e2eApp>,
  logs: RequestLog[],
  mode: 'operator' | 'trainer',
  viewport = { width: 1280, height: 900 },
): Promise<{ page: Page; context: BrowserContext }> {
  const context = await app.newContext({ viewport })
  logs.push(trackRequests(context, app.server.origin))
  const page = await context.newPage()
  await page.goto(app.server.origin)
  await chooseMode(page, mode)
  return { page, context }
}

/** The share's text once the three validations are checked, spaces normalised. */
export async function validationsText(page: Page): Promise<string> {
  const states = page.locator('[data-testid="validation-card"] .val-state:not(.val-checking)')
  await expect.poll(() => states.count(), { timeout: 45_000 }).toBe(3)
  return (await mainText(page)).replace(/\s+/g, ' ')
}

/** The trainer creates its identity; resolves to its fingerprint and its card's text. */
export async function createTrainerIdentity(
  trainer: Page,
  name: string,
  organisation: string,
): Promise<{ fingerprint: string; card: string }> {
  await trainer.getByLabel('Votre nom').fill(name)
  await trainer.getByLabel('Votre organisation').fill(organisation)
  await trainer.getByRole('button', { name: 'Créer mon identité' }).click()
  const fingerprint = await explain(trainer, async () => {
    const fp = trainer.locator('.fingerprint-groups')
    await fp.waitFor()
    return (await fp.getAttribute('data-fingerprint')) ?? ''
  })
  const card = trainer.getByRole('textbox', { name: 'Ma carte (texte à copier)' })
  await card.waitFor()
  return { fingerprint, card: await card.inputValue() }
}

/** Reloads a professional's received share until `n` validations read "Retirée". */
export async function expectWithdrawnAfterReload(page: Page, n: number): Promise<void> {
  await page.reload()
  await waitForApp(page)
  await expect
    .poll(async () => count(await mainText(page), 'Retirée : cette validation ne compte plus'), {
      timeout: 45_000,
    })
    .toBe(n)
}
