// Scenario 3 end to end with two people in real Chromium and the app server's relay: the holder (own
// browser context) records a four-week training and three competences, asks Marc Lambert for a
// validation on /validations; the trainer (another context, trainer mode) creates an identity, opens
// the link, validates two competences and one partly, signs and sends; the holder sees two validated
// and one partly, all verified with the trainer's fingerprint, also on the competence's own page.
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { chooseMode, explain, openApp, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { openAddForm, saveForm } from './helpers/booklet-steps.ts'
import { assessScenarioThree } from './helpers/trainer-steps.ts'

const TRAINING = 'Formation commis de cuisine (4 semaines)'
const COMPETENCES = ['Être à l’heure', 'Couper les légumes', 'Travailler en équipe'] as const

const app = e2eApp()
let holder: Page
let trainer: Page

beforeAll(async () => {
  holder = await app.newPage()
  trainer = await app.newPage()
})

/** The holder records the training and the three competences it built. */
async function recordTraining(page: Page): Promise<void> {
  await page.goto(`${app.server.origin}/experiences`)
  await waitForApp(page)
  await openAddForm(page, 'Ajouter une expérience')
  await page.getByRole('radio', { name: 'Formation' }).check()
  await page.getByLabel("Ce que j'ai fait").fill(TRAINING)
  await saveForm(page)
  await page.goto(`${app.server.origin}/competences`)
  await waitForApp(page)
  for (const label of COMPETENCES) {
    await openAddForm(page, 'Ajouter une compétence')
    await page.getByLabel('La compétence, avec mes mots').fill(label)
    await page.getByRole('checkbox', { name: TRAINING }).check()
    await saveForm(page)
  }
}

test('a trainer validates three competences, one partly; the holder sees them verified', async () => {
  // Holder: the training, the competences, the request.
  await openApp(holder, app.server.origin)
  await chooseMode(holder, 'holder')
  await explain(holder, () => recordTraining(holder))
  await holder.goto(`${app.server.origin}/validations`)
  await waitForApp(holder)
  for (const label of COMPETENCES) await holder.getByRole('checkbox', { name: label }).check()
  await holder.getByLabel('Nom du formateur').fill('Marc Lambert')
  await holder.getByLabel(/^Organisation/).fill('CISP Le Chantier')
  await holder.getByRole('button', { name: 'Créer le lien pour le formateur' }).click()
  await explain(holder, () =>
    holder.getByText('Prêt : le formateur peut ouvrir le lien.').waitFor({ timeout: 45_000 }),
  )
  const link = await holder.getByLabel('Lien pour le formateur').inputValue()

  // Trainer: identity on the device, then the link.
  await openApp(trainer, app.server.origin)
  await chooseMode(trainer, 'trainer')
  let fingerprint = ''
  await explain(trainer, async () => {
    await trainer.getByLabel('Votre nom').fill('Marc Lambert')
    await trainer.getByLabel('Votre organisation').fill('CISP Le Chantier')
    await trainer.getByRole('button', { name: 'Créer mon identité' }).click()
    const fp = trainer.locator('.fingerprint-groups')
    await fp.waitFor()
    fingerprint = (await fp.getAttribute('data-fingerprint')) ?? ''
  })
  expect(fingerprint).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)
  await explain(trainer, async () => {
    await trainer.goto(link)
    await trainer.locator('fieldset.assessment-card').nth(2).waitFor({ timeout: 45_000 })
  })
  // The trainer sees where the competences come from.
  expect(await visibleText(trainer.locator('main'))).toContain(TRAINING)
  const [c1, c2, c3] = COMPETENCES
  await assessScenarioThree(trainer, [c1, c2, c3])
  await trainer.getByRole('button', { name: 'Signer et envoyer' }).click()
  await explain(trainer, () =>
    trainer.getByText('Aucun résultat en attente : tout est envoyé.').first().waitFor({ timeout: 45_000 }),
  )

  // Holder: two validated, one partly, all verified with the trainer's fingerprint.
  await holder.getByRole('button', { name: 'Terminé' }).click()
  const verified = holder.locator('main [data-testid="validation-card"][data-state="unknown-organisation"]')
  await explain(holder, () => expect.poll(() => verified.count(), { timeout: 45_000 }).toBe(3))
  const text = (await visibleText(holder.locator('main'))).replace(/\s+/g, ' ')
  const by = (what: string) => new RegExp(`${what} — Niveau validé par le formateur : [1-4] sur 4`, 'g')
  expect(text.match(by('Validé'))).toHaveLength(2)
  expect(text.match(by('Validé partiellement'))).toHaveLength(1)
  expect(text.match(/Par Marc Lambert, CISP Le Chantier, le /g)).toHaveLength(3)
  expect(text.match(new RegExp(`empreinte : ${fingerprint}`, 'g'))).toHaveLength(3)
  expect(text).toContain('Reste à acquérir : le coup de feu du midi')
  expect(text).not.toContain('Impossible à vérifier')
  // Each credential names its status list on this relay: the holder's device checks it and says when.
  await explain(holder, () =>
    expect
      .poll(async () => (await visibleText(holder.locator('main'))).match(/État vérifié le/g)?.length ?? 0, {
        timeout: 45_000,
      })
      .toBe(3),
  )
  expect(text).not.toContain('Retirée')
  await expectNoAxeViolations(holder, '/validations after scenario 3')

  // The partly validated competence shows it on its own page.
  await holder.getByRole('link', { name: c3 }).click()
  await waitForApp(holder)
  await expect.poll(() => verified.count(), { timeout: 45_000 }).toBe(1)
  expect((await visibleText(holder.locator('main'))).replace(/\s+/g, ' ')).toMatch(by('Validé partiellement'))
})
