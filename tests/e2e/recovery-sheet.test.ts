// Scenario 6 from the recovery sheet alone, in real Chromium (phones 360×740): the holder makes a
// sheet; the phone is lost and there is no backup file; on a fresh device the typed code brings the
// whole booklet and the share made before back (withdrawn from there: the professional's link
// stops working) and makes a new sheet at once; the old sheet (what the lost phone holds) is
// then refused in plain words.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { chooseMode, openApp, visibleText } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { VOLUNTEERING } from './helpers/booklet-steps.ts'
import { createShareThroughUi, seedBooklet } from './share-steps.ts'

const PHONE = { viewport: { width: 360, height: 740 } }
const app = e2eApp()
let oldCode = ''
let link = ''
const FOREM = 'Forem Liège — Mme Dubois'

async function typeCode(page: Page, code: string): Promise<void> {
  await openApp(page, app.server.origin, '/sauvegarde')
  await page.getByLabel('Le code de votre feuille de secours').fill(code)
  await page.getByRole('button', { name: 'Ramener mon livret' }).click()
}

describe('scenario 6 from the recovery sheet alone', () => {
  test('the holder makes a recovery sheet and sees the print view', async () => {
    const phone = await app.newPage(PHONE)
    await phone.goto(app.server.origin)
    await chooseMode(phone, 'holder')
    await seedBooklet(phone, app.server.origin)
    link = await createShareThroughUi(phone, app.server.origin, {
      recipient: FOREM,
      whole: ['Toutes mes expériences'],
    })
    await openApp(phone, app.server.origin, '/sauvegarde')
    await phone.getByRole('button', { name: 'Créer ma feuille de secours' }).click()
    await phone.getByText('Feuille de secours prête.', { exact: false }).waitFor({ timeout: 20_000 })
    oldCode = await visibleText(phone.getByTestId('sheet-code'))
    expect(oldCode).toMatch(/^([0-9A-Z]{4} ){6}[0-9A-Z]{4}$/)
    await expectNoAxeViolations(phone, 'backup screen with the recovery sheet')

    await phone.getByRole('button', { name: 'Voir la feuille à imprimer' }).click()
    const sheet = phone.getByRole('dialog', { name: 'Ma feuille de secours Livret' })
    await sheet.getByRole('img', { name: 'Code QR de la feuille de secours' }).waitFor()
    expect(await visibleText(sheet)).toContain('Gardez cette feuille à la maison')
    expect(await visibleText(sheet.getByTestId('sheet-code-print'))).toBe(oldCode)
    await expectNoAxeViolations(phone, 'recovery sheet print view')
    await shot(phone, 'sheet-print-360', { media: 'print' })
    await phone.context().close() // the phone is lost; no backup file anywhere
  })

  test('a fresh device types the code: the booklet comes back and a new sheet replaces the old one', async () => {
    const fresh = await app.newPage(PHONE)
    await typeCode(fresh, oldCode.toLowerCase())
    await fresh.getByText('Votre livret est revenu.', { exact: false }).waitFor({ timeout: 30_000 })
    const newCode = await visibleText(fresh.getByTestId('sheet-code'))
    expect(newCode).toMatch(/^([0-9A-Z]{4} ){6}[0-9A-Z]{4}$/)
    expect(newCode).not.toBe(oldCode)
    await expectNoAxeViolations(fresh, 'backup screen after a restore from the sheet')
    await shot(fresh, 'sheet-restore-360')
    expect(await visibleText(fresh.getByTestId('sheet-restore-summary'))).toMatch(
      /Revenu sur cet appareil\s*:\s*le livret, 1 partage\./,
    )
    await openApp(fresh, app.server.origin, '/experiences')
    await fresh.locator('main').getByText(VOLUNTEERING.title).first().waitFor({ timeout: 20_000 })

    // The share made on the lost phone is withdrawn from here: the professional's link stops working.
    await openApp(fresh, app.server.origin, '/partager')
    const item = fresh
      .locator('main li.share-card')
      .filter({ has: fresh.getByRole('heading', { level: 3, name: FOREM }) })
    await item.getByRole('button', { name: 'Retirer le partage' }).click()
    await item.getByRole('button', { name: 'Oui, retirer' }).click()
    await fresh.getByText('Partage retiré. Le lien ne marche plus.').waitFor({ timeout: 20_000 })
    const professional = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await professional.goto(link)
    await professional.getByRole('alert').waitFor({ timeout: 20_000 })
    expect(await visibleText(professional.getByRole('alert'))).toMatch(
      /La personne a retiré ce partage\.|Ce partage n'existe plus/,
    )
  })

  test('the old sheet, what the lost phone holds, no longer opens anything', async () => {
    const other = await app.newPage(PHONE)
    await typeCode(other, oldCode)
    const alert = other.getByRole('alert')
    await alert.waitFor({ timeout: 20_000 })
    expect(await visibleText(alert)).toContain('Cette feuille a été remplacée par une plus récente')
    await openApp(other, app.server.origin, '/experiences')
    expect(await visibleText(other.locator('main'))).not.toContain(VOLUNTEERING.title)
  })
})
