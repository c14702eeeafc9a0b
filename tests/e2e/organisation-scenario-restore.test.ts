// The organisation's identity restored on another device from its backup file (issue #11 points 3
// and 7), in real Chromium: device A makes the organisation and downloads its backup; device B refuses
// a trainer's backup file and a wrong passphrase, each with a plain message and nothing changed, then
// restores the right file with the same fingerprint, the endorsement A gave listed, and withdraws
// everything of the key from there: the relay takes B's status list and the endorsement reads withdrawn.
// Offline, the endorsement handover falls back to the long QR code and says so on screen ("Hors ligne :
// code long, à scanner de près").
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { keyInfo, statusIn, verifyStatusList } from '../../src/credential/index.ts'
import {
  createTrainerIdentity,
  exportTrainerIdentity,
  importOrganisation,
} from '../../src/features/trainer/index.ts'
import { encodeCard } from '../../src/features/trust/index.ts'
import { e2eApp } from '../support/e2e.ts'
import { until } from '../support/until.ts'
import { chooseMode, explain, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'

const app = e2eApp()
const ORG = 'CISP Le Tremplin'
const PASSPHRASE = 'tremplin du mardi'
let dir: string
const trainer = createTrainerIdentity('Marc Lambert', ORG)
if (!trainer.ok) throw new Error(trainer.code)
const trainerCard = encodeCard({
  kind: 'trainer',
  name: 'Marc Lambert',
  did: keyInfo(trainer.value.keys.publicKey).did,
})

/** Endorses the trainer from its pasted card, for one year. */
async function endorse(page: Page): Promise<void> {
  await page.getByLabel('Carte du formateur (texte collé)').fill(trainerCard)
  await page.getByRole('button', { name: 'Lire la carte' }).click()
  await page.getByRole('radio', { name: '1 an' }).check()
  await page.getByRole('button', { name: 'Oui, signer la garantie' }).click()
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'livret-e2e-org-restore-'))
})
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function organisationDevice(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.newContext({ acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(app.server.origin)
  await chooseMode(page, 'trainer')
  await page.locator('details.menu > summary').click()
  await page
    .getByRole('navigation', { name: 'Menu principal' })
    .getByRole('link', { name: 'Mon organisation' })
    .click()
  await waitForApp(page)
  return { context, page }
}

/** Has the restore form check a file; returns the message shown. */
async function checkFile(page: Page, path: string, passphrase: string, expected: string): Promise<string> {
  const form = page.locator('form', { has: page.locator('#org-restore-title') })
  await form.getByLabel('Fichier de sauvegarde').setInputFiles(path)
  await form.getByLabel('Mot de passe du fichier').fill(passphrase)
  await form.getByRole('button', { name: 'Vérifier le fichier' }).click()
  const shown = form.locator('[role="alert"], p.ok', { hasText: expected })
  await explain(page, () => shown.first().waitFor({ timeout: 20_000 }))
  return ((await shown.first().textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ')
}

describe('organisation restored from its backup', () => {
  let fingerprint = ''
  let backup = ''

  test('device A makes the organisation and downloads its backup', async () => {
    const { page } = await organisationDevice()
    await page.getByLabel('Nom de l’organisation').fill(ORG)
    await page.getByRole('button', { name: 'Créer l’identité' }).click()
    const fp = page.locator('[data-org-fingerprint]')
    await explain(page, () => fp.waitFor())
    fingerprint = (await fp.getAttribute('data-org-fingerprint')) ?? ''
    // An endorsement given on A, its status list published, before the backup.
    await endorse(page)
    await explain(page, () => page.locator('[data-short-link]').waitFor({ timeout: 20_000 }))
    await page.locator('[data-endorsement="Marc Lambert"]').waitFor()
    const form = page.locator('form', { has: page.locator('#org-backup-title') })
    await form.getByLabel('Mot de passe (8 caractères au moins)').fill(PASSPHRASE)
    await form.getByLabel('Le même mot de passe, encore une fois').fill(PASSPHRASE)
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      form.getByRole('button', { name: 'Télécharger la sauvegarde' }).click(),
    ])
    backup = join(dir, 'organisation.json')
    await download.saveAs(backup)
    const text = await readFile(backup, 'utf8')
    expect(JSON.parse(text).format).toBe('livret-organisation-identity')
    expect(text).not.toContain(ORG)
  })

  test('device B refuses a trainer file and a wrong passphrase, then restores the same fingerprint', async () => {
    const { context, page } = await organisationDevice()
    await explain(page, () => page.locator('#org-restore-title').waitFor())
    await expectNoAxeViolations(page, '/organisation restore form')

    const trainerFile = join(dir, 'trainer.json')
    await writeFile(trainerFile, await exportTrainerIdentity(trainer.value, PASSPHRASE, 1_000))
    const other = await checkFile(page, trainerFile, PASSPHRASE, 'sauvegarde d’un formateur')
    expect(other).toBe(
      "Ce fichier est la sauvegarde d’un formateur, pas d’une organisation. Restaurez-le sur l’écran « Formateur ». Rien n'a été changé sur cet appareil.",
    )
    const wrong = await checkFile(page, backup, 'pas la bonne phrase', 'Ce mot de passe ne correspond pas')
    expect(wrong).toContain("Rien n'a été changé sur cet appareil.")
    expect(await page.locator('[data-org-fingerprint]').count()).toBe(0)

    const found = await checkFile(page, backup, PASSPHRASE, 'Fichier valable')
    expect(found).toBe(`Fichier valable : ${ORG}, empreinte ${fingerprint}.`)
    await page.getByRole('button', { name: 'Utiliser cette organisation' }).click()
    const fp = page.locator('[data-org-fingerprint]')
    await explain(page, () => fp.waitFor())
    expect(await fp.getAttribute('data-org-fingerprint')).toBe(fingerprint)
    await page.reload()
    await waitForApp(page)
    await explain(page, () => fp.waitFor())
    expect(await fp.getAttribute('data-org-fingerprint')).toBe(fingerprint)

    // The endorsement given on A is listed on B, and B withdraws everything of the key.
    const given = page.locator('[data-endorsement="Marc Lambert"]')
    await explain(page, () => given.waitFor())
    await page.getByRole('button', { name: 'Tout retirer' }).click()
    await page.getByRole('button', { name: 'Oui, tout retirer' }).click()
    await explain(page, () =>
      page.getByText('Tout ce que cette clé a signé est retiré.').waitFor({ timeout: 20_000 }),
    )
    await until(async () => (await given.textContent())?.includes('Retirée') ?? false, {
      what: 'the restored endorsement shown withdrawn',
    })
    // The relay now serves B's list, signed by the organisation's key: the endorsement is withdrawn.
    const opened = await importOrganisation(await readFile(backup, 'utf8'), PASSPHRASE)
    if (!opened.ok) throw new Error(opened.code)
    const endorsement = opened.value.issued?.endorsements?.[0]
    if (!endorsement?.statusList) throw new Error('the backup has no endorsement with a status entry')
    const { url, index } = endorsement.statusList
    const list = await verifyStatusList(await (await fetch(url)).json())
    if (!list.ok) throw new Error(list.code)
    const entry = {
      id: `${url}#${index}`,
      type: 'BitstringStatusListEntry' as const,
      statusPurpose: 'revocation' as const,
      statusListIndex: index,
      statusListCredential: url,
    }
    expect(statusIn(entry, endorsement.organisationDid, list.value)).toEqual({ ok: true, value: 'withdrawn' })

    // Offline: the endorsement is signed, and handed over as the long QR code, said plainly.
    await context.setOffline(true)
    try {
      await endorse(page)
      const offline = page.locator('[data-handover-state="offline-long"]')
      await explain(page, () => offline.waitFor({ timeout: 20_000 }))
      expect(
        ((await offline.getByRole('status').textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' '),
      ).toContain('Hors ligne : code long, à scanner de près.')
      expect(await page.locator('[data-handover-state="short"]').count()).toBe(0)
      await expectNoAxeViolations(page, 'endorsement handover offline')
    } finally {
      await context.setOffline(false)
    }
  })
})
