// Scenario 6 as most people live it (issue 12, point 4): one phone, no backup file anywhere. At the
// first save the app asks one plain question — keep a locked copy? — and the person says yes: the
// private room is created and a recovery sheet is shown. The person goes on (a share, one more
// experience: the copy follows), then loses the phone. On a fresh device, the code alone brings
// back the booklet as it was last, and the share, said in plain words; the share made on the old
// phone is withdrawn from there. 360×740 phones, only what the screens offer, axe 0 violations,
// every button of the offer at least 44×44 px.
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import WebSocket from 'ws'
import { listItems } from '../../src/booklet/index.ts'
import { readRecoveryCopy } from '../../src/features/devices/recovery-copy.ts'
import { readRecoveryRecords } from '../../src/features/devices/recovery-records.ts'
import { parseRecoveryCode } from '../../src/features/devices/recovery-sheet.ts'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { until } from '../support/until.ts'
import { chooseMode, openApp, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import {
  addVolunteering,
  card,
  goThroughMenu,
  openAddForm,
  saveForm,
  VOLUNTEERING,
} from './helpers/booklet-steps.ts'
import { createShareThroughUi } from './share-steps.ts'

const PHONE = { viewport: { width: 360, height: 740 } }
const app = e2eApp()
const FOREM = 'Forem Namur — M. Lambert'
const LATER = 'Cours de français (après la feuille)'
let code = ''
let link = ''

/** True once the sealed copy behind the sheet holds the last experience and the share. */
async function copyHolds(): Promise<boolean> {
  const seed = parseRecoveryCode(code)
  if (!seed.ok) throw new Error(seed.code)
  const net = { relayOrigin: app.server.origin, WebSocketPolyfill: WebSocket, timeoutMs: 5000 }
  const doc = await readRecoveryCopy(seed.value, net)
  const records = await readRecoveryRecords(seed.value, net)
  if (!doc.ok || !records.ok) return false
  const booklet = JSON.stringify(listItems(doc.value, 'experiences').items)
  doc.value.destroy()
  return booklet.includes(LATER) && records.value.some((r) => r.kind === 'share')
}

async function expectTappable(page: Page, scope: string): Promise<void> {
  for (const button of await page.locator(scope).getByRole('button').all()) {
    const box = await button.boundingBox()
    expect(box?.width ?? 0).toBeGreaterThanOrEqual(44)
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(44)
  }
}

describe('the first save offers a locked copy and a recovery sheet; the sheet alone brings all back', () => {
  test('at the first save: one question, two choices; yes makes the copy and shows the sheet', async () => {
    const phone = await app.newPage(PHONE)
    await phone.goto(app.server.origin)
    await chooseMode(phone, 'holder')
    expect(await phone.locator('.first-save-offer').count()).toBe(0)
    await goThroughMenu(phone, 'Expériences')
    await addVolunteering(phone)
    const offer = phone.getByRole('region', { name: 'Garder votre livret à l’abri ?' })
    await offer.waitFor({ timeout: 20_000 })
    expect(await visibleText(offer)).toContain('personne ne peut la lire')
    await expectNoAxeViolations(phone, 'the first-save offer')
    await expectTappable(phone, '.first-save-offer')
    await shot(phone, 'first-save-offer-360')

    await offer.getByRole('button', { name: 'Oui, garder une copie' }).click()
    await offer.getByText('C’est fait : votre livret est gardé').waitFor({ timeout: 30_000 })
    code = await visibleText(offer.getByTestId('sheet-code'))
    expect(code).toMatch(/^([0-9A-Z]{4} ){6}[0-9A-Z]{4}$/)
    await expectNoAxeViolations(phone, 'the first-save offer with the sheet')
    await shot(phone, 'first-save-sheet-360')
    await offer.getByRole('button', { name: 'J’ai noté mon code' }).click()
    await offer.waitFor({ state: 'detached' })
    // The private room was created then: the devices screen shows this device synced.
    await goThroughMenu(phone, 'Mes appareils')
    await expect.poll(() => phone.locator('[data-sync]').first().getAttribute('data-sync')).toBe('synced')

    // The person goes on: a share, one more experience. The copy follows; the offer is not asked again.
    link = await createShareThroughUi(phone, app.server.origin, {
      recipient: FOREM,
      whole: ['Toutes mes expériences'],
    })
    await goThroughMenu(phone, 'Expériences')
    await openAddForm(phone, 'Ajouter une expérience')
    await phone.getByLabel("Ce que j'ai fait").fill(LATER)
    await saveForm(phone)
    await card(phone, LATER).waitFor()
    expect(await phone.locator('.first-save-offer').count()).toBe(0)
    // Before the phone is lost, the copy on the relay has caught up (read as the sheet would).
    await until(copyHolds, { timeout: 20_000, what: 'the sealed copy has the last experience and the share' })
    await phone.context().close() // the phone is lost; no backup file anywhere
  })

  test('a fresh phone, the code alone: the booklet as it was last and the share come back', async () => {
    const fresh = await app.newPage(PHONE)
    await fresh.goto(app.server.origin)
    await chooseMode(fresh, 'holder')
    await goThroughMenu(fresh, 'Sauvegarde')
    await fresh.getByLabel('Le code de votre feuille de secours').fill(code)
    await fresh.getByRole('button', { name: 'Ramener mon livret' }).click()
    await fresh.getByText('Votre livret est revenu.', { exact: false }).waitFor({ timeout: 30_000 })
    expect(await visibleText(fresh.getByTestId('sheet-restore-summary'))).toMatch(
      /Revenu sur cet appareil\s*:\s*le livret, 1 partage\./,
    )
    await goThroughMenu(fresh, 'Expériences')
    await card(fresh, VOLUNTEERING.title).waitFor({ timeout: 20_000 })
    await card(fresh, LATER).waitFor({ timeout: 20_000 })

    // The share made on the lost phone is withdrawn from here: the professional's link stops working.
    await goThroughMenu(fresh, 'Partager')
    const item = fresh
      .locator('main li.share-card')
      .filter({ has: fresh.getByRole('heading', { level: 3, name: FOREM }) })
    await item.getByRole('button', { name: 'Retirer le partage' }).click()
    await item.getByRole('button', { name: 'Oui, retirer' }).click()
    await fresh.getByText('Partage retiré. Le lien ne marche plus.').waitFor({ timeout: 20_000 })
    const professional = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await professional.goto(link)
    await waitForApp(professional)
    await professional.getByRole('alert').waitFor({ timeout: 20_000 })
    expect(await visibleText(professional.getByRole('alert'))).toMatch(
      /La personne a retiré ce partage\.|Ce partage n'existe plus/,
    )

    // The code of the lost phone's sheet no longer opens anything.
    const other = await app.newPage(PHONE)
    await openApp(other, app.server.origin, '/')
    await chooseMode(other, 'holder')
    await goThroughMenu(other, 'Sauvegarde')
    await other.getByLabel('Le code de votre feuille de secours').fill(code)
    await other.getByRole('button', { name: 'Ramener mon livret' }).click()
    await other.getByRole('alert').waitFor({ timeout: 20_000 })
    expect(await visibleText(other.getByRole('alert'))).toContain('Cette feuille a été remplacée')
  })
})
