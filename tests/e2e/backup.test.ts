// Backup and restore in real Chromium: a backup file exported through the download, restored
// into a fresh app.browser context, brings the booklet back; a garbage file and a truncated file
// are refused with a plain message and leave the existing booklet exactly as it was.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type RequestLog, trackRequests } from '../support/browser.ts'
import { e2eApp } from '../support/e2e.ts'
import { openApp, visibleText } from './helpers/app.ts'
import {
  addPickedSavoirEtre,
  addVolunteering,
  PICKED_SAVOIR_ETRE,
  VOLUNTEERING,
} from './helpers/booklet-steps.ts'

const app = e2eApp()
let dir: string
let backupPath: string
const logs: RequestLog[] = []

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'livret-e2e-backup-'))
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

async function newPage(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await app.newContext({ acceptDownloads: true })
  logs.push(trackRequests(context, app.server.origin))
  return { context, page: await context.newPage() }
}

/** What the person sees of the booklet: the experiences and competences lists. */
async function visibleBooklet(page: Page): Promise<string> {
  await openApp(page, app.server.origin, '/experiences')
  const experiences = await visibleText(page.locator('main'))
  await openApp(page, app.server.origin, '/competences')
  const competences = await visibleText(page.locator('main'))
  return `${experiences}\n---\n${competences}`
}

/** Picks a file on the backup screen, has it checked, and returns the message shown. */
async function chooseBackupFile(page: Page, path: string): Promise<void> {
  await openApp(page, app.server.origin, '/sauvegarde')
  await page.getByLabel('Fichier de sauvegarde', { exact: true }).setInputFiles(path)
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click()
}

describe('backup', () => {
  let owner: { context: BrowserContext; page: Page }
  let before: string

  test('exports a backup file through a download', async () => {
    owner = await newPage()
    await openApp(owner.page, app.server.origin, '/experiences')
    await addVolunteering(owner.page)
    await openApp(owner.page, app.server.origin, '/competences')
    await addPickedSavoirEtre(owner.page)
    before = await visibleBooklet(owner.page)

    await openApp(owner.page, app.server.origin, '/sauvegarde')
    const download = owner.page.waitForEvent('download')
    await owner.page
      .getByRole('button', { name: /Créer (une sauvegarde|un fichier de sauvegarde)/ })
      .first()
      .click()
    const file = await download
    backupPath = join(dir, file.suggestedFilename() || 'livret.backup')
    await file.saveAs(backupPath)
    const bytes = await readFile(backupPath)
    expect(bytes.length).toBeGreaterThan(100)
    // The file holds the booklet; nothing readable is expected, but it must not be empty noise.
    expect(new Set(bytes).size).toBeGreaterThan(16)
  })

  test('restores it into a fresh app.browser: the booklet comes back', async () => {
    const fresh = await newPage()
    await chooseBackupFile(fresh.page, backupPath)
    await fresh.page.getByText(/Le fichier est bon/).waitFor()
    const replace = fresh.page.getByRole('radio', { name: /Remplacer/ })
    if (await replace.count()) await replace.check()
    await fresh.page.getByRole('button', { name: 'Restaurer' }).click()
    await fresh.page.getByText('Le livret est restauré.').waitFor()
    const after = await visibleBooklet(fresh.page)
    expect(after).toContain(VOLUNTEERING.title)
    expect(after).toContain(PICKED_SAVOIR_ETRE)
    await fresh.context.close()
  })

  test('refuses a garbage file with a plain message; the booklet is unchanged', async () => {
    const garbage = join(dir, 'vacances.jpg')
    await writeFile(garbage, Buffer.from('\xff\xd8\xff\xe0 not a backup at all, just some bytes '.repeat(40)))
    await chooseBackupFile(owner.page, garbage)
    await owner.page.getByText("Ce fichier n'est pas une sauvegarde de Livret.").waitFor()
    await expect.poll(() => owner.page.getByRole('button', { name: 'Restaurer' }).count()).toBe(0)
    expect(await visibleBooklet(owner.page)).toBe(before)
  })

  test('refuses a truncated file with a plain message; the booklet is unchanged', async () => {
    const whole = await readFile(backupPath)
    const truncated = join(dir, 'coupe.livret')
    await writeFile(truncated, whole.subarray(0, Math.floor(whole.length * 0.6)))
    await chooseBackupFile(owner.page, truncated)
    await owner.page.getByText('Ce fichier est incomplet (coupé). Prenez une autre copie.').waitFor()
    await expect.poll(() => owner.page.getByRole('button', { name: 'Restaurer' }).count()).toBe(0)
    expect(await visibleBooklet(owner.page)).toBe(before)
    for (const log of logs) log.assertSameOrigin()
  })
})
