// User steps of scenario 1 written the way a person does them: by visible labels (French).
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { until } from '../../support/until.ts'
import { explain, waitForApp } from './app.ts'

/** What the job seeker records in scenario 1. */
export const VOLUNTEERING = {
  title: 'Distribution de colis alimentaires',
  organisation: 'Restos du Cœur de Namur',
  startDate: '2025-09-01',
} as const

/** The savoir-être picked from the suggested list, as labelled in French. */
export const PICKED_SAVOIR_ETRE = "Être à l'heure"

/** A card of a section list, found by its heading. */
export const card = (page: Page, title: string) =>
  page.locator('main li').filter({ has: page.getByRole('heading', { level: 3, name: title, exact: true }) })

/** Goes to a screen through the main menu, as a person would. */
export async function goThroughMenu(page: Page, name: string): Promise<void> {
  await page.locator('summary', { hasText: 'Menu' }).click()
  await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name }).click()
  await waitForApp(page)
}

/** Opens a section's add form ("+ Ajouter …") and waits for it. */
export async function openAddForm(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name }).or(page.getByRole('link', { name })).first().click()
  await page.locator('main form').waitFor()
}

/** Saves the open form and waits until it has closed (saved) . */
export async function saveForm(page: Page): Promise<void> {
  await page.locator('main form').getByRole('button', { name: 'Enregistrer' }).click()
  await page.locator('main form').waitFor({ state: 'detached' })
}

/** Adds the volunteering experience of scenario 1 from the experiences screen. */
export async function addVolunteering(page: Page): Promise<void> {
  await openAddForm(page, 'Ajouter une expérience')
  await page.getByRole('radio', { name: 'Bénévolat' }).check()
  await page.getByLabel("Ce que j'ai fait").fill(VOLUNTEERING.title)
  await page.getByLabel('Où (entreprise, association…)').fill(VOLUNTEERING.organisation)
  await page.getByLabel('Date de début').fill(VOLUNTEERING.startDate)
  await saveForm(page)
  await card(page, VOLUNTEERING.title).waitFor()
}

/** Adds a savoir-être picked from the suggested list, linked to the volunteering experience. */
export async function addPickedSavoirEtre(page: Page): Promise<void> {
  await openAddForm(page, 'Ajouter une compétence')
  await page.getByRole('radio', { name: /^Savoir-être/ }).check()
  await page.getByRole('button', { name: PICKED_SAVOIR_ETRE }).click()
  const label = page.getByLabel('La compétence, avec mes mots')
  await until(async () => (await label.inputValue()) === PICKED_SAVOIR_ETRE, {
    what: 'the picked label in the field',
  })
  await page.getByRole('checkbox', { name: VOLUNTEERING.title }).check()
  await saveForm(page)
  await card(page, PICKED_SAVOIR_ETRE).waitFor()
}

/** Checks, on the competences and experiences screens, everything scenario 1 recorded. */
export function expectScenarioData(page: Page, origin: string): Promise<void> {
  return explain(page, () => checkScenarioData(page, origin))
}

async function checkScenarioData(page: Page, origin: string): Promise<void> {
  if (new URL(page.url()).pathname !== '/competences') await goThroughMenu(page, 'Compétences')
  await expect.poll(() => card(page, PICKED_SAVOIR_ETRE).textContent()).toContain('Savoir-être')
  // Its form shows it was picked from the list, and linked to the experience.
  await page.getByRole('link', { name: `Modifier : ${PICKED_SAVOIR_ETRE}` }).click()
  await waitForApp(page)
  expect(new URL(page.url()).pathname).toMatch(/^\/competences\/./)
  await expect
    .poll(() => page.getByRole('button', { name: PICKED_SAVOIR_ETRE }).getAttribute('aria-pressed'))
    .toBe('true')
  await expect.poll(() => page.getByRole('checkbox', { name: VOLUNTEERING.title }).isChecked()).toBe(true)
  await page.goto(`${origin}/experiences`)
  await waitForApp(page)
  await expect
    .poll(() => card(page, VOLUNTEERING.title).textContent())
    .toContain(`Bénévolat · ${VOLUNTEERING.organisation}`)
}
