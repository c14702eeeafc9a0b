// Operator mode with no network at all: a sealed share file opened OFFLINE with its key (read from
// a picture of its QR code by the bundled decoder, served by the app), a tampered file refused in
// plain words, the received booklet still listed after a reload offline, and deleted for good.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { projectionFixture, SECRETS } from '../../src/booklet/projection-fixture.ts'
import { exportOfflineShare } from '../../src/features/share/share-file.ts'
import { type AppServer, DIST_DIR, startAppServer } from '../support/app-server.ts'
import { launchBrowser, type RequestLog, trackRequests } from '../support/browser.ts'
import {
  chooseMode,
  explain,
  mainHeading,
  openApp,
  waitForApp,
  waitForServiceWorkerControl,
} from './helpers/app.ts'
import { mainText, qrPng } from './operator-support.ts'

let server: AppServer
let browser: Browser
let context: BrowserContext
let page: Page
let requests: RequestLog
const fixture = projectionFixture()

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
  context = await browser.newContext()
  requests = trackRequests(context, server.origin)
  page = await context.newPage()
  await openApp(page, server.origin)
  await waitForServiceWorkerControl(page)
  await chooseMode(page, 'operator')
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

const file = (bytes: Uint8Array) => ({
  name: 'partage.livret',
  mimeType: 'application/octet-stream',
  buffer: Buffer.from(bytes),
})

describe('operator: a share file, offline', () => {
  let id = ''

  test('the QR decoder is not precached for every phone, but kept once in operator mode', async () => {
    const sw = readFileSync(join(DIST_DIR, 'sw.js'), 'utf8')
    expect(sw).not.toMatch(/zxing_reader-[\w-]+\.wasm"/)
    const cached = () =>
      page.evaluate(async () => (await (await caches.open('livret-decoder')).keys()).map((r) => r.url))
    await expect.poll(cached, { timeout: 15_000 }).toHaveLength(1)
    expect((await cached())[0]).toMatch(/\/assets\/zxing_reader-[\w-]+\.wasm$/)
  })

  test('opens the file with its key read from a QR picture, with the network cut', async () => {
    const exported = await exportOfflineShare(fixture.doc, {
      recipient: 'Mission locale de Liège',
      sections: { experiences: { ids: [fixture.ids.exPicked] }, situation: { ids: ['mobility'] } },
    })
    if (!exported.ok) throw new Error(exported.code)
    const keyPicture = await qrPng(page, exported.value.key)
    await context.setOffline(true)
    await page.goto(`${server.origin}/recevoir`)
    await waitForApp(page)
    await page.getByLabel('Lire le code sur une photo').setInputFiles({
      name: 'cle.png',
      mimeType: 'image/png',
      buffer: keyPicture,
    })
    await expect
      .poll(() => page.getByLabel('Clé du fichier').inputValue(), { timeout: 15_000 })
      .toBe(exported.value.key)
    await page.getByText('Clé du fichier lue.').waitFor()

    // A tampered file is refused with words that say what to do; nothing is stored.
    const tampered = exported.value.bytes.slice()
    const at = tampered.length - 10
    tampered[at] = (tampered[at] as number) ^ 1
    await page.getByLabel('Fichier de partage', { exact: true }).setInputFiles(file(tampered))
    await page.getByRole('button', { name: 'Ouvrir le fichier' }).click()
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('Le fichier et la clé ne vont pas ensemble')
    await page
      .getByLabel('Fichier de partage', { exact: true })
      .setInputFiles(file(new TextEncoder().encode('bonjour')))
    await page.getByRole('button', { name: 'Ouvrir le fichier' }).click()
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain("Ce fichier n'est pas un fichier de partage du livret.")

    await page.getByLabel('Fichier de partage', { exact: true }).setInputFiles(file(exported.value.bytes))
    await page.getByRole('button', { name: 'Ouvrir le fichier' }).click()
    await explain(page, () => page.waitForURL(/\/recus\/[^/]+$/))
    await waitForApp(page)
    id = new URL(page.url()).pathname.split('/')[2] ?? ''
    expect(await mainHeading(page)).toBe('Amina')
    const text = await mainText(page)
    for (const shown of [
      'Mission locale de Liège',
      'PICKED-EXP banque alimentaire',
      'MOBILITY-SHARED pas de voiture',
    ])
      expect(text).toContain(shown)
    for (const secret of SECRETS) expect(text).not.toContain(secret)
    // Only the shared area of the situation: the others are not shown as "Je ne sais pas".
    expect(text).toContain('Se déplacer')
    for (const area of ['Santé', 'Argent et dettes', 'Logement']) expect(text).not.toContain(area)
  })

  test('still listed and readable after a reload offline', async () => {
    const reloaded = await page.reload()
    expect(reloaded?.fromServiceWorker()).toBe(true)
    await waitForApp(page)
    await page.getByText('PICKED-EXP banque alimentaire').waitFor()
    await page.goto(`${server.origin}/recus`)
    await waitForApp(page)
    const item = page.locator('main li.op-item', { hasText: 'Mission locale de Liège' })
    await item.waitFor()
    expect(await item.textContent()).toContain('Copie du jour du partage')
  })

  test('delete asks first, then removes the booklet and its stored copy', async () => {
    await page.goto(`${server.origin}/recus/${id}`)
    await waitForApp(page)
    await page.getByRole('button', { name: 'Supprimer ce livret' }).click()
    await page.getByText('Supprimer le livret de Amina de cet appareil ?').waitFor()
    await page.getByRole('button', { name: 'Annuler' }).click()
    await page.getByRole('button', { name: 'Supprimer ce livret' }).click()
    await page.getByRole('button', { name: 'Oui, supprimer' }).click()
    await page.waitForURL(`${server.origin}/recus`)
    await page.getByText('Aucun livret reçu pour le moment.').waitFor()
    const names = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name))
    expect(names).not.toContain(`livret-booklet-${id}`)
    await context.setOffline(false)
    // Nothing left the app's origin: the decoder's .wasm came from the app itself.
    expect(requests.urls.some((u) => u.endsWith('.wasm'))).toBe(true)
    requests.assertSameOrigin()
  })
})
