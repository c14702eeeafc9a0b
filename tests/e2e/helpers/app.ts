// Steps shared by the end-to-end tests: open the app (past the first-start welcome), let the
// service worker install and take control. No vitest import: the benchmarks use it too.
import type { BrowserContext, Locator, Page } from 'playwright-core'
import { until } from '../../support/until.ts'

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

/** The rendered text of a locator's first element, as a person reads it (hidden text left out). */
export async function visibleText(locator: Locator): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText is the rendered text, which is what is checked
  const text = await locator.first().innerText()
  // French no-break spaces (before ':' and inside « ») read as plain spaces: the tests check words.
  return text.replace(/[\u00a0\u202f]/g, ' ')
}

/** The words of the current screen's level-1 heading (without its decorative pictogram). */
export const mainHeading = async (page: Page): Promise<string> =>
  (await visibleText(page.locator('main h1'))).replace(/^[^\p{L}\p{N}]+/u, '').trim()

/** Runs `step`; on failure adds the page's URL and visible text to the error, to see what the person saw. */
export async function explain<T>(page: Page, step: () => Promise<T>): Promise<T> {
  try {
    return await step()
  } catch (e) {
    const text = await visibleText(page.locator('body')).catch(() => '(no text)')
    const error = e instanceof Error ? e : new Error(String(e))
    error.message = `${error.message}\n--- at ${page.url()} the page showed:\n${text.slice(0, 3000)}`
    throw error
  }
}

/** Picks who uses the app on this device in the first-start box ('holder', 'operator', 'trainer'). */
export async function chooseMode(page: Page, mode: 'holder' | 'operator' | 'trainer'): Promise<void> {
  await page.goto(new URL('/', page.url()).href)
  await waitForApp(page)
  await passWelcome(page)
  const button = page.locator(`button[data-mode="${mode}"]`)
  if (await button.isVisible()) {
    // Clicked again while it stays: under load a click can land while the home's lazy cards move
    // the box (seen once in CI: the button stayed, unclicked, for 30 s), as a person would click again.
    await until(
      async () => {
        if ((await button.count()) === 0) return true
        await button.click({ timeout: 5_000 }).catch(() => undefined)
        return button.waitFor({ state: 'detached', timeout: 5_000 }).then(
          () => true,
          () => false,
        )
      },
      { timeout: 30_000, what: `the ${mode} mode chosen` },
    )
  } else {
    // Already chosen once on this profile: switch in the settings, as a person would.
    await page.goto(new URL('/reglages', page.url()).href)
    await waitForApp(page)
    await page.locator(`input[name="mode"]`).nth(['holder', 'operator', 'trainer'].indexOf(mode)).check()
    await page.goto(new URL('/', page.url()).href)
  }
  await waitForApp(page)
}
