// A received booklet survives a reload made right after its link was opened: the copy is still
// being written to the device then, and the screen must not say "Ce livret n'est plus sur cet
// appareil" (the link was already out of the address, so the copy was lost for good). To make the
// race certain rather than lucky, the first load of each link holds the copy's IndexedDB open
// forever (slow storage taken to its limit); the reload then finds the storage as it is.
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { projectionFixture } from '../../src/booklet/projection-fixture.ts'
import type { CreatedShare } from '../../src/features/share/service.ts'
import { e2eApp } from '../support/e2e.ts'
import { until } from '../support/until.ts'
import { chooseMode, explain, openApp, waitForApp } from './helpers/app.ts'
import { mainText, shareOnRelay } from './operator-support.ts'

const app = e2eApp()
let context: BrowserContext
let page: Page
const fixture = projectionFixture()
const running: CreatedShare[] = []

/** In the page: the first load of a given share link never gets its copy's database opened. */
function stallFirstCopyWrite(): void {
  const hash = location.hash
  if (!hash.includes('room=') || sessionStorage.getItem(`stalled:${hash}`)) return
  sessionStorage.setItem(`stalled:${hash}`, '1')
  const open = IDBFactory.prototype.open
  IDBFactory.prototype.open = function (this: IDBFactory, name: string, version?: number) {
    // A request that never answers: the copy stays in memory only.
    if (name.startsWith('livret-booklet-')) return {} as IDBOpenDBRequest
    return open.call(this, name, version)
  }
}

beforeAll(async () => {
  context = await app.newContext()
  await context.addInitScript(stallFirstCopyWrite)
  page = await context.newPage()
  await openApp(page, app.server.origin)
  await chooseMode(page, 'operator')
})

afterAll(async () => {
  for (const s of running) s.stop()
})

test('reloading at once after opening a share link still shows the booklet, then keeps it', async () => {
  for (const mode of ['snapshot', 'live'] as const) {
    const share = await shareOnRelay(fixture.doc, app.server.origin, {
      recipient: `Reload ${mode}`,
      mode,
      sections: { competences: { ids: [fixture.ids.cPicked] } },
    })
    running.push(share)
    await page.goto(share.link)
    // The booklet shows (from memory, maybe before it is stored); reload at that very moment.
    await page.locator('main h1', { hasText: 'Amina' }).waitFor({ timeout: 20_000 })
    await page.reload()
    await waitForApp(page)
    await explain(page, () =>
      until(
        async () => {
          const text = await mainText(page)
          expect(text).not.toContain('n’est plus sur cet appareil')
          expect(text).not.toContain("n'est plus sur cet appareil")
          return (
            text.includes('Amina') && text.includes(`Reload ${mode}`) && /\/recus\/[^/#]+$/.test(page.url())
          )
        },
        { timeout: 20_000, what: `the ${mode} booklet after a reload` },
      ),
    )
    // Stored for good: a second reload reads it from the device, the key is out of the address.
    await page.reload()
    await waitForApp(page)
    await page.locator('main h1', { hasText: 'Amina' }).waitFor({ timeout: 20_000 })
    expect(page.url()).not.toContain('#')
  }
})
