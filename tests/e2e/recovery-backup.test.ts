// Scenario 6 of DOMAIN.md with a backup file, in real Chromium: the holder (phone, 360×740) shares
// with a professional, makes a backup, loses the phone; on a fresh device the backup brings back the
// booklet AND the share (the screen says "1 partage"), and the holder withdraws that share from the
// new device: the professional's link stops working.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { chooseMode, explain, openApp, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { VOLUNTEERING } from './helpers/booklet-steps.ts'
import { createShareThroughUi, seedBooklet } from './share-steps.ts'

const PHONE = { viewport: { width: 360, height: 740 } }
const FOREM = 'Forem Liège — Mme Dubois'
const app = e2eApp()
let dir: string
let backupPath = ''
let link = ''
let professional: Page

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'livret-e2e-recovery-'))
  professional = await app.newPage({ viewport: { width: 1280, height: 900 } })
})

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

/** The professional opens the link; returns the text of the screen or of the refusal. */
async function professionalOpens(): Promise<string> {
  return explain(professional, async () => {
    await professional.goto(link)
    await waitForApp(professional)
    // The text that matched is the one returned: the screen may change right after (the link's
    // screen hands over to the received booklet's, which loads its copy).
    let seen = ''
    await expect
      .poll(
        async () => {
          seen = await visibleText(professional.locator('main'))
          return seen
        },
        { timeout: 20_000 },
      )
      .toMatch(new RegExp(`${VOLUNTEERING.title}|retiré ce partage|n'existe plus`))
    return seen
  })
}

describe('scenario 6 from a backup file: the share made before can be withdrawn from the new device', () => {
  test('the holder shares, then makes a backup file', async () => {
    const phone = await app.newContext({ ...PHONE, acceptDownloads: true })
    const page = await phone.newPage()
    await page.goto(app.server.origin)
    await chooseMode(page, 'holder')
    await seedBooklet(page, app.server.origin)
    link = await createShareThroughUi(page, app.server.origin, {
      recipient: FOREM,
      whole: ['Toutes mes expériences'],
    })
    expect(await professionalOpens()).toContain(VOLUNTEERING.title)

    await openApp(page, app.server.origin, '/sauvegarde')
    const download = page.waitForEvent('download')
    await page
      .getByRole('button', { name: /Créer (une sauvegarde|un fichier de sauvegarde)/ })
      .first()
      .click()
    const file = await download
    backupPath = join(dir, file.suggestedFilename() || 'livret.json')
    await file.saveAs(backupPath)
    await phone.close() // the phone is lost
  })

  test('a fresh device restores the file: the booklet and the share come back, said in plain words', async () => {
    const context = await app.newContext(PHONE)
    const page = await context.newPage()
    await openApp(page, app.server.origin, '/sauvegarde')
    await page.getByLabel('Fichier de sauvegarde', { exact: true }).setInputFiles(backupPath)
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click()
    await page.getByText(/Ce fichier contient aussi\s*:\s*1 partage\./).waitFor({ timeout: 20_000 })
    const replace = page.getByRole('radio', { name: /Remplacer/ })
    if (await replace.count()) await replace.check()
    await page.getByRole('button', { name: 'Restaurer' }).click()
    const summary = page.getByTestId('restore-summary')
    await summary.waitFor({ timeout: 20_000 })
    expect(await visibleText(summary)).toMatch(/Revenu sur cet appareil\s*:\s*le livret, 1 partage\./)
    await expectNoAxeViolations(page, 'backup screen after a restore')
    await shot(page, 'restore-360')

    // The share is listed on the new device and can be withdrawn from it.
    await openApp(page, app.server.origin, '/partager')
    const item = page
      .locator('main li.share-card')
      .filter({ has: page.getByRole('heading', { level: 3, name: FOREM }) })
    await item.getByRole('button', { name: 'Retirer le partage' }).click()
    await item.getByRole('button', { name: 'Oui, retirer' }).click()
    await page.getByText('Partage retiré. Le lien ne marche plus.').waitFor({ timeout: 20_000 })

    // The professional's link stops working.
    expect(await professionalOpens()).toMatch(/La personne a retiré ce partage\.|Ce partage n'existe plus/)
  })
})

describe('where the browser erases a site after 7 days without use', () => {
  const IPHONE =
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'

  test('the backup screen says so in plain words, and not in a browser that keeps the data', async () => {
    const iphone = await app.newPage({ ...PHONE, userAgent: IPHONE })
    await openApp(iphone, app.server.origin, '/sauvegarde')
    const notice = iphone.getByTestId('eviction-notice')
    await notice.waitFor({ timeout: 20_000 })
    expect(await visibleText(notice)).toMatch(/effacer le livret .* pendant 7 jours/)
    await expectNoAxeViolations(iphone, 'backup screen with the eviction notice')
    await shot(iphone, 'eviction-360', false)

    const chromium = await app.newPage(PHONE)
    await openApp(chromium, app.server.origin, '/sauvegarde')
    await chromium.getByRole('heading', { name: 'Restaurer depuis un fichier' }).waitFor()
    expect(await chromium.getByTestId('eviction-notice').count()).toBe(0)
  })
})
