// Pairing when the joining device already has a booklet (the screen says both will be joined,
// then the CRDT merges them), and a removal seen from a device that stays: the holder's device A
// pairs B (which has its own booklet) and C, then removes C. B, which was offline during the
// removal and edited meanwhile, finds its new key in its own mailbox when it comes back, moves to
// the re-keyed room by itself, and keeps syncing both ways; C is refused.
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { chooseMode, passWelcome, visibleText, waitForApp } from './helpers/app.ts'
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

async function holderDevice(): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await app.newContext()
  const page = await ctx.newPage()
  await page.goto(app.server.origin)
  await waitForApp(page)
  await passWelcome(page)
  await chooseMode(page, 'holder')
  return { ctx, page }
}

describe('pairing with an existing booklet, and a removal seen from a remaining device', () => {
  test('merges two booklets at pairing; the remaining device moves to the new key on its own', async () => {
    const a = await holderDevice()
    await addExperience(a.page, 'Expérience notée sur A')
    const b = await holderDevice()
    await addExperience(b.page, 'Expérience notée sur B')

    // B already has a booklet: the join screen says plainly that both will be joined.
    const linkB = await showPairingLink(a.page)
    await b.page.goto(linkB)
    await waitForApp(b.page)
    expect(await visibleText(b.page.locator('#merge-warning'))).toContain(
      'Les deux livrets seront réunis en un seul',
    )
    await joinWithLink(b.page, linkB, 'Tablette', true)
    const both = ['Expérience notée sur A', 'Expérience notée sur B']
    await expectExperiences(a.page, both)
    await expectExperiences(b.page, both)

    // A third device, C, then B goes offline and A removes C.
    const linkC = await showPairingLink(a.page)
    const c = await holderDevice()
    await joinWithLink(c.page, linkC, 'Vieux téléphone')
    await expectExperiences(c.page, both)
    await goTo(b.page, '/appareils')
    await expectSyncState(b.page, 'synced')
    await b.ctx.setOffline(true)
    await expectSyncState(b.page, 'offline')
    await addExperience(b.page, 'B hors ligne pendant le retrait')
    await removeDevice(a.page, 'Vieux téléphone')
    await goTo(c.page, '/appareils')
    await expectSyncState(c.page, 'removed')

    // B comes back: it moves to the new room by itself; edits flow both ways; C gets nothing.
    await b.ctx.setOffline(false)
    await goTo(b.page, '/appareils')
    await expectSyncState(b.page, 'synced')
    await expectExperiences(a.page, [...both, 'B hors ligne pendant le retrait'])
    await addExperience(a.page, 'A après le retrait')
    await expectExperiences(b.page, ['A après le retrait'])
    await goTo(c.page, '/experiences')
    expect(await card(c.page, 'A après le retrait').count()).toBe(0)
    expect(await card(c.page, 'B hors ligne pendant le retrait').count()).toBe(0)
  })
})
