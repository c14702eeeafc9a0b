// Scenario 3, holder side, in real Chromium with the app app.server's relay: the holder records three
// competences and asks a trainer for a validation through /validations (QR code and link); the trainer
// (Node, the app's real trainer code) validates two and one partly; the holder sees all three verified.
// A tampered credential appended to the inbox shows as not verifiable, a garbage message is ignored
// and reported, the booklet unchanged; hiding and exporting work; closing a request ends the link.
// axe (WCAG 2.2 AA) on the form, the QR code, the list and a competence showing its validations.
import { readFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { verifyCredential } from '../../src/credential/index.ts'
import { credentialMessage } from '../../src/protocol/inbox.ts'
import { tokenStatus } from '../../src/transport/relay-api.ts'
import { e2eApp } from '../support/e2e.ts'
import { independentlyVerified } from '../support/independent-verifier.ts'
import { chooseMode, explain, openApp, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { openAddForm, saveForm } from './helpers/booklet-steps.ts'
import { openAsTrainer, type TrainerSession } from './helpers/validations-trainer.ts'

const C1 = 'Accueillir les clients'
const C2 = 'Couper les légumes'
const C3 = 'Travailler en équipe'
const TRAINER = 'M. Lambert (CISP Le Chantier)'

const app = e2eApp()
let page: Page
let trainer: TrainerSession | undefined

beforeAll(async () => {
  page = await (await app.newContext({ acceptDownloads: true })).newPage()
})

afterAll(async () => {
  trainer?.close()
})

const main = () => page.locator('main')
const cards = () => page.locator('main [data-testid="validation-card"]')
const assessment = (over: Record<string, unknown> = {}) => ({
  status: 'validated' as const,
  level: 3 as const,
  method: 'situation' as const,
  date: '2026-03-10',
  evidence: 'Service du midi, trois semaines.',
  ...over,
})

test('the holder asks for a validation and receives three verified ones (one partly)', async () => {
  await openApp(page, app.server.origin)
  await chooseMode(page, 'holder')
  await page.goto(`${app.server.origin}/competences`)
  await waitForApp(page)
  for (const label of [C1, C2, C3]) {
    await openAddForm(page, 'Ajouter une compétence')
    await page.getByLabel('La compétence, avec mes mots').fill(label)
    await saveForm(page)
  }
  await page.goto(`${app.server.origin}/validations`)
  await waitForApp(page)
  await explain(page, async () => {
    // Errors first: nothing picked, no name.
    await main().getByRole('button', { name: 'Créer le lien pour le formateur' }).click()
    await main().getByText('Choisissez au moins une compétence.').waitFor()
    expect(await page.getByLabel('Nom du formateur').getAttribute('aria-invalid')).toBe('true')
    await expectNoAxeViolations(page, '/validations (form with errors)')
    for (const label of [C1, C2, C3]) await page.getByRole('checkbox', { name: label }).check()
    await page.getByLabel('Nom du formateur').fill('M. Lambert')
    await page.getByLabel(/^Organisation/).fill('CISP Le Chantier')
    await main().getByRole('button', { name: 'Créer le lien pour le formateur' }).click()
    await main().getByText('Prêt : le formateur peut ouvrir le lien.').waitFor({ timeout: 45_000 })
  })
  await page.getByRole('img', { name: `Code QR de la demande de validation pour ${TRAINER}` }).waitFor()
  const link = await page.getByLabel('Lien pour le formateur').inputValue()
  expect(link.startsWith(`${app.server.origin}/valider#`)).toBe(true)
  await expectNoAxeViolations(page, '/validations (QR code)')

  trainer = await openAsTrainer(app.server.origin, link, 3)
  await trainer.validate([
    { label: C1, assessment: assessment() },
    { label: C2, assessment: assessment({ method: 'test', level: 4 }) },
    {
      label: C3,
      assessment: assessment({ status: 'partial', level: 2, comment: 'Reste : le rush du midi' }),
    },
  ])

  await main().getByRole('button', { name: 'Terminé' }).click()
  await explain(page, async () => {
    await expect.poll(() => cards().count(), { timeout: 45_000 }).toBe(3)
    await expect
      .poll(
        () => page.locator('main [data-testid="validation-card"][data-state="unknown-organisation"]').count(),
        { timeout: 45_000 },
      )
      .toBe(3)
    // The request's status follows once its inbox summary is written (a moment after the cards).
    await main().getByText('État : 3 validations reçues').waitFor({ timeout: 15_000 })
  })
  const text = (await visibleText(main())).replace(/\s+/g, ' ')
  const fp = '[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}'
  // The trainer's decision and level, apart from the holder's own (2, the form's default); the
  // trainer, organisation, day and method; the state in plain words with the fingerprint to check.
  expect(text.match(/Validé — Niveau validé par le formateur : [34] sur 4/g)).toHaveLength(2)
  expect(text).toContain('Validé partiellement — Niveau validé par le formateur : 2 sur 4')
  expect(text.match(/Mon niveau \(mon avis\) : 2 sur 4/g)).toHaveLength(3)
  expect(text.match(/Par M\. Lambert, CISP Le Chantier, le 10 mars 2026 · Méthode : /g)).toHaveLength(3)
  const unknown = new RegExp(`Signature correcte, organisation inconnue de vous — empreinte : ${fp}`, 'g')
  expect(text.match(unknown)).toHaveLength(3)
  expect(text).toContain('Commentaire du formateur : Reste : le rush du midi')
  expect(text).toContain('État : 3 validations reçues')
  expect(text).not.toContain('Impossible à vérifier')
  await expectNoAxeViolations(page, '/validations (requests and received validations)')
})

test('a tampered credential shows as not verifiable, garbage is ignored and reported, booklet unchanged', async () => {
  if (!trainer) throw new Error('needs the first test')
  type Sent = { credential: { credentialSubject: { result: { value: string; status: string }[] } } }
  const partial = trainer.inboxDoc
    .getArray<string>('messages')
    .toArray()
    .map((m) => JSON.parse(m) as Sent)
    .find((m) => m.credential.credentialSubject.result[0]?.value === 'partial')
  if (!partial) throw new Error('no partial credential in the inbox')
  const tampered = structuredClone(partial.credential)
  const status = tampered.credentialSubject.result[0]
  if (!status) throw new Error('no status result')
  status.value = 'validated'
  status.status = 'Completed'
  await trainer.append([
    JSON.stringify(credentialMessage(tampered as unknown as Record<string, unknown>)),
    'ceci n’est pas un message',
  ])
  await explain(page, async () => {
    await main()
      .getByText(
        `Une validation reçue pour « ${C3} » n'est pas vérifiable : elle n'est pas ajoutée au livret.`,
      )
      .waitFor({ timeout: 45_000 })
    await main().getByText('1 message illisible ignoré').waitFor()
  })
  // The booklet is unchanged: still three validations, all verified, the third still partly.
  expect(await cards().count()).toBe(3)
  expect(
    await page.locator('main [data-testid="validation-card"][data-state="unknown-organisation"]').count(),
  ).toBe(3)
  expect((await visibleText(main())).match(/Validé partiellement — Niveau validé/g)).toHaveLength(1)
  expect(await visibleText(main())).toContain('État : 3 validations reçues')
  await expectNoAxeViolations(page, '/validations (inbox report)')
})

test('hide and export a validation; the competence shows its validations', async () => {
  // Export: the file is the signed credential, verifying outside the app.
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    main()
      .getByRole('button', { name: `Enregistrer la validation de « ${C2} » dans un fichier` })
      .click(),
  ])
  expect(download.suggestedFilename()).toMatch(/^validation-couper-les-legumes-2026-03-10\.json$/)
  const file = await readFile((await download.path()) ?? '', 'utf8')
  const verified = await verifyCredential(file)
  expect(verified.ok && verified.value.competenceLabel).toBe(C2)
  // An independent verifier library accepts the exported file, and refuses it once changed.
  const exported = JSON.parse(file) as { credentialSubject: { achievement: { name: string } } }
  expect(await independentlyVerified(exported)).toBe(true)
  exported.credentialSubject.achievement.name = 'Diriger une cuisine'
  expect(await independentlyVerified(exported)).toBe(false)

  // Hide: the card moves to the hidden group, and can be shown again.
  await main()
    .getByRole('button', { name: `Masquer la validation de « ${C1} »` })
    .click()
  await main().getByText('1 validation masquée').waitFor()
  expect(await page.locator('main details [data-testid="validation-card"]').count()).toBe(1)
  await main().getByText('1 validation masquée').click()
  await main().getByText('Masquée : elle reste dans le livret mais elle ne sera pas partagée.').waitFor()
  await expectNoAxeViolations(page, '/validations (hidden validation)')

  // The competence's own page lists its validation, verified.
  await main().getByRole('link', { name: C3 }).click()
  await waitForApp(page)
  await main().getByRole('heading', { name: 'Validations de cette compétence' }).waitFor()
  await expect
    .poll(
      () => page.locator('main [data-testid="validation-card"][data-state="unknown-organisation"]').count(),
      { timeout: 45_000 },
    )
    .toBe(1)
  expect((await visibleText(main())).replace(/\s+/g, ' ')).toMatch(
    /Validé partiellement — Niveau validé par le formateur : 2 sur 4 Mon niveau \(mon avis\) : 2 sur 4/,
  )
  await expectNoAxeViolations(page, '/competences/<id> (with validations)')
})

test('closing the request ends the trainer’s link', async () => {
  if (!trainer) throw new Error('needs the first test')
  await page.goto(`${app.server.origin}/validations`)
  await waitForApp(page)
  await main()
    .getByRole('button', { name: `Fermer la demande à ${TRAINER}` })
    .click()
  // A second step says what closing does; "Annuler" would keep the request.
  await main().getByText('Le formateur ne pourra plus ouvrir le lien', { exact: false }).waitFor()
  await expectNoAxeViolations(page, '/validations (closing a request)')
  await main().getByRole('button', { name: 'Oui, fermer la demande' }).click()
  await main().getByText('État : fermée').waitFor({ timeout: 45_000 })
  const caps = trainer.caps
  await expect
    .poll(async () => {
      const s = await tokenStatus(app.server.origin, caps.inbox.roomId, caps.inbox.token)
      return s.ok && !s.value.ok ? s.value.code : 'still-open'
    })
    .toBe('room-gone')
  // What was received stays in the booklet.
  expect(
    await page.locator('main [data-testid="validation-card"][data-state="unknown-organisation"]').count(),
  ).toBe(3)
})
