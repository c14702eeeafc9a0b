// Scenario 6 of DOMAIN.md (the paired-device half) in real Chromium, two browser contexts = two
// devices, through the relay started by the test: device A has a booklet and shows the pairing
// QR code and link; a changed link is refused in plain words; device B opens the link, names
// itself, gets the booklet; both go offline, each edits something different, come back online
// and both show both edits. A removes B: B's socket is refused (also after a reload), A carries on
// in a re-keyed room. axe (WCAG 2.2 AA) has nothing to say on /appareils (QR shown) and /appairer.
import type { BrowserContext, Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { chooseMode, explain, passWelcome, visibleText, waitForApp } from './helpers/app.ts'
import { expectNoAxeViolations } from './helpers/axe.ts'
import { addVolunteering, card, VOLUNTEERING } from './helpers/booklet-steps.ts'
import {
  addExperience,
  expectExperiences,
  expectSyncState,
  goTo,
  removeDevice,
  showPairingLink,
} from './helpers/devices-steps.ts'

const app = e2eApp()

async function device(): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await app.newContext()
  return { ctx, page: await ctx.newPage() }
}

describe('scenario 6: pairing the holder’s own devices', () => {
  test('pairs, merges offline edits, refuses a changed link, removes a device', async () => {
    const a = await device()
    await a.page.goto(app.server.origin)
    await waitForApp(a.page)
    await passWelcome(a.page)
    await chooseMode(a.page, 'holder')
    await goTo(a.page, '/experiences')
    await addVolunteering(a.page)

    // A shows the pairing code and link.
    const link = await showPairingLink(a.page)
    expect(link).toMatch(new RegExp(`^${app.server.origin}/appairer#room=.+&token=.+&key=.+&mbox=.+`))
    await explain(a.page, () => expectNoAxeViolations(a.page, '/appareils with the pairing QR code'))

    // B, a fresh browser: a link with a changed token is refused in plain words, nothing joins.
    const b = await device()
    const tampered = link.replace(/token=(.)/, (_m, ch: string) => `token=${ch === 'A' ? 'B' : 'A'}`)
    await b.page.goto(tampered)
    await waitForApp(b.page)
    await passWelcome(b.page)
    await expect
      .poll(() => visibleText(b.page.locator('main [role=alert]')))
      .toContain("Ce lien a été modifié : il n'est pas accepté.")
    expect(await b.page.getByLabel('Nom de cet appareil').count()).toBe(0)

    // B opens the real link, names itself and joins.
    await b.page.goto(link)
    await waitForApp(b.page)
    await b.page.getByLabel('Nom de cet appareil').waitFor()
    await explain(b.page, () => expectNoAxeViolations(b.page, '/appairer'))
    expect(await b.page.locator('#merge-warning').count()).toBe(0)
    await b.page.getByLabel('Nom de cet appareil').fill('Ordinateur')
    await b.page.getByRole('button', { name: 'Relier cet appareil' }).click()
    await explain(b.page, () =>
      b.page.getByText("C'est fait : cet appareil est relié.").waitFor({ timeout: 20_000 }),
    )
    expect(new URL(b.page.url()).hash).toBe('')
    await explain(a.page, () => a.page.getByText('« Ordinateur » est relié.').waitFor({ timeout: 10_000 }))
    await expectExperiences(b.page, [VOLUNTEERING.title])

    // Both offline; each edits something different; back online: both show both edits.
    await goTo(a.page, '/appareils')
    await expectSyncState(a.page, 'synced')
    await a.ctx.setOffline(true)
    await b.ctx.setOffline(true)
    await expectSyncState(a.page, 'offline')
    expect(await visibleText(a.page.locator('[data-sync]'))).toContain('Hors ligne')
    await addExperience(a.page, 'Essai métier en cuisine (A hors ligne)')
    await addExperience(b.page, 'Formation cariste (B hors ligne)')
    await a.ctx.setOffline(false)
    await b.ctx.setOffline(false)
    const all = [
      VOLUNTEERING.title,
      'Essai métier en cuisine (A hors ligne)',
      'Formation cariste (B hors ligne)',
    ]
    await expectExperiences(a.page, all)
    await expectExperiences(b.page, all)

    // A's list: B by name, with when it was last seen. A removes B: B is refused from then on.
    await goTo(a.page, '/appareils')
    await a.page
      .locator('.device-list li', { hasText: 'Ordinateur' })
      .getByText('Vu pour la dernière fois')
      .waitFor()
    await removeDevice(a.page, 'Ordinateur')
    await goTo(b.page, '/appareils')
    await expectSyncState(b.page, 'removed')
    await b.page.reload()
    await waitForApp(b.page)
    await expectSyncState(b.page, 'removed')
    expect(await visibleText(b.page.locator('[data-sync]'))).toContain('Cet appareil a été retiré')
    // The relay itself refuses B's token for the room it was paired to.
    const params = new URLSearchParams(new URL(link).hash.slice(1))
    const status = await fetch(
      `${app.server.origin}/rooms/${params.get('room')}/status?token=${encodeURIComponent(params.get('token') ?? '')}`,
    )
    expect(((await status.json()) as { ok: boolean; code?: string }).code).toMatch(
      /^(room-gone|token-revoked)$/,
    )

    // A carries on in the re-keyed room; B gets nothing more.
    await addExperience(a.page, 'Après le retrait')
    await goTo(a.page, '/appareils')
    await expectSyncState(a.page, 'synced')
    expect(await a.page.locator('.device-list li').count()).toBe(0)
    await goTo(b.page, '/experiences')
    expect(await card(b.page, 'Après le retrait').count()).toBe(0)
  })
})
