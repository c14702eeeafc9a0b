// The holder's sharing screens in real Chromium against the relay started by the test: the share
// sheet (sections whole or item by item, the private part only after its warning, errors beside
// their fields, a preview of exactly what will be seen), the handover screen (a large QR code that
// ZXing reads back to the link, Copy), the list (what each share holds, when it was opened),
// and revocation that says honestly what stays with the operator. axe (WCAG 2.2 AA) finds nothing on
// the sheet with the warning shown, the handover screen and the list. The tests run in order on one
// page: each goes on from the share the one before created. Sharing without a network and a live
// share: share-holder-live.test.ts.

import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, test } from 'vitest'
import WebSocket from 'ws'
import { listItems } from '../../src/booklet/index.ts'
import { openShareLink } from '../../src/features/receive/open-link.ts'
import { DIST_DIR } from '../support/app-server.ts'
import { type RequestLog, trackRequests } from '../support/browser.ts'
import { e2eApp } from '../support/e2e.ts'
import { chooseMode, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { PICKED_SAVOIR_ETRE, VOLUNTEERING } from './helpers/booklet-steps.ts'
import { fillSheet, previewAndCreate, readQrCodes, seedBooklet, warmCompression } from './share-steps.ts'

const CPAS = 'CPAS de Namur — service insertion'

const app = e2eApp()
let context: BrowserContext
let page: Page
let log: RequestLog
let link = ''

beforeAll(async () => {
  await warmCompression(app.server.origin, DIST_DIR)
  context = await app.newContext({ viewport: { width: 412, height: 915 } })
  log = trackRequests(context, app.server.origin)
  page = await context.newPage()
  await page.goto(app.server.origin)
  await chooseMode(page, 'holder')
  await seedBooklet(page, app.server.origin)
})

const main = () => page.locator('main')
const shareCard = (recipient: string) =>
  page.locator('main li.share-card').filter({ has: page.getByRole('heading', { level: 3, name: recipient }) })

describe('share sheet', () => {
  test('checks the form beside its fields, shows the private part only after its warning (axe)', async () => {
    await page.goto(`${app.server.origin}/partager/nouveau`)
    await waitForApp(page)
    // Nothing ticked, no recipient, a wrong duration: each field says what to do.
    await page.getByLabel('Pendant combien de jours ?').fill('400')
    await page.getByRole('button', { name: 'Voir ce que la personne verra' }).click()
    await expect.poll(() => page.locator('[aria-invalid="true"]').count()).toBe(2)
    expect(await visibleText(page.locator('#share-recipient-error'))).toContain('Écrivez quelque chose ici.')
    expect(await visibleText(page.locator('#share-days-error'))).toContain('entre 1 et 365')
    expect(await visibleText(page.locator('#share-sections-error'))).toContain('Cochez au moins une chose')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('alert')
    // The situation is not offered before the warning is opened on purpose.
    expect(await page.getByRole('checkbox', { name: /Santé/ }).count()).toBe(0)
    await page.getByRole('button', { name: 'Choisir des informations privées' }).click()
    await page.getByRole('heading', { name: /ce sont des informations privées/ }).waitFor()
    expect(await visibleText(main())).toContain('Vous n’êtes pas obligé de les montrer')
    await expect.poll(() => page.getByRole('checkbox', { name: /Santé/ }).count()).toBe(1)
    // No "whole situation" box exists: item by item only.
    expect(await page.getByRole('checkbox', { name: /Toute ma situation|Tout mon journal/ }).count()).toBe(0)
    await expectNoAxeViolations(page, '/partager/nouveau (warning shown, errors)')
  })

  test('the preview shows exactly the picked items, then the share is created with its QR code', async () => {
    await fillSheet(page, { recipient: CPAS, whole: ['Toutes mes expériences'], days: '30' })
    // The competence item by item, from the folded list.
    await page
      .getByRole('group', { name: 'Compétences', exact: true })
      .getByText('Choisir un par un (1)')
      .click()
    await page.getByRole('checkbox', { name: PICKED_SAVOIR_ETRE }).check()
    await page.getByRole('button', { name: 'Voir ce que la personne verra' }).click()
    const preview = page.locator('main .share-preview')
    await preview.waitFor()
    const text = await visibleText(preview)
    expect(text).toContain(`Ce que ${CPAS} verra`)
    expect(text).toContain(VOLUNTEERING.title)
    expect(text).toContain(PICKED_SAVOIR_ETRE)
    expect(text).toContain('Photo de maintenant')
    expect(text).not.toContain('Diabète')
    expect(text).not.toContain('Aide-cuisinier')
    expect(
      await preview
        .locator('[data-section]')
        .evaluateAll((e) => e.map((x) => x.getAttribute('data-section'))),
    ).toEqual(['experiences', 'competences'])
    // Back to the form keeps the choices.
    await page.getByRole('button', { name: 'Changer mon choix' }).click()
    expect(await page.getByLabel('Avec qui ?').inputValue()).toBe(CPAS)
    expect(await page.getByRole('checkbox', { name: 'Toutes mes expériences' }).isChecked()).toBe(true)
    link = await previewAndCreate(page, CPAS)
    expect(link.startsWith(`${app.server.origin}/recu#room=`)).toBe(true)
    expect(link).toMatch(/&token=[^&]+&key=[A-Za-z0-9_-]{43}$/)
  })
})

describe('handover screen', () => {
  test('a large QR code that reads back to the link, Copy, and what the share holds (axe)', async () => {
    const qr = page.getByRole('img', { name: `Code QR du partage avec ${CPAS}` })
    const box = await qr.boundingBox()
    // Large on a phone screen: nearly the full width of a 412 px wide phone.
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(340)
    expect(await qr.evaluate((svg) => getComputedStyle(svg).backgroundColor)).toBe('rgb(255, 255, 255)')
    // The QR code holds the short link (issue 12 §2), which the page also carries.
    const short = await page.locator('[data-short-link]').getAttribute('data-short-link')
    expect(short).toMatch(/\/h#[A-Za-z0-9_-]{12}\.[A-Za-z0-9_-]{22}$/)
    // Version ≤ 5: at most 37 modules a side (the viewBox adds a quiet zone of 4 modules each side).
    expect(Number((await qr.getAttribute('viewBox'))?.split(' ')[2]) - 8).toBeLessThanOrEqual(37)
    expect(await readQrCodes(await qr.screenshot())).toEqual([short])
    // Read again from a quarter-size picture: a webcam far from an old phone sees few pixels.
    const small = await page.evaluate(async (name) => {
      const svg = document.querySelector(`svg[aria-label="${name}"]`) as SVGSVGElement
      const img = new Image()
      img.src = `data:image/svg+xml,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`
      await img.decode()
      const canvas = document.createElement('canvas')
      canvas.width = 170
      canvas.height = 170
      const ctx = canvas.getContext('2d') as CanvasRenderingContext2D
      ctx.fillStyle = '#fff'
      ctx.fillRect(0, 0, 170, 170)
      ctx.drawImage(img, 0, 0, 170, 170)
      return canvas.toDataURL('image/png')
    }, `Code QR du partage avec ${CPAS}`)
    expect(await readQrCodes(Buffer.from(small.split(',')[1] ?? '', 'base64'))).toEqual([short])
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.origin })
    await page.getByRole('button', { name: 'Copier le lien' }).click()
    await page.getByText('Lien copié.').waitFor()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link)
    const what = await visibleText(main())
    expect(what).toContain('Expériences : tout')
    expect(what).toContain('Compétences : 1 élément')
    await expectNoAxeViolations(page, '/partager/<id> (QR code)')
  })

  test('a reload shows the same link again (kept on the device); Web Share sends it where present', async () => {
    // No Web Share in headless Chromium on Linux: the button is not offered...
    expect(await page.getByRole('button', { name: 'Envoyer le lien…' }).count()).toBe(0)
    // ...a phone has it: the same link goes to the system's share sheet.
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: async (data: ShareData) => {
          ;(window as unknown as { shared: ShareData }).shared = data
        },
      })
    })
    await page.reload()
    await waitForApp(page)
    await page.getByRole('img', { name: `Code QR du partage avec ${CPAS}` }).waitFor()
    expect(await page.getByLabel('Le lien du partage').inputValue()).toBe(link)
    await page.getByRole('button', { name: 'Envoyer le lien…' }).click()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared?.url))
      .toBe(link)
  })
})

describe('share list', () => {
  test('lists the share with what it holds and when it was opened (axe)', async () => {
    await page.goto(`${app.server.origin}/partager`)
    await waitForApp(page)
    const item = shareCard(CPAS)
    await expect.poll(async () => visibleText(item)).toContain('Pas encore ouvert.')
    const text = await visibleText(item)
    expect(text).toContain('En cours')
    expect(text).toContain('Expériences : tout')
    expect(text).toMatch(/Créé le \d+ \S+ \d{4}/)
    expect(text).toMatch(/Jusqu'au \d+ \S+ \d{4}/)
    // The operator opens the link (from Node, through the same relay).
    const opened = await openShareLink(link, { WebSocketPolyfill: WebSocket })
    if (!opened.ok) throw new Error(opened.code)
    expect(listItems(opened.value.doc, 'experiences').items.map((e) => e.title)).toEqual([VOLUNTEERING.title])
    expect(listItems(opened.value.doc, 'projects').items).toEqual([])
    opened.value.stop()
    await page.reload()
    await waitForApp(page)
    await expect
      .poll(async () => visibleText(shareCard(CPAS)), { timeout: 10_000 })
      .toMatch(/le \d+ \S+ \d{4} à \d\d:\d\d/)
    await expectNoAxeViolations(page, '/partager (list)')
  })

  test('revoking says what stays with the operator, and the link stops working', async () => {
    const item = shareCard(CPAS)
    await item.getByRole('button', { name: 'Retirer le partage' }).click()
    const confirm = await visibleText(item)
    expect(confirm).toContain(`Retirer le partage avec ${CPAS} ?`)
    expect(confirm).toContain('On ne peut pas le reprendre.')
    await expectNoAxeViolations(page, '/partager (revoke confirmation)')
    await item.getByRole('button', { name: 'Oui, retirer' }).click()
    await page.getByText('Partage retiré. Le lien ne marche plus.').waitFor()
    expect(await visibleText(page.locator('main .share-notice'))).toContain(
      `Ce que ${CPAS} a déjà téléchargé reste chez ${CPAS}.`,
    )
    const ended = page.locator('main section', {
      has: page.getByRole('heading', { name: 'Partages terminés' }),
    })
    await expect.poll(async () => visibleText(ended)).toContain(CPAS)
    const endedText = await visibleText(ended)
    expect(endedText).toMatch(/Retiré le \d+ \S+ \d{4}/)
    expect(endedText).toMatch(/le \d+ \S+ \d{4} à \d\d:\d\d/)
    const again = await openShareLink(link, { WebSocketPolyfill: WebSocket, timeoutMs: 5000 })
    expect(again.ok ? 'opened' : again.code).toMatch(/^share-(revoked|gone)$/)
    await expectNoAxeViolations(page, '/partager (after revocation)')
    log.assertSameOrigin()
  })
})
