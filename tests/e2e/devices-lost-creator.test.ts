// The lost phone was the first one (issue 12, point 4): A created the link between the person's
// devices and paired B and C. A is lost. On B — a 360 px phone that never showed a code — the list
// shows A, and B removes it. B re-keys the private room: C moves to the new key by itself, B and C
// keep syncing, A is told it was removed and gets nothing more. axe has nothing to say on B's list,
// and every button there is at least 44×44 px.
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { shot } from '../support/shots.ts'
import { chooseMode, passWelcome, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { card } from './helpers/booklet-steps.ts'
import {
  addExperience,
  expectExperiences,
  expectSyncState,
  goTo,
  joinWithLink,
  removeDevice,
  showPairingLink,
} from './helpers/devices-steps.ts'

const app = e2eApp()
const PHONE = { viewport: { width: 360, height: 740 } }

async function holderDevice(): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await app.newContext(PHONE)
  const page = await ctx.newPage()
  await page.goto(app.server.origin)
  await waitForApp(page)
  await passWelcome(page)
  await chooseMode(page, 'holder')
  return { ctx, page }
}

describe('any device removes the lost one, even the one that created the link', () => {
  test('B removes A; C moves on its own; A gets nothing more', async () => {
    const a = await holderDevice()
    await addExperience(a.page, 'Noté sur le premier téléphone')
    const b = await holderDevice()
    await joinWithLink(b.page, await showPairingLink(a.page), 'Ordinateur')
    await a.page.getByText('« Ordinateur » est relié.').waitFor({ timeout: 20_000 })
    await a.page.getByRole('button', { name: 'Terminé' }).click()
    const c = await holderDevice()
    await joinWithLink(c.page, await showPairingLink(a.page), 'Tablette')
    await expectExperiences(c.page, ['Noté sur le premier téléphone'])

    // B's list shows the two other devices, A by its plain name, each with "Retirer".
    await goTo(b.page, '/appareils')
    const list = b.page.locator('.device-list')
    await list.getByRole('heading', { name: 'Le premier appareil' }).waitFor({ timeout: 20_000 })
    await list.getByRole('heading', { name: 'Tablette' }).waitFor({ timeout: 20_000 })
    expect(await visibleText(b.page.locator('main'))).toContain('Un appareil perdu ?')
    await expectNoAxeViolations(b.page, '/appareils on a device that did not create the link')
    for (const button of await list.getByRole('button').all()) {
      const box = await button.boundingBox()
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(44)
      expect(box?.height ?? 0).toBeGreaterThanOrEqual(44)
    }
    await shot(b.page, 'devices-member-list-360')

    // A is lost: B removes it.
    await removeDevice(b.page, 'Le premier appareil')
    await goTo(a.page, '/appareils')
    await expectSyncState(a.page, 'removed')
    expect(await visibleText(a.page.locator('[data-sync]'))).toContain('Cet appareil a été retiré')
    await goTo(b.page, '/appareils')
    await expectSyncState(b.page, 'synced')
    await expect.poll(() => b.page.locator('.device-list li').count(), { timeout: 20_000 }).toBe(1)
    await shot(b.page, 'devices-after-removal-360')

    // B and C keep syncing both ways; A gets neither edit.
    await addExperience(b.page, 'Après le retrait, sur B')
    await expectExperiences(c.page, ['Après le retrait, sur B'])
    await addExperience(c.page, 'Après le retrait, sur C')
    await expectExperiences(b.page, ['Après le retrait, sur C'])
    await goTo(a.page, '/experiences')
    expect(await card(a.page, 'Après le retrait, sur B').count()).toBe(0)
    expect(await card(a.page, 'Après le retrait, sur C').count()).toBe(0)
  })
})
