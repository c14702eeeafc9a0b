// Issue 11 points 1 and 6 on the holder's phone (360×740, real Chromium, the app server's relay): a
// booklet holding two validations by a trainer endorsed by an organisation — one full, one partial at
// level 2 on a competence the holder rated 3 herself afterwards — is restored from a backup file. Her
// competence list, the competence's page, the home and the printout (print media) show each validation
// with the one card: the trainer's decision and level, never confused with her own level; on paper the
// state, the issuer's fingerprint and how to check it. She then gives proof as a short QR code / link,
// which a professional pastes in the receive screen (desktop) and sees the validations with their state.
// axe (WCAG 2.2 AA) on every screen, and every tappable thing at least 44×44 px on the phone.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { listItems, putItem } from '../../src/booklet/index.ts'
import { validationFixture } from '../../src/booklet/validation-fixture.ts'
import { generateTrainerKeys, keyInfo } from '../../src/credential/index.ts'
import { exportBackup } from '../../src/storage/backup.ts'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { chooseMode, explain, openApp, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { addEndorsedValidations, endorsingOrganisation } from './helpers/endorsed-validations.ts'
import { smallTargets } from './helpers/tap-targets.ts'
import { mainText, qrMatrix } from './operator-support.ts'

const app = e2eApp()
const endorser = endorsingOrganisation()
const org = endorser.identity
const trainerKeys = generateTrainerKeys()
const trainerFp = keyInfo(trainerKeys.publicKey).fingerprint
let backupPath = ''
let phone: Page
let c1Label = ''
let c3Label = ''
let c3Id = ''

beforeAll(async () => {
  const f = validationFixture()
  const [c1, , c3] = f.competences
  if (!c1 || !c3) throw new Error('fixture')
  c1Label = c1.label
  c3Label = c3.label
  c3Id = c3.id
  // When the trainer assesses, the holder rates herself 1 on the competence validated partly.
  expect(putItem(f.doc, 'competences', { ...c3, level: 1 }).ok).toBe(true)
  await addEndorsedValidations(f, endorser, trainerKeys)
  // Afterwards the holder raises her own level of the partly validated competence to 3.
  expect(putItem(f.doc, 'competences', { ...c3, level: 3 }).ok).toBe(true)
  expect(listItems(f.doc, 'validations').items).toHaveLength(2)
  const dir = mkdtempSync(join(tmpdir(), 'livret-show11-'))
  backupPath = join(dir, 'livret-sauvegarde.json')
  writeFileSync(backupPath, Buffer.from(await (await exportBackup(f.doc, [])).arrayBuffer()))

  phone = await app.newPage({ viewport: { width: 360, height: 740 } })
  await openApp(phone, app.server.origin)
  await chooseMode(phone, 'holder')
  await openApp(phone, app.server.origin, '/sauvegarde')
  await phone.getByLabel('Fichier de sauvegarde', { exact: true }).setInputFiles(backupPath)
  await phone.getByRole('button', { name: 'Vérifier le fichier' }).click()
  await phone.getByText(/Le fichier est bon/).waitFor()
  const replace = phone.getByRole('radio', { name: /Remplacer/ })
  if (await replace.count()) await replace.check()
  await phone.getByRole('button', { name: 'Restaurer' }).click()
  await phone.getByText('Le livret est restauré.').waitFor()
})

/** Goes to `path` (or stays, when null) and returns the main text once `cards` validation cards are checked. */
async function screenWithCards(page: Page, path: string | null, cards: number): Promise<string> {
  if (path !== null) {
    await page.goto(`${app.server.origin}${path}`)
    await waitForApp(page)
  }
  const checked = page.locator('main [data-testid="validation-card"]:not([data-state="checking"])')
  await explain(page, () => expect.poll(() => checked.count(), { timeout: 45_000 }).toBe(cards))
  return (await mainText(page)).replace(/\s+/g, ' ')
}

/** axe and the 44×44 px measure on the current screen. */
async function checkScreen(page: Page, name: string): Promise<void> {
  await expectNoAxeViolations(page, name)
  expect(await smallTargets(page, 44), name).toEqual([])
}

const PARTIAL = 'Validé partiellement — Niveau validé par le formateur : 2 sur 4'
const FULL = 'Validé — Niveau validé par le formateur : 3 sur 4'
const PAPER = `Signature correcte — organisation : CISP Le Chantier, empreinte : ${org.fingerprint} (à vérifier auprès de l’organisation)`
const UNKNOWN = `Signature correcte, organisation inconnue de vous : CISP Le Chantier — empreinte : ${org.fingerprint}`

test('the competence list shows each validation under its competence, apart from her own level', async () => {
  const text = await screenWithCards(phone, '/competences', 2)
  // Her own level, worded as hers, on the competence line; the trainer's on the card below it.
  expect(text).toContain(`${c3Label} Savoir-être · Mon niveau : 3 sur 4 (Je fais seul·e) ${PARTIAL}`)
  expect(text).toContain('Reste à acquérir : le coup de feu du midi')
  expect(text).toContain(FULL)
  expect(text).not.toContain('Niveau validé par le formateur : 3 sur 4 Reste')
  expect(text.split(UNKNOWN)).toHaveLength(3)
  expect(text).toContain(
    'Par Marc Lambert, CISP Le Chantier, le 10 mars 2025 · Méthode : observation en stage',
  )
  await checkScreen(phone, '/competences with validations (360 px)')
  await shot(phone, 'show11-competences-360')
})

test('the competence’s page says "Mon niveau" and the trainer’s level apart, with the state', async () => {
  const text = await screenWithCards(phone, `/competences/${c3Id}`, 1)
  expect(text).toContain(
    `${PARTIAL} Mon niveau (mon avis) : 3 sur 4 Reste à acquérir : le coup de feu du midi`,
  )
  expect(text).toContain(UNKNOWN)
  await checkScreen(phone, '/competences/<id> with a partial validation (360 px)')
  await shot(phone, 'show11-competence-360')
})

test('the home shows the validations with the competence, her level and the trainer’s', async () => {
  const text = await screenWithCards(phone, '/', 2)
  expect(text).toContain('Mes validations')
  expect(text).toContain('2 compétences avec une validation d’un formateur')
  expect(text).toContain(`Validation de « ${c3Label} » ${PARTIAL} Mon niveau (mon avis) : 3 sur 4`)
  expect(text).toContain(`Validation de « ${c1Label} » ${FULL}`)
  await checkScreen(phone, '/ with validations (360 px)')
  await shot(phone, 'show11-home-360')
})

test('the printout prints each validation with its state, the issuer’s fingerprint and how to check it', async () => {
  await screenWithCards(phone, '/imprimer', 2)
  await checkScreen(phone, '/imprimer with validations (360 px)')
  await phone.emulateMedia({ media: 'print' })
  try {
    const printed = (await mainText(phone)).replace(/\s+/g, ' ')
    expect(printed).toContain(`${c3Label} — Savoir-être, Mon niveau (mon avis) : 3 sur 4 ${PARTIAL}`)
    // On paper nothing says "unknown to you": the reader is told whom to check, with which fingerprint.
    expect(printed.split(PAPER)).toHaveLength(3)
    expect(printed).not.toContain('inconnue de vous')
    expect(printed.split(`Empreinte de la signature : ${trainerFp}`)).toHaveLength(3)
    expect(printed).toContain('Pour vérifier : demandez à la personne sa preuve (code QR, lien ou fichier)')
    // The screen-only parts (choices, buttons) are not printed.
    expect(printed).not.toContain('Imprimer')
    await shot(phone, 'show11-print-360')
  } finally {
    await phone.emulateMedia({ media: 'screen' })
  }
})

test('proof as a short QR code: the professional pastes the link and sees the validations with their state', async () => {
  await screenWithCards(phone, '/validations', 2)
  await checkScreen(phone, '/validations with the proof choices (360 px)')
  await shot(phone, 'show11-validations-360')
  // Whom it is for is asked first (the share is listed under that name).
  await phone.getByRole('button', { name: 'Montrer la preuve (code QR)' }).click()
  await phone.getByRole('alert').getByText('Écrivez pour qui est la preuve.').waitFor()
  await expectNoAxeViolations(phone, '/validations proof without a recipient')
  await phone.getByLabel(/^Pour qui/).fill('Forem — accompagnatrice')
  await phone.getByRole('button', { name: 'Montrer la preuve (code QR)' }).click()
  const code = phone.locator('[data-short-link]')
  await explain(phone, () => code.waitFor({ timeout: 45_000 }))
  const shortLink = (await code.getAttribute('data-short-link')) ?? ''
  expect(shortLink).toMatch(/\/h#[A-Za-z0-9_-]{12}\.[A-Za-z0-9_-]{22}$/)
  // Version 5 at most (37 modules), like the other handover codes.
  expect(qrMatrix(shortLink).length).toBeLessThanOrEqual(37)
  expect((await mainText(phone)).replace(/\s+/g, ' ')).toContain('Montrez ce code à Forem — accompagnatrice')
  await checkScreen(phone, '/partager/<id> proof QR code (360 px)')
  await shot(phone, 'show11-proof-qr-360')

  const desk = await app.newPage({ viewport: { width: 1280, height: 900 } })
  await openApp(desk, app.server.origin)
  await chooseMode(desk, 'operator')
  await openApp(desk, app.server.origin, '/recevoir')
  await desk.getByLabel('Lien reçu').fill(shortLink)
  await desk.getByRole('button', { name: 'Ouvrir le lien' }).click()
  await explain(desk, () => desk.waitForURL(/\/recus\/[^/#]+$/, { timeout: 30_000 }))
  // Read where the link opened it (a reload could come before the copy is kept on the device).
  await waitForApp(desk)
  const text = await screenWithCards(desk, null, 2)
  expect(text).toContain(PARTIAL)
  expect(text).toContain('Reste à acquérir : le coup de feu du midi')
  expect(text).toContain(FULL)
  expect(text).toContain('Niveau donné par la personne elle-même : 3 sur 4')
  expect(text.split(UNKNOWN)).toHaveLength(3)
  // Only the competences of the proof: not the third validated-free one, no experience.
  expect(text).not.toContain('Je coupe les légumes')
  await expectNoAxeViolations(desk, '/recus/<id> opened from a proof link')
  await shot(desk, 'show11-proof-received-desktop')
})
