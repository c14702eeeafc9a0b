// The language switch: French by default, then Dutch, then English; headings, the menu and
// html[lang] follow, and the choice is kept after a reload.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { en } from '../../src/i18n/en.ts'
import { fr } from '../../src/i18n/fr.ts'
import { nl } from '../../src/i18n/nl.ts'
import { type AppServer, startAppServer } from '../support/app-server.ts'
import { launchBrowser, trackRequests } from '../support/browser.ts'
import { mainHeading, openApp, waitForApp } from './helpers/app.ts'

let server: AppServer
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  server = await startAppServer()
  browser = await launchBrowser()
  context = await browser.newContext()
  page = await context.newPage()
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
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
  const log = trackRequests(context, server.origin)
  await openApp(page, server.origin, '/reglages')
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
  await page.goto(`${server.origin}/`)
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
