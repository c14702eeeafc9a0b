// Editing details of issue 2 in real Chromium, by French labels: a competence form without raw code
// fields (issue 13: ESCO picker instead), links kept on both sides (a competence linked from an
// experience shows it checked), a contact's address, and deleting a plan objective with its steps
// then "Annuler" putting both back.
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { openApp, waitForApp } from './helpers/app.ts'
import { card, openAddForm, saveForm } from './helpers/booklet-steps.ts'

const app = e2eApp()
let page: Page

beforeAll(async () => {
  page = await app.newPage()
})

const form = () => page.locator('main form')

test("the person's competence form has no raw framework code fields; the competence is saved", async () => {
  await openApp(page, app.server.origin, '/competences')
  await openAddForm(page, 'Ajouter une compétence')
  await form().getByLabel('La compétence, avec mes mots').fill('Aider une personne âgée')
  // Issue 13: the person picks an ESCO name or keeps their words; codes are not theirs to type.
  expect(await form().getByLabel('Code', { exact: true }).count()).toBe(0)
  expect(await form().getByLabel('Référentiel', { exact: true }).count()).toBe(0)
  await form().getByRole('button', { name: 'Chercher dans ESCO' }).waitFor()
  await saveForm(page)
  await card(page, 'Aider une personne âgée').waitFor()
})

test('a link made from an experience shows on the competence, and unlinking clears both sides', async () => {
  await openApp(page, app.server.origin, '/experiences')
  await openAddForm(page, 'Ajouter une expérience')
  await form().getByLabel("Ce que j'ai fait").fill('Aide à domicile chez ma voisine')
  await form().getByRole('checkbox', { name: 'Aider une personne âgée' }).check()
  await saveForm(page)
  await openApp(page, app.server.origin, '/competences')
  await page.getByRole('link', { name: 'Modifier : Aider une personne âgée' }).click()
  await waitForApp(page)
  const linked = form().getByRole('checkbox', { name: 'Aide à domicile chez ma voisine' })
  await expect.poll(() => linked.isChecked()).toBe(true)
  await linked.uncheck()
  await saveForm(page)
  await openApp(page, app.server.origin, '/experiences')
  await page.getByRole('link', { name: 'Modifier : Aide à domicile chez ma voisine' }).click()
  await waitForApp(page)
  await expect
    .poll(() => form().getByRole('checkbox', { name: 'Aider une personne âgée' }).isChecked())
    .toBe(false)
})

test('a contact keeps its address', async () => {
  await openApp(page, app.server.origin, '/contacts')
  await openAddForm(page, 'Ajouter un contact')
  await form().getByLabel('Nom').fill('Mme Dubois')
  await form().getByLabel('Adresse').fill('Rue de Fer 12, 5000 Namur')
  await saveForm(page)
  await page.getByRole('link', { name: 'Modifier : Mme Dubois' }).click()
  await waitForApp(page)
  await expect.poll(() => form().getByLabel('Adresse').inputValue()).toBe('Rue de Fer 12, 5000 Namur')
})

test('deleting an objective deletes its steps; "Annuler" puts both back', async () => {
  await openApp(page, app.server.origin, '/plan')
  await openAddForm(page, 'Ajouter un objectif')
  await form().getByLabel('Objectif', { exact: true }).fill('Trouver une formation')
  await saveForm(page)
  await page.getByRole('button', { name: 'Ajouter une étape : Trouver une formation' }).click()
  await form().getByLabel('Étape', { exact: true }).fill('Appeler le centre de formation')
  await saveForm(page)
  const step = page.getByRole('heading', { level: 4, name: 'Appeler le centre de formation' })
  await step.waitFor()
  await page.getByRole('button', { name: 'Supprimer : Trouver une formation' }).click()
  await step.waitFor({ state: 'detached' })
  expect(await page.getByRole('heading', { name: 'Trouver une formation' }).count()).toBe(0)
  await page.getByRole('button', { name: 'Annuler' }).click()
  await step.waitFor()
  expect(await page.getByRole('heading', { level: 3, name: 'Trouver une formation' }).count()).toBe(1)
  // The step really is in the booklet again: it survives a reload.
  await openApp(page, app.server.origin, '/plan')
  await page.getByRole('heading', { level: 4, name: 'Appeler le centre de formation' }).waitFor()
})
