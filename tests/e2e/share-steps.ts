// Steps of the share e2e tests, written the way a person does them (French labels): fill a small
// booklet with shareable items and private ones (situation notes), create a share on the sheet,
// read the QR code on screen with ZXing (what a desktop webcam app does) — the decoder's .wasm is
// read from node_modules, never fetched.
import { readFileSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader'
import { explain, waitForApp } from './helpers/app.ts'
import { addPickedSavoirEtre, addVolunteering, card, openAddForm, saveForm } from './helpers/booklet-steps.ts'

/** Asks the relay once for each big binary of the app (the QR decoder's .wasm), brotli-encoded,
 * before any browser starts: the relay compresses a file on its first request, synchronously, which
 * on a loaded machine blocks it (and this process) for many seconds — in the middle of a timed step
 * if the service worker's precache asks first. */
export async function warmCompression(origin: string, distDir: string): Promise<void> {
  for (const entry of await readdir(distDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.wasm')) continue
    const path = relative(distDir, join(entry.parentPath, entry.name)).split('\\').join('/')
    const r = await fetch(`${origin}/${path}`, { headers: { 'accept-encoding': 'br, gzip' } })
    await r.arrayBuffer()
  }
}

/** What the holder shares in scenario 2 besides the volunteering and the savoir-être. */
export const PROJECT = 'Aide-cuisinier en collectivité'
/** Private notes that must never leave the holder's device unless picked. */
export const PRIVATE = {
  health: 'Diabète de type 2, piqûres le matin',
  resources: 'Dette de loyer de 1 200 euros au CPAS',
} as const

/** Fills the booklet: a volunteering, a savoir-être, a project, and two private situation notes. */
export async function seedBooklet(page: Page, origin: string): Promise<void> {
  await explain(page, async () => {
    // The booklet is open once the home shows its counts (leaving earlier can interrupt the very
    // first opening of the booklet).
    await page
      .locator('main')
      .getByText(/\d+ éléments?/)
      .first()
      .waitFor({ timeout: 20_000 })
    await page.goto(`${origin}/experiences`)
    await waitForApp(page)
    await addVolunteering(page)
    await page.goto(`${origin}/competences`)
    await waitForApp(page)
    await addPickedSavoirEtre(page)
    await page.goto(`${origin}/projets`)
    await waitForApp(page)
    await openAddForm(page, 'Ajouter un projet')
    await page.locator('main form').getByLabel('Métier ou activité visé').fill(PROJECT)
    await saveForm(page)
    await card(page, PROJECT).waitFor()
    await page.goto(`${origin}/situation`)
    await waitForApp(page)
    for (const [area, note] of [
      ['Santé', PRIVATE.health],
      ['Argent et dettes', PRIVATE.resources],
    ] as const) {
      const form = page.locator('main form').filter({ has: page.getByRole('heading', { name: area }) })
      await form.getByRole('radio', { name: 'Ça bloque' }).check()
      await form.getByLabel('Ma note').fill(note)
      await form.getByRole('button', { name: 'Enregistrer ce point' }).click()
      await page.getByText('Enregistré.').first().waitFor()
    }
  })
}

/** How a share is made on the sheet. */
export type ShareChoice = {
  recipient: string
  /** Labels of the "whole section" boxes to tick ('Toutes mes expériences'…). */
  whole: readonly string[]
  live?: boolean
  days?: string
}

/** Fills the share sheet (already open) with `choice`. */
export async function fillSheet(page: Page, choice: ShareChoice): Promise<void> {
  await page.getByLabel('Avec qui ?').fill(choice.recipient)
  for (const label of choice.whole) await page.getByRole('checkbox', { name: label }).check()
  if (choice.live) await page.getByRole('radio', { name: /Un partage qui suit mon livret/ }).check()
  if (choice.days) await page.getByLabel('Pendant combien de jours ?').fill(choice.days)
}

/** From the sheet to the handover screen: preview, create, wait for the QR code; returns the link. */
export async function previewAndCreate(page: Page, recipient: string): Promise<string> {
  return explain(page, async () => {
    await page.getByRole('button', { name: 'Voir ce que la personne verra' }).click()
    await page.getByRole('heading', { name: `Ce que ${recipient} verra` }).waitFor()
    await page.getByRole('button', { name: 'Créer le partage' }).click()
    await page.getByRole('img', { name: `Code QR du partage avec ${recipient}` }).waitFor({ timeout: 20_000 })
    const link = await page.getByLabel('Le lien du partage').inputValue()
    expect(new URL(page.url()).pathname).toMatch(/^\/partager\/[0-9a-f]{24}$/)
    return link
  })
}

/** Opens the sheet from the share list, as a person would, and makes a share; returns the link. */
export async function createShareThroughUi(page: Page, origin: string, choice: ShareChoice): Promise<string> {
  await page.goto(`${origin}/partager`)
  await waitForApp(page)
  await page.getByRole('link', { name: 'Nouveau partage' }).click()
  await page.getByLabel('Avec qui ?').waitFor()
  await fillSheet(page, choice)
  return previewAndCreate(page, choice.recipient)
}

let zxingReady: Promise<unknown> | undefined

/** The texts of the QR codes found in a PNG image (ZXing, as a webcam scanning app). */
export async function readQrCodes(png: Uint8Array): Promise<string[]> {
  zxingReady ??= Promise.resolve(
    prepareZXingModule({
      overrides: {
        wasmBinary: readFileSync(
          createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'),
        ).buffer as ArrayBuffer,
      },
      fireImmediately: true,
    }),
  )
  await zxingReady
  const found = await readBarcodes(png, { formats: ['QRCode'], tryHarder: true })
  return found.filter((r) => r.isValid).map((r) => r.text)
}
