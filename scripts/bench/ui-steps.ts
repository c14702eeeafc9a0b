// The benchmark's steps in the app, by visible French labels (as a person does them).
import type { Page } from 'playwright-core'
import { waitForApp } from '../../tests/e2e/helpers/app.ts'

/** Opens the competence form from the competences list (navigating there first if needed). */
export async function openAddCompetence(page: Page, origin: string): Promise<void> {
  if (new URL(page.url()).pathname !== '/competences') {
    await page.goto(`${origin}/competences`)
    await waitForApp(page)
  }
  const name = 'Ajouter une compétence'
  await page.getByRole('link', { name }).or(page.getByRole('button', { name })).first().click()
  await page.getByLabel('La compétence, avec mes mots').waitFor()
}

/** Fills the competence form (a savoir-faire at level 3) and clicks save. */
export async function addCompetence(page: Page, label: string): Promise<void> {
  await page.getByRole('radio', { name: /^Savoir-faire/ }).check()
  await page.getByLabel('La compétence, avec mes mots').fill(label)
  await page.getByRole('button', { name: 'Enregistrer' }).click()
}
