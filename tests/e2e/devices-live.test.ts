// Issue 12, point 9: paired devices live. Two browser contexts = two devices of the holder, paired
// through the relay; both stay open on a screen, one adds something, the other shows it without a
// reload or any navigation (the screen follows the booklet doc the private room writes into).
import type { Page } from 'playwright-core'
import { describe, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { until } from '../support/until.ts'
import { chooseMode, passWelcome, visibleText, waitForApp } from './helpers/app.ts'
import { addVolunteering, card, VOLUNTEERING } from './helpers/booklet-steps.ts'
import { addExperience, goTo, joinWithLink, showPairingLink } from './helpers/devices-steps.ts'

const app = e2eApp()
const PHONE = { viewport: { width: 360, height: 740 } }

/** A number that changes whenever the page reloads (set once per document). */
const pageLoadId = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { __loadId?: number }
    w.__loadId ??= Math.random()
    return w.__loadId
  })

describe('paired devices live', () => {
  test("a change on one device shows on the other's open screen without reload", async () => {
    const a = await (await app.newContext(PHONE)).newPage()
    await a.goto(app.server.origin)
    await waitForApp(a)
    await passWelcome(a)
    await chooseMode(a, 'holder')
    await goTo(a, '/experiences')
    await addVolunteering(a)
    const link = await showPairingLink(a)

    const b = await (await app.newContext({ viewport: { width: 1280, height: 900 } })).newPage()
    await joinWithLink(b, link, 'Ordinateur')
    await goTo(b, '/experiences')
    await card(b, VOLUNTEERING.title).waitFor({ timeout: 20_000 })
    const bLoad = await pageLoadId(b)

    // A adds an experience; B, left as it is on its experiences list, shows it.
    await addExperience(a, 'Stage en boulangerie (depuis le téléphone)')
    await until(async () => (await visibleText(b.locator('main'))).includes('Stage en boulangerie'), {
      timeout: 20_000,
      what: "A's new experience on B's open list",
    })
    // And the other way round, on A's home left open.
    await goTo(a, '/')
    const aLoad = await pageLoadId(a)
    await addExperience(b, 'Formation cariste (depuis l’ordinateur)')
    await goTo(a, '/experiences')
    await until(async () => (await visibleText(a.locator('main'))).includes('Formation cariste'), {
      timeout: 20_000,
      what: "B's new experience on A's list",
    })
    // A stays on its list; B adds again: it shows on A with no navigation at all.
    await addExperience(b, 'Permis cariste obtenu')
    await until(async () => (await visibleText(a.locator('main'))).includes('Permis cariste obtenu'), {
      timeout: 20_000,
      what: "B's second experience on A's open list",
    })
    expect(await pageLoadId(a)).toBe(aLoad)
    expect(await pageLoadId(b)).toBe(bLoad)
  })
})
