// Steps shared by the end-to-end tests: open the app (past the first-start welcome), let the
// service worker install and take control, and run axe with the WCAG 2.2 AA tags.
import AxeBuilder from '@axe-core/playwright'
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { expect } from 'vitest'

/** The axe tags the issue asks for (WCAG 2.0/2.1 A and AA, WCAG 2.2 AA). */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/** Waits until the app has rendered its main landmark with a level-1 heading. */
export async function waitForApp(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 20_000 })
}

/** Goes to `path`, answers the first-start welcome if it shows, and waits for a screen. */
export async function openApp(page: Page, origin: string, path = '/'): Promise<void> {
  await page.goto(`${origin}${path}`)
  await waitForApp(page)
  await passWelcome(page)
}

/** Clicks through the first-start welcome (language choice), keeping French. */
export async function passWelcome(page: Page): Promise<void> {
  const proceed = page.getByRole('button', { name: 'Continuer' })
  if (await proceed.isVisible()) {
    await proceed.click()
    await proceed.waitFor({ state: 'detached' })
    await waitForApp(page)
  }
}

/** Waits for the service worker to be active and in control of the page (reloading once if needed). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
  // A first install does not claim open pages (no silent takeover): a reload brings it in.
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) {
    await page.reload()
    await waitForApp(page)
  }
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 20_000,
  })
}

/** Cuts the network of a context (pages and service worker). */
export async function goOffline(context: BrowserContext): Promise<void> {
  await context.setOffline(true)
}

/** Runs axe on the current page and fails listing every violation with its nodes. */
export async function expectNoAxeViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  const found = results.violations.map(
    (v) =>
      `${screen}: ${v.id} (${v.impact}) ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('\n')}`,
  )
  expect(found, found.join('\n')).toEqual([])
}

/** The rendered text of a locator's first element, as a person reads it (hidden text left out). */
export function visibleText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text, which is what is checked
  return locator.first().innerText()
}

/** The level-1 heading of the current screen. */
export const mainHeading = (page: Page): Promise<string> => visibleText(page.locator('main h1'))
