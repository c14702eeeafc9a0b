// The holder's sharing screens in real Chromium when the relay cannot be reached and for a live
// share: with no network at intake the app says so, gives a sealed file and its key as a QR code,
// then creates the share once back online; a live share's changes reach an operator, also after
// the holder's app restarted and after extending. The sheet, handover, list and revocation:
// share-holder.test.ts.

import { readFile } from 'node:fs/promises'
import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, test } from 'vitest'
import WebSocket from 'ws'
import { getSituation, listItems } from '../../src/booklet/index.ts'
import { openShareLink } from '../../src/features/receive/open-link.ts'
import { openShareFile } from '../../src/features/share/share-file.ts'
import { DIST_DIR } from '../support/app-server.ts'
import { e2eApp } from '../support/e2e.ts'
import { until } from '../support/until.ts'
import { chooseMode, explain, visibleText, waitForApp, waitForServiceWorkerControl } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { card, openAddForm, VOLUNTEERING } from './helpers/booklet-steps.ts'
import { createShareThroughUi, fillSheet, readQrCodes, seedBooklet, warmCompression } from './share-steps.ts'

const MISSION = 'Mission locale de Dinant'

const app = e2eApp()
let context: BrowserContext
let page: Page

beforeAll(async () => {
  await warmCompression(app.server.origin, DIST_DIR)
  context = await app.newContext({ viewport: { width: 412, height: 915 } })
  page = await context.newPage()
  await page.goto(app.server.origin)
  await chooseMode(page, 'holder')
  await seedBooklet(page, app.server.origin)
})

const main = () => page.locator('main')
const shareCard = (recipient: string) =>
  page.locator('main li.share-card').filter({ has: page.getByRole('heading', { level: 3, name: recipient }) })

describe('no network at intake', () => {
  test('says the app.server cannot be reached, gives a sealed file and its key as a QR code, then retries', async () => {
    await page.goto(`${app.server.origin}/partager/nouveau`)
    await waitForApp(page)
    await waitForServiceWorkerControl(page)
    await page.getByLabel('Avec qui ?').waitFor()
    await fillSheet(page, { recipient: 'CISP Le Trusquin', whole: ['Toutes mes expériences'] })
    await page.getByRole('button', { name: 'Voir ce que la personne verra' }).click()
    await page.getByRole('button', { name: 'Créer le partage' }).waitFor()
    await context.setOffline(true)
    try {
      await page.getByRole('button', { name: 'Créer le partage' }).click()
      const alert = page.getByRole('alert')
      await alert.waitFor()
      expect(await visibleText(alert)).toContain('Le serveur de partage ne répond pas.')
      expect(await visibleText(main())).toContain('un fichier donné ne peut pas être retiré')
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Créer le fichier' }).click()
      const file = await download
      expect(file.suggestedFilename()).toMatch(/^livret-partage-\d{4}-\d\d-\d\d\.livret$/)
      const bytes = new Uint8Array(await readFile((await file.path()) ?? ''))
      const keyQr = page.getByRole('img', { name: 'Code QR de la clé du fichier' })
      await keyQr.waitFor()
      const key = (await visibleText(page.locator('main .share-key'))).trim()
      expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(await readQrCodes(await keyQr.screenshot())).toEqual([key])
      await expectNoAxeViolations(page, '/partager/<id> (offline: file and key)')
      const opened = await openShareFile(bytes, key)
      if (!opened.ok) throw new Error(opened.code)
      expect(opened.value.meta.recipient).toBe('CISP Le Trusquin')
      expect(listItems(opened.value.doc, 'experiences').items.map((e) => e.title)).toContain(
        VOLUNTEERING.title,
      )
      expect(listItems(opened.value.doc, 'competences').items).toEqual([])
      expect(getSituation(opened.value.doc).every((s) => s.note === '')).toBe(true)
    } finally {
      await context.setOffline(false)
    }
    // Back online, "Réessayer" creates the share on the relay.
    await page.getByRole('button', { name: 'Réessayer' }).click()
    await page
      .getByRole('img', { name: 'Code QR du partage avec CISP Le Trusquin' })
      .waitFor({ timeout: 20_000 })
  })
})

describe('live share', () => {
  const addExperience = async (title: string): Promise<void> => {
    await page.goto(`${app.server.origin}/experiences`)
    await waitForApp(page)
    await openAddForm(page, 'Ajouter une expérience')
    await page.locator('main form').getByLabel("Ce que j'ai fait").fill(title)
    await page.locator('main form').getByRole('button', { name: 'Enregistrer' }).click()
    await card(page, title).waitFor()
  }

  // How fast a change reaches the operator: `npm run bench:share` prints it (liveMs).
  test('a change reaches the operator, also after the app restarted and after extending', async () => {
    const liveLink = await createShareThroughUi(page, app.server.origin, {
      recipient: MISSION,
      whole: ['Toutes mes expériences'],
      live: true,
    })
    const opened = await openShareLink(liveLink, { WebSocketPolyfill: WebSocket })
    if (!opened.ok) throw new Error(opened.code)
    const seen = (title: string) =>
      listItems(opened.value.doc, 'experiences').items.some((e) => e.title === title)
    const arrival = (title: string) => until(() => seen(title), { what: `« ${title} » reached the operator` })
    try {
      await addExperience('Stage en cuisine collective')
      await arrival('Stage en cuisine collective')
      // The app closes and opens again: the runtime resumes the live share by itself.
      await page.goto(`${app.server.origin}/partager`)
      await waitForApp(page)
      await explain(page, () =>
        expect
          .poll(() => visibleText(shareCard(MISSION)), { timeout: 15_000 })
          .toContain('Suit votre livret en ce moment.'),
      )
      await addExperience('Essai métier en boulangerie')
      await arrival('Essai métier en boulangerie')
      // Extending: a new expiry that the operator sees, a new code, and the share keeps following.
      await page.goto(`${app.server.origin}/partager`)
      await waitForApp(page)
      const before = opened.value.doc.getMap('meta').toJSON().share?.expiresAt
      await shareCard(MISSION).getByRole('button', { name: 'Prolonger de 30 jours' }).click()
      await page
        .getByText(/Prolongé jusqu'au \d+ \S+ \d{4}\. Un nouveau code a été créé/)
        .waitFor({ timeout: 20_000 })
      await expect
        .poll(
          () =>
            Date.parse(opened.value.doc.getMap('meta').toJSON().share?.expiresAt ?? '') - Date.parse(before),
        )
        .toBeGreaterThan(29 * 86_400_000)
      await explain(page, () =>
        expect
          .poll(() => visibleText(shareCard(MISSION)), { timeout: 15_000 })
          .toContain('Suit votre livret en ce moment.'),
      )
      await addExperience('Bénévolat à la ressourcerie')
      await arrival('Bénévolat à la ressourcerie')
    } finally {
      opened.value.stop()
    }
  })
})
