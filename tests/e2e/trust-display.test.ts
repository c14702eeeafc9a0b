// Issue 11 points 1 and 4 on the professional's screen (desktop, real Chromium, the app server's relay):
// a trainer endorsed by an organisation validates one competence fully and one partly; the holder had
// rated the partly validated one higher herself. A professional who does not trust the organisation sees
// "organisation inconnue" with the organisation's fingerprint; once they add it face to face on
// /confiance (pasted identity), the same share reads "organisation de confiance". The partial result
// shows "partiellement", what remains and the trainer's level, never confused with the holder's own.
// A credential withdrawn by its trainer reads "Retirée" with the date of the check after a reload, and
// still does offline.
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { listItems, putItem, putValidation } from '../../src/booklet/index.ts'
import { assessment, validationFixture } from '../../src/booklet/validation-fixture.ts'
import {
  generateTrainerKeys,
  issueCredential,
  keyInfo,
  organisationIdentity,
  verifyCredential,
} from '../../src/credential/index.ts'
import type { CreatedShare } from '../../src/features/share/service.ts'
import {
  allocateStatusEntry,
  memoryRecords,
  publishStatusList,
  type StatusDeps,
  withdrawCredential,
} from '../../src/features/status/index.ts'
import { proofFileText } from '../../src/features/trust/index.ts'
import { validationFromCredential } from '../../src/features/validations/verify.ts'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { chooseMode, explain, openApp, waitForApp, waitForServiceWorkerControl } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { addEndorsedValidations, endorsingOrganisation } from './helpers/endorsed-validations.ts'
import { mainText, openShareLinkInPage, shareOnRelay } from './operator-support.ts'

const app = e2eApp()
const running: CreatedShare[] = []
let contexts: BrowserContext[] = []
let share: CreatedShare
let proof = ''
const endorser = endorsingOrganisation()
const org = endorser.identity

beforeAll(async () => {
  const f = validationFixture()
  const [c1, , c3] = f.competences
  if (!c1 || !c3) throw new Error('fixture')
  // The holder rates herself 3 of 4 on the competence the trainer validates partly at 2.
  expect(putItem(f.doc, 'competences', { ...c3, level: 3 }).ok).toBe(true)
  await addEndorsedValidations(f, endorser)
  proof = proofFileText(listItems(f.doc, 'validations').items)
  share = await shareOnRelay(f.doc, app.server.origin, {
    recipient: 'Forem — conseillère',
    sections: { competences: { ids: [c1.id, c3.id] } },
  })
})

afterAll(async () => {
  for (const s of running) s.stop()
  for (const c of contexts) await c.close()
  contexts = []
})

/** A professional's desktop page in operator mode. */
async function professional(width = 1280): Promise<Page> {
  const context = await app.newContext({ viewport: { width, height: 900 } })
  contexts.push(context)
  const page = await context.newPage()
  await openApp(page, app.server.origin)
  await chooseMode(page, 'operator')
  return page
}

/** The received share's text once both validations are checked. */
async function validationsText(page: Page): Promise<string> {
  const states = page.locator('[data-testid="validation-card"] .val-state:not(.val-checking)')
  await expect.poll(() => states.count(), { timeout: 45_000 }).toBe(2)
  return (await mainText(page)).replace(/\s+/g, ' ')
}

test('a partial result reads "partiellement" with what remains and the trainer’s level, not the holder’s', async () => {
  const page = await professional()
  await explain(page, () => openShareLinkInPage(page, share.link))
  const text = await validationsText(page)
  expect(text).toContain('Validé partiellement — Niveau validé par le formateur : 2 sur 4')
  expect(text).toContain('Reste à acquérir : le coup de feu du midi')
  expect(text).toContain('Validé — Niveau validé par le formateur : 3 sur 4')
  // The holder's own level is there, worded as hers, never as validated.
  expect(text).toContain('Niveau donné par la personne elle-même : 3 sur 4')
  expect(text).not.toContain('Niveau validé par le formateur : 3 sur 4 Reste')
  expect(text).not.toMatch(/signature vérifiée/i)
  // Not trusted by default: the organisation's name and fingerprint, to check with it.
  const unknown = `Signature correcte, organisation inconnue de vous : CISP Le Chantier — empreinte : ${org.fingerprint} (à vérifier auprès de l’organisation)`
  expect(text.split(unknown)).toHaveLength(3)
  expect(text).not.toContain('organisation de confiance')
  await expectNoAxeViolations(page, '/recus/<id> with validations')
  await shot(page, 'trust-received-desktop')
})

test('a professional who trusts the organisation (added face to face) sees "organisation de confiance"', async () => {
  const page = await professional()
  await page.goto(`${app.server.origin}/confiance`)
  await waitForApp(page)
  await page.getByText('Aucune organisation pour l’instant.').waitFor({ timeout: 15_000 })
  await expectNoAxeViolations(page, '/confiance (empty)')
  // A forged pair (fingerprint of another key) is refused, nothing stored.
  const other = organisationIdentity('Faux', generateTrainerKeys().publicKey)
  await page
    .getByLabel('Lien ou code de l’organisation')
    .fill(JSON.stringify({ ...org, fingerprint: other.fingerprint }))
  await page.getByRole('button', { name: 'Vérifier' }).click()
  await page
    .getByRole('alert')
    .getByText(/L’empreinte ne correspond pas/)
    .waitFor()
  await page
    .getByLabel('Lien ou code de l’organisation')
    .fill(JSON.stringify({ name: org.name, did: org.did, fingerprint: org.fingerprint }))
  await page.getByRole('button', { name: 'Vérifier' }).click()
  await page.getByText(org.fingerprint).first().waitFor()
  await page.getByRole('button', { name: 'Oui, faire confiance' }).click()
  await page.getByText('CISP Le Chantier est dans vos organisations de confiance.').waitFor()
  expect(await mainText(page)).toContain(`CISP Le Chantier — ${org.fingerprint}`)
  await expectNoAxeViolations(page, '/confiance (one organisation)')
  await shot(page, 'trust-trust-desktop')
  await page.setViewportSize({ width: 360, height: 800 })
  await shot(page, 'trust-trust-360')
  await page.setViewportSize({ width: 1280, height: 900 })

  await explain(page, () => openShareLinkInPage(page, share.link))
  const text = await validationsText(page)
  const trusted = 'Signée par un formateur d’une organisation de confiance : CISP Le Chantier'
  expect(text.split(trusted)).toHaveLength(3)
  expect(text).not.toContain('organisation inconnue')
  expect(text).toContain('Validé partiellement — Niveau validé par le formateur : 2 sur 4')
  await expectNoAxeViolations(page, '/recus/<id> trusted')
  await page.setViewportSize({ width: 360, height: 800 })
  await shot(page, 'trust-received-360')

  // Removing it: back to unknown.
  await page.goto(`${app.server.origin}/confiance`)
  await waitForApp(page)
  await page.getByRole('button', { name: 'Ne plus faire confiance à CISP Le Chantier' }).click()
  await page.getByText('Aucune organisation pour l’instant.').waitFor()
})

test('a proof file opened in the receive screen shows each validation with its state; a bad file says so', async () => {
  const page = await professional()
  await page.goto(`${app.server.origin}/recevoir`)
  await waitForApp(page)
  const input = page.getByLabel('Ouvrir un fichier de preuve')
  await input.setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"no":1}') })
  await page.getByRole('alert').getByText('Ce fichier n’est pas un fichier de preuve de Livret.').waitFor()
  await input.setInputFiles({ name: 'preuve.json', mimeType: 'application/json', buffer: Buffer.from(proof) })
  const text = await validationsText(page)
  expect(text).toContain('Validation de « Je travaille en équipe »')
  expect(text).toContain('Validé partiellement — Niveau validé par le formateur : 2 sur 4')
  expect(text).toContain('Reste à acquérir : le coup de feu du midi')
  expect(text).toContain(`organisation inconnue de vous : CISP Le Chantier — empreinte : ${org.fingerprint}`)
  await expectNoAxeViolations(page, '/recevoir with a proof file')
  // On paper: the fingerprint and how to check it.
  await page.emulateMedia({ media: 'print' })
  expect(await mainText(page)).toContain(
    'Pour vérifier : demandez à la personne sa preuve (code QR, lien ou fichier)',
  )
  await page.emulateMedia({ media: 'screen' })
})

test('a withdrawn validation reads "Retirée" after the professional’s next check, with the check date', async () => {
  // A validation whose credential names its status list on this relay, published by the trainer.
  const f = validationFixture()
  const [, c2] = f.competences
  if (!c2) throw new Error('fixture')
  const keys = generateTrainerKeys()
  const did = keyInfo(keys.publicKey).did
  const deps: StatusDeps = { fetch, records: memoryRecords(), now: () => new Date() }
  const entry = (await allocateStatusEntry(did, app.server.origin, deps)) ?? expect.unreachable()
  const credential = await issueCredential({
    trainer: { name: 'Marc Lambert', organisation: org.name },
    keys,
    holderIdentifier: f.holderRef,
    competence: { id: c2.id, label: c2.label, family: c2.family },
    assessment: assessment({ status: 'validated', level: 4 }),
    status: entry,
  })
  expect(await publishStatusList(did, keys, deps)).toEqual({ ok: true, value: 'published' })
  const verified = await verifyCredential(credential)
  if (!verified.ok) throw new Error(verified.code)
  const validation = (await validationFromCredential(verified.value, c2.id)) ?? expect.unreachable()
  expect(putValidation(f.doc, validation).ok).toBe(true)
  const withStatus = await shareOnRelay(f.doc, app.server.origin, {
    recipient: 'Forem — conseillère',
    sections: { competences: { ids: [c2.id] } },
  })

  const page = await professional()
  await explain(page, () => openShareLinkInPage(page, withStatus.link))
  const card = page.locator('[data-testid="validation-card"]')
  // Checked on the relay: still valid, and the date of the check is said.
  await explain(page, () =>
    expect
      .poll(async () => (await mainText(page)).includes('État vérifié le'), { timeout: 45_000 })
      .toBe(true),
  )
  expect(await card.getAttribute('data-state')).toBe('unknown-organisation')

  expect((await withdrawCredential(entry, did, keys, deps)).ok).toBe(true)
  await page.reload()
  await waitForApp(page)
  await explain(page, () =>
    expect.poll(() => card.getAttribute('data-state'), { timeout: 45_000 }).toBe('withdrawn'),
  )
  const text = (await mainText(page)).replace(/\s+/g, ' ')
  expect(text).toContain('Retirée — c’était : Validé — Niveau validé par le formateur : 4 sur 4')
  expect(text).toMatch(/Retirée : cette validation ne compte plus · État vérifié le \d+ \S+ \d{4}/)
  expect(text).not.toContain('Signature correcte')
  await expectNoAxeViolations(page, '/recus/<id> withdrawn validation')
  await shot(page, 'trust-withdrawn-desktop')

  // Offline: the last state seen and the date it was checked stay, from this device's records.
  await waitForServiceWorkerControl(page)
  await page.context().setOffline(true)
  try {
    await page.reload()
    await waitForApp(page)
    await explain(page, () =>
      expect.poll(() => card.getAttribute('data-state'), { timeout: 45_000 }).toBe('withdrawn'),
    )
    expect((await mainText(page)).replace(/\s+/g, ' ')).toMatch(
      /Retirée : cette validation ne compte plus · État vérifié le \d+ \S+ \d{4}/,
    )
  } finally {
    await page.context().setOffline(false)
  }
})
