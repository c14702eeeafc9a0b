// The language switch: French by default, then Dutch, then English; headings, the menu and
// html[lang] follow, and the choice is kept after a reload.
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
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
async function pickLanguage(p: Page, label: RegExp, name: RegExp): Promise<void> {
  const select = p.getByLabel(label)
  if ((await select.evaluate((el) => el.tagName)) === 'SELECT')
    await select.selectOption({ label: name.source })
  else await p.getByRole('radio', { name }).check()
}

test('switches fr → nl → en: headings and html[lang] change, and the choice survives a reload', async () => {
  const log = trackRequests(context, server.origin)
  await openApp(page, server.origin, '/reglages')
  expect(await htmlLang(page)).toBe('fr')
  expect(await heading(page)).toBe('Réglages')

  await pickLanguage(page, /^Langue$/, /Nederlands/)
  await expect.poll(() => htmlLang(page)).toBe('nl')
  await expect.poll(() => heading(page)).toBe('Instellingen')

  await pickLanguage(page, /^Taal$/, /English/)
  await expect.poll(() => htmlLang(page)).toBe('en')
  await expect.poll(() => heading(page)).toBe('Settings')

  await page.goto(`${server.origin}/`)
  await waitForApp(page)
  expect(await htmlLang(page)).toBe('en')
  await expect.poll(() => heading(page)).toBe('Home')
  await expect.poll(() => page.getByText('Menu', { exact: true }).count()).toBeGreaterThan(0)
  log.assertSameOrigin()
})
