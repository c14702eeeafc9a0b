// Issue 12, point 6: every tappable thing is at least 44×44 px on a 360 px phone, on each main screen
// of the holder (and the operator's list). Measured in real Chromium: the bounding box of every link,
// button, summary, select and text field, and for a checkbox or radio button the label that holds it
// (that is what a finger taps). Excepted, as WCAG 2.5.8 allows ("Inline: the target is in a sentence"):
// a link inside a sentence, i.e. whose block has other text than the link's own. Hidden elements
// (the skip link until focused, closed menus) are not targets.
import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, test } from 'vitest'
import { e2eApp } from '../support/e2e.ts'
import { until } from '../support/until.ts'
import { chooseMode, explain } from './helpers/app.ts'
import { addVolunteering } from './helpers/booklet-steps.ts'
import { goTo } from './helpers/devices-steps.ts'
import { smallTargets } from './helpers/tap-targets.ts'

const app = e2eApp()
const MIN = 44
let page: Page

const HOLDER_SCREENS = [
  '/',
  '/profil',
  '/experiences',
  '/competences',
  '/projets',
  '/plan',
  '/situation',
  '/parcours',
  '/contacts',
  '/journal',
  '/partager',
  '/partager/nouveau',
  '/validations',
  '/appareils',
  '/reglages',
  '/sauvegarde',
  '/imprimer',
  '/commencer',
  '/propositions',
  '/agenda',
  '/cv',
  '/candidatures',
  '/glossaire',
]

beforeAll(async () => {
  page = await app.newPage({ viewport: { width: 360, height: 740 } })
  await page.goto(app.server.origin)
  await chooseMode(page, 'holder')
  await goTo(page, '/experiences')
  await addVolunteering(page)
})

describe('tap targets at 360 px', () => {
  test('every interactive element of each main screen is at least 44×44 px', async () => {
    // The measure catches a small link (a probe standing alone in its block, styled 19 px high).
    await goTo(page, '/')
    await page.evaluate(() => {
      const div = document.createElement('div')
      div.innerHTML = '<a id="probe" href="/x" style="display:inline;min-height:0;font-size:12px">x</a>'
      document.querySelector('main')?.append(div)
    })
    expect((await smallTargets(page, MIN)).some((x) => x.startsWith('a#probe'))).toBe(true)
    await page.evaluate(() => document.getElementById('probe')?.parentElement?.remove())

    const found: string[] = []
    const perScreen: string[] = []
    for (const path of HOLDER_SCREENS) {
      await explain(page, () => goTo(page, path))
      // The screen's own content is there (lazy screens show a loading line first).
      await page.waitForFunction(() => !document.querySelector('main .loading, main [aria-busy="true"]'))
      // Every screen has at least one target of its own (polled: a lazy screen may render a moment
      // after its loading line goes).
      const targets = page.locator('main a[href], main button, main input, main select')
      await until(async () => (await targets.count()) > 0, {
        what: `a target on ${path} (so far ${perScreen.join(', ')})`,
      })
      const n = await targets.count()
      perScreen.push(`${path}: ${n}`)
      for (const small of await smallTargets(page, MIN)) found.push(`${path}: ${small}`)
    }
    console.log(`targets measured per screen: ${perScreen.join(', ')}`)
    expect(found, found.join('\n')).toEqual([])
  })
})
