// The trainer's identity in real Chromium: made on the device (axe on the trainer home before and
// after), backed up to a passphrase-protected file through the download, and restored on another
// device. The restore checks the whole file first: a wrong passphrase, a damaged file and a file that
// is not an identity backup each get their own message and leave the device's identity unchanged;
// the right passphrase brings back the same fingerprint.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { chooseMode, explain, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'

const app = e2eApp()
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'livret-e2e-trainer-'))
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function trainerDevice(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.newContext({ acceptDownloads: true })
  const page = await context.newPage()
  await page.goto(app.server.origin)
  await chooseMode(page, 'trainer')
  return { context, page }
}

async function createIdentity(page: Page, name: string, organisation: string): Promise<string> {
  await page.getByLabel('Votre nom').fill(name)
  await page.getByLabel('Votre organisation').fill(organisation)
  await page.getByRole('button', { name: 'Créer mon identité' }).click()
  return shownFingerprint(page)
}

async function shownFingerprint(page: Page): Promise<string> {
  const fp = page.locator('.fingerprint-groups')
  await fp.waitFor()
  return (await fp.getAttribute('data-fingerprint')) ?? ''
}

/** Picks a file and passphrase in the restore form, has it checked, waits for `expected` among the
 * form's messages and returns that whole message. */
async function checkFile(page: Page, path: string, passphrase: string, expected: string): Promise<string> {
  await page.getByLabel('Fichier de sauvegarde').setInputFiles(path)
  await page.getByLabel('Mot de passe du fichier').fill(passphrase)
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click()
  const form = page.locator('form', { has: page.locator('#trainer-restore-title') })
  const shown = form.locator('[role="alert"], p.ok', { hasText: expected })
  await explain(page, () => shown.first().waitFor({ timeout: 20_000 }))
  return ((await shown.first().textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ')
}

describe('trainer identity', () => {
  const passphrase = 'chantier du lundi'
  let fingerprint = ''
  let backup = ''

  test('is made on the device and backed up to a protected file', async () => {
    const { page } = await trainerDevice()
    await explain(page, () => page.getByRole('button', { name: 'Créer mon identité' }).waitFor())
    await expectNoAxeViolations(page, 'trainer home without identity')
    fingerprint = await createIdentity(page, 'Marc Lambert', 'CISP Le Chantier')
    expect(fingerprint).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/)
    await expect(page.getByText('Marc Lambert', { exact: true }).isVisible()).resolves.toBe(true)
    await expectNoAxeViolations(page, 'trainer home with identity')

    await page.getByLabel('Mot de passe (8 caractères au moins)').fill('court')
    await page.getByLabel('Le même mot de passe, encore une fois').fill('court')
    await page.getByRole('button', { name: 'Télécharger la sauvegarde' }).click()
    await page.getByText('Le mot de passe doit avoir au moins 8 caractères.').waitFor()

    await page.getByLabel('Mot de passe (8 caractères au moins)').fill(passphrase)
    await page.getByLabel('Le même mot de passe, encore une fois').fill(passphrase)
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Télécharger la sauvegarde' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/^livret-formateur-\d{4}-\d{2}-\d{2}\.json$/)
    backup = join(dir, 'identity.json')
    await download.saveAs(backup)
    const text = await readFile(backup, 'utf8')
    expect(JSON.parse(text).format).toBe('livret-trainer-identity')
    // Nothing readable in the file: neither the name nor the key.
    expect(text).not.toContain('Marc Lambert')
    expect(text).not.toContain('z3u2')
  })

  test('restore checks the whole file first, then brings back the same fingerprint', async () => {
    const { page } = await trainerDevice()
    const other = await createIdentity(page, 'Autre Personne', 'Autre organisation')
    expect(other).not.toBe(fingerprint)

    const wrong = await checkFile(page, backup, 'pas la bonne phrase', 'Ce mot de passe ne correspond pas')
    expect(wrong).toContain("Rien n'a été changé sur cet appareil.")

    const file = JSON.parse(await readFile(backup, 'utf8'))
    const c: string = file.backup.encrypted.ciphertext
    file.backup.encrypted.ciphertext = `${c.slice(0, 10)}${c[10] === 'A' ? 'B' : 'A'}${c.slice(11)}`
    const damaged = join(dir, 'damaged.json')
    await writeFile(damaged, JSON.stringify(file))
    const broken = await checkFile(page, damaged, passphrase, 'Ce fichier est abîmé ou a été modifié')
    expect(broken).toContain("Rien n'a été changé sur cet appareil.")

    const foreign = join(dir, 'foreign.json')
    await writeFile(foreign, JSON.stringify({ format: 'livret-backup', version: 1 }))
    const notIdentity = "Ce fichier n'est pas une sauvegarde d'identité de formateur."
    expect(await checkFile(page, foreign, passphrase, notIdentity)).toContain("Rien n'a été changé")
    await page.reload()
    await waitForApp(page)
    expect(await shownFingerprint(page)).toBe(other)

    const found = await checkFile(page, backup, passphrase, 'Fichier valable')
    expect(found).toBe(`Fichier valable : Marc Lambert (CISP Le Chantier), empreinte ${fingerprint}.`)
    expect(await shownFingerprint(page)).toBe(other)
    await page.getByText(`Cette identité remplacera celle de cet appareil (empreinte ${other}).`).waitFor()
    await page.getByRole('button', { name: 'Utiliser cette identité' }).click()
    await explain(page, () =>
      page.waitForFunction(
        (fp) => document.querySelector('.fingerprint-groups')?.getAttribute('data-fingerprint') === fp,
        fingerprint,
      ),
    )
    await page.reload()
    await waitForApp(page)
    expect(await shownFingerprint(page)).toBe(fingerprint)
    await expect(page.getByText('Marc Lambert', { exact: true }).isVisible()).resolves.toBe(true)
  })
})
