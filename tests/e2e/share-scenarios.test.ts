// Scenarios 2 and 5 of DOMAIN.md end to end, in two Chromium contexts (the holder's phone and the
// social worker's desktop) through the relay started by the test.
// 2: the holder shares experiences, competences and the project (not the situation) on the share
//    sheet; the social worker reads the QR code on the holder's screen (ZXing on a screenshot, as a
//    webcam app would), opens it and sees exactly those; nothing of the holder's health or debts is
//    in the operator's IndexedDB (every database, every store) nor in the relay's files.
// 5: the holder revokes the share; the social worker's link then fails with the plain message; the
//    holder sees when it had been opened.
// Live: a share that follows the booklet; the holder's new competence shows on the social worker's
//    screen within 2 s.
import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, describe, expect, test } from 'vitest'
import { DIST_DIR } from '../support/app-server.ts'
import { trackRequests } from '../support/browser.ts'
import { e2eApp } from '../support/e2e.ts'
import { findPlaintext, readAllFiles } from '../support/sealed.ts'
import { chooseMode, explain, visibleText, waitForApp } from './helpers/app.ts'
import { card, openAddForm, PICKED_SAVOIR_ETRE, VOLUNTEERING } from './helpers/booklet-steps.ts'
import {
  createShareThroughUi,
  PRIVATE,
  PROJECT,
  readQrCodes,
  seedBooklet,
  warmCompression,
} from './share-steps.ts'

const CPAS = 'CPAS de Namur — service insertion'
const SHARED = [VOLUNTEERING.title, PICKED_SAVOIR_ETRE, PROJECT]
const UNSHARED = [PRIVATE.health, PRIVATE.resources]

const app = e2eApp()
let holderContext: BrowserContext
let operatorContext: BrowserContext
let holder: Page
let operator: Page
let link = ''
let openedAt = 0
let receivedPath = ''

beforeAll(async () => {
  await warmCompression(app.server.origin, DIST_DIR)
  holderContext = await app.newContext({ viewport: { width: 412, height: 915 } })
  operatorContext = await app.newContext({ viewport: { width: 1280, height: 900 } })
  holder = await holderContext.newPage()
  operator = await operatorContext.newPage()
  await holder.goto(app.server.origin)
  await chooseMode(holder, 'holder')
  await seedBooklet(holder, app.server.origin)
  await operator.goto(app.server.origin)
  await chooseMode(operator, 'operator')
})

/** Every value of every object store of every IndexedDB database of the page, as text (byte
 * arrays decoded as UTF-8, which is how Yjs writes strings). */
const indexedDbText = (page: Page): Promise<{ names: string[]; text: string }> =>
  page.evaluate(async () => {
    const out: string[] = []
    const utf8 = new TextDecoder('utf-8', { fatal: false })
    const seen = new Set<unknown>()
    const flat = (v: unknown): void => {
      if (v === null || v === undefined || seen.has(v)) return
      if (typeof v === 'string') out.push(v)
      else if (v instanceof ArrayBuffer) out.push(utf8.decode(new Uint8Array(v)))
      else if (ArrayBuffer.isView(v))
        out.push(utf8.decode(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)))
      else if (typeof v === 'object') {
        seen.add(v)
        for (const [k, x] of Object.entries(v)) {
          out.push(k)
          flat(x)
        }
      }
    }
    const names: string[] = []
    for (const { name } of await indexedDB.databases()) {
      if (!name) continue
      names.push(name)
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open(name)
        r.onsuccess = () => resolve(r.result)
        r.onerror = () => reject(r.error)
      })
      for (const store of Array.from(db.objectStoreNames)) {
        const all = await new Promise<unknown[]>((resolve, reject) => {
          const r = db.transaction(store).objectStore(store).getAll()
          r.onsuccess = () => resolve(r.result)
          r.onerror = () => reject(r.error)
        })
        flat(all)
      }
      db.close()
    }
    return { names, text: out.join('\n') }
  })

describe('scenario 2: the holder shows a QR code at the CPAS', () => {
  test('the holder shares experiences, competences and the project, not the situation', async () => {
    link = await createShareThroughUi(holder, app.server.origin, {
      recipient: CPAS,
      whole: ['Toutes mes expériences', 'Toutes mes compétences', 'Tous mes projets'],
    })
    expect(link.startsWith(`${app.server.origin}/recu#`)).toBe(true)
  })

  test('the social worker scans the QR code and sees exactly the picked items', async () => {
    const qr = holder.getByRole('img', { name: `Code QR du partage avec ${CPAS}` })
    const scanned = await readQrCodes(await qr.screenshot())
    // A short code (issue 12 §2): the relay gives the long link back once, to the receive screen.
    expect(scanned[0]).toMatch(new RegExp(`^${app.server.origin}/h#[A-Za-z0-9_-]{12}\\.[A-Za-z0-9_-]{22}$`))
    const log = trackRequests(operatorContext, app.server.origin)
    openedAt = Date.now()
    await explain(operator, async () => {
      await operator.goto(scanned[0] ?? '')
      await operator.waitForURL(/\/recus\/[^/#]+$/, { timeout: 20_000 })
      await waitForApp(operator)
      const main = operator.locator('main')
      for (const title of SHARED) await main.getByText(title, { exact: false }).first().waitFor()
      const text = await visibleText(main)
      expect(text).toContain(CPAS)
      for (const secret of UNSHARED) expect(text).not.toContain(secret)
      expect(text).not.toContain('Diabète')
      expect(text).not.toContain('Dette')
    })
    // The key stays out of the address bar once the booklet is stored.
    expect(operator.url()).not.toContain('key=')
    receivedPath = new URL(operator.url()).pathname
    log.assertSameOrigin()
  })

  test("nothing unshared is in the operator's IndexedDB", async () => {
    const { names, text } = await indexedDbText(operator)
    expect(names.length).toBeGreaterThan(0)
    // The search works: the shared items are found in the stored copy...
    for (const title of SHARED) expect(text, `shared "${title}" in the operator's IndexedDB`).toContain(title)
    // ...and nothing of the holder's health or debts is.
    for (const secret of UNSHARED) expect(text).not.toContain(secret)
    expect(text).not.toContain('Diabète')
    expect(text).not.toContain('loyer')
    // The holder's own device does hold them (the needles are right).
    const own = await indexedDbText(holder)
    for (const secret of UNSHARED) expect(own.text).toContain(secret)
  })

  test("nothing of the booklet is readable in the relay's storage files", async () => {
    const files = await readAllFiles(app.server.dataDir)
    expect(files.length).toBeGreaterThan(0)
    const all = Buffer.concat(files.map((f) => f.bytes))
    expect(all.length).toBeGreaterThan(1000)
    expect(findPlaintext(all, [...UNSHARED, ...SHARED, CPAS, 'Diabète', 'loyer'])).toEqual([])
  })
})

describe('scenario 5: the holder revokes the CPAS share', () => {
  test("the social worker's link stops working with a plain message; the holder sees when it was opened", async () => {
    await holder.goto(`${app.server.origin}/partager`)
    await waitForApp(holder)
    const item = holder
      .locator('main li.share-card')
      .filter({ has: holder.getByRole('heading', { level: 3, name: CPAS }) })
    await item.getByRole('button', { name: 'Retirer le partage' }).click()
    await item.getByRole('button', { name: 'Oui, retirer' }).click()
    await holder.getByText('Partage retiré. Le lien ne marche plus.').waitFor()
    const ended = holder.locator('main section', {
      has: holder.getByRole('heading', { name: 'Partages terminés' }),
    })
    await expect.poll(async () => visibleText(ended)).toContain(CPAS)
    const endedText = await visibleText(ended)
    expect(endedText).toMatch(/Retiré le \d+ \S+ \d{4}/)
    // When it had been opened: the minute the social worker opened it.
    const when = new Date(openedAt)
    const hhmm = when.toLocaleTimeString('fr', { hour: '2-digit', minute: '2-digit' })
    const next = new Date(openedAt + 60_000).toLocaleTimeString('fr', { hour: '2-digit', minute: '2-digit' })
    expect(endedText).toMatch(new RegExp(`Ouvert\\s+le \\d+ \\S+ \\d{4} à (${hhmm}|${next})`))
    // The social worker reloads the received booklet: it says, in plain words, that it was withdrawn.
    await explain(operator, async () => {
      await operator.goto(`${app.server.origin}${receivedPath}`)
      await waitForApp(operator)
      await expect
        .poll(() => visibleText(operator.locator('main')), { timeout: 20_000 })
        .toMatch(/La personne a retiré ce partage\.|Ce partage n'existe plus/)
    })
    // The social worker opens the link again: it fails, in plain words.
    await explain(operator, async () => {
      await operator.goto(link)
      await waitForApp(operator)
      const alert = operator.getByRole('alert')
      await alert.waitFor({ timeout: 20_000 })
      expect(await visibleText(alert)).toMatch(
        /La personne a retiré ce partage\.|Ce partage n'existe plus : la personne l'a retiré, ou il a expiré\./,
      )
    })
  })
})

describe('a live share, on both screens', () => {
  test("the holder's change shows on the social worker's screen", async () => {
    const recipient = 'Forem Namur — conseillère référente'
    const liveLink = await createShareThroughUi(holder, app.server.origin, {
      recipient,
      whole: ['Toutes mes compétences'],
      live: true,
    })
    await explain(operator, async () => {
      await operator.goto(liveLink)
      await operator.waitForURL(/\/recus\/[^/#]+$/, { timeout: 20_000 })
      await waitForApp(operator)
      await operator.locator('main').getByText(PICKED_SAVOIR_ETRE).first().waitFor()
    })
    const label = 'Cuisiner pour 50 personnes'
    await holder.goto(`${app.server.origin}/competences`)
    await waitForApp(holder)
    await openAddForm(holder, 'Ajouter une compétence')
    await holder.locator('main form').getByLabel('La compétence, avec mes mots').fill(label)
    await holder.locator('main form').getByRole('button', { name: 'Enregistrer' }).click()
    // How fast: `npm run bench:share` prints it (liveMs).
    await operator.locator('main').getByText(label).first().waitFor({ timeout: 10_000 })
    await card(holder, label).waitFor()
  })
})
