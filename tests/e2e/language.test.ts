// The language switch: French by default, then Dutch, then English; headings, the menu and
// html[lang] follow, and the choice is kept after a reload.
import type { BrowserContext, Page } from 'playwright-core'
import { beforeAll, expect, test } from 'vitest'
import { en } from '../../src/i18n/en.ts'
import { fr } from '../../src/i18n/fr.ts'
import { nl } from '../../src/i18n/nl.ts'
import { trackRequests } from '../support/browser.ts'
import { e2eApp } from '../support/e2e.ts'
import { mainHeading, openApp, waitForApp } from './helpers/app.ts'

const app = e2eApp()
let context: BrowserContext
let page: Page

beforeAll(async () => {
  context = await app.newContext()
  page = await context.newPage()
})

const heading = mainHeading
const htmlLang = (p: Page) => p.evaluate(() => document.documentElement.lang)

/** Picks a language on the settings screen by its own name (as a person sees it). */
async function pickLanguage(p: Page, name: string): Promise<void> {
  await p.getByRole('radio', { name, exact: true }).check()
}

/** The app's own messages: the test follows the translation files, and checks that they differ. */
const MESSAGES = { fr, nl, en } as const

test('switches fr → nl → en: headings and html[lang] change, and the choice survives a reload', async () => {
  const log = trackRequests(context, app.server.origin)
  await openApp(page, app.server.origin, '/reglages')
  expect(await htmlLang(page)).toBe('fr')
  expect(await heading(page)).toBe(fr['settings.title'])

  for (const [lang, name] of [
    ['nl', 'Nederlands'],
    ['en', 'English'],
  ] as const) {
    const m = MESSAGES[lang]
    expect(m['settings.title'], `${lang} settings title is translated`).not.toBe(fr['settings.title'])
    await pickLanguage(page, name)
    await expect.poll(() => htmlLang(page)).toBe(lang)
    await expect.poll(() => heading(page)).toBe(m['settings.title'])
    await expect
      .poll(() => page.locator('main h2').allTextContents())
      .toContainEqual(expect.stringContaining(m['settings.language']))
  }

  // The choice is remembered: after a reload the home is in English, menu included.
  await page.goto(`${app.server.origin}/`)
  await waitForApp(page)
  expect(await htmlLang(page)).toBe('en')
  await expect.poll(() => heading(page)).toBe(en['home.title'])
  expect(en['home.title']).not.toBe(fr['home.title'])
  await page.locator('summary').filter({ hasText: en['app.menu'] }).click()
  await expect
    .poll(() => page.getByRole('navigation', { name: en['app.mainNav'] }).getByRole('link').allTextContents())
    .toContainEqual(expect.stringContaining(en['nav.competences']))
  log.assertSameOrigin()
})
