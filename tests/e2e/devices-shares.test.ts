// A paired device carries the shares the person made (issue 12, point 4): a share made on the phone
// is listed on the desktop once the desktop is paired, and withdrawn from there — the professional's
// link stops working. The phone then sees the share as withdrawn too (the household carries the
// change back) on its open share list, without a reload. Phone 360×740, desktop 1280×900, only
// what the screens offer.
import { describe, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { chooseMode, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { goThroughMenu } from './helpers/booklet-steps.ts'
import { joinWithLink, showPairingLink } from './helpers/devices-steps.ts'
import { createShareThroughUi, seedBooklet } from './share-steps.ts'

const app = e2eApp()
const FOREM = 'Forem Liège — Mme Dubois'

describe('a paired device carries the shares', () => {
  test('a share made on the phone is withdrawn from the desktop', async () => {
    const phone = await app.newPage({ viewport: { width: 360, height: 740 } })
    await phone.goto(app.server.origin)
    await chooseMode(phone, 'holder')
    await seedBooklet(phone, app.server.origin)
    const link = await createShareThroughUi(phone, app.server.origin, {
      recipient: FOREM,
      whole: ['Toutes mes expériences'],
    })

    await goThroughMenu(phone, 'Partager')
    const onPhone = phone
      .locator('main li.share-card')
      .filter({ has: phone.getByRole('heading', { level: 3, name: FOREM }) })
    expect(await onPhone.getByRole('button', { name: 'Retirer le partage' }).count()).toBe(1)

    const desktop = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await desktop.goto(app.server.origin)
    await waitForApp(desktop)
    await joinWithLink(desktop, await showPairingLink(phone), 'Ordinateur')
    await desktop.getByRole('link', { name: 'Ouvrir mon livret' }).click()
    await waitForApp(desktop)
    await goThroughMenu(desktop, 'Partager')
    const item = desktop
      .locator('main li.share-card')
      .filter({ has: desktop.getByRole('heading', { level: 3, name: FOREM }) })
    await expect.poll(() => item.count(), { timeout: 20_000 }).toBe(1)
    await expectNoAxeViolations(desktop, 'the desktop share list with a share made on the phone')
    // The phone shows its share list while the desktop withdraws: it updates without a reload.
    await goThroughMenu(phone, 'Partager')
    await expect.poll(() => onPhone.getByRole('button', { name: 'Retirer le partage' }).count()).toBe(1)
    await item.getByRole('button', { name: 'Retirer le partage' }).click()
    await item.getByRole('button', { name: 'Oui, retirer' }).click()
    await desktop.getByText('Partage retiré. Le lien ne marche plus.').waitFor({ timeout: 20_000 })

    const professional = await app.newPage({ viewport: { width: 1280, height: 900 } })
    await professional.goto(link)
    await waitForApp(professional)
    await professional.getByRole('alert').waitFor({ timeout: 20_000 })
    expect(await visibleText(professional.getByRole('alert'))).toMatch(
      /La personne a retiré ce partage\.|Ce partage n'existe plus/,
    )

    // On the phone's open list, the share is no longer offered for withdrawal (no reload).
    await expect
      .poll(() => onPhone.getByRole('button', { name: 'Retirer le partage' }).count(), { timeout: 20_000 })
      .toBe(0)
  })
})
