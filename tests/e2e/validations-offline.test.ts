// A validation request made with no network, in real Chromium: the holder gets the QR code and link at
// once, told plainly that it will work once connected; back online, the competences reach the relay
// by themselves, the trainer (Node, the app's real code) reads them and validates, and the holder sees
// the validation verified without doing anything.
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { chooseMode, explain, openApp, waitForApp } from './helpers/app.ts'
import { openAddForm, saveForm } from './helpers/booklet-steps.ts'
import { openAsTrainer, type TrainerSession } from './helpers/validations-trainer.ts'

const LABEL = 'Accueillir les clients'

const app = e2eApp()
let context: BrowserContext
let page: Page
let trainer: TrainerSession | undefined

beforeAll(async () => {
  context = await app.newContext()
  page = await context.newPage()
})

afterAll(async () => {
  trainer?.close()
})

test('asked offline, sent once back online, validated and verified', async () => {
  await openApp(page, app.server.origin)
  await chooseMode(page, 'holder')
  await page.goto(`${app.server.origin}/competences`)
  await waitForApp(page)
  await openAddForm(page, 'Ajouter une compétence')
  await page.getByLabel('La compétence, avec mes mots').fill(LABEL)
  await saveForm(page)
  await page.goto(`${app.server.origin}/validations`)
  await waitForApp(page)

  await context.setOffline(true)
  await page.getByRole('checkbox', { name: LABEL }).check()
  await page.getByLabel('Nom du formateur').fill('M. Lambert')
  await page.getByRole('button', { name: 'Créer le lien pour le formateur' }).click()
  await explain(page, async () => {
    await page.getByText('Pas de connexion pour l’instant.', { exact: false }).waitFor({ timeout: 20_000 })
    await page.getByText('État : pas encore envoyée (pas de connexion)').waitFor()
  })
  const link = await page.getByLabel('Lien pour le formateur').inputValue()
  expect(link).toContain('/valider#')

  await context.setOffline(false)
  await explain(page, () =>
    page.getByText('Prêt : le formateur peut ouvrir le lien.').waitFor({ timeout: 45_000 }),
  )
  trainer = await openAsTrainer(app.server.origin, link, 1)
  await trainer.validate([
    {
      label: LABEL,
      assessment: { status: 'validated', level: 3, method: 'situation', date: '2026-03-10' },
    },
  ])
  await page.getByRole('button', { name: 'Terminé' }).click()
  await explain(page, () =>
    expect
      .poll(
        () => page.locator('main [data-testid="validation-card"][data-state="unknown-organisation"]').count(),
        { timeout: 45_000 },
      )
      .toBe(1),
  )
  await page.getByText('État : 1 validation reçue').waitFor()
})
