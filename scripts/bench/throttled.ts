// The old-phone figures of `npm run bench:booklet` (issue 12, point 10): Chromium's CPU throttling
// (CDP Emulation.setCPUThrottlingRate, rate 4 = four times slower) on the page that holds the
// ten-year booklet.
// - throttledSwitchMs: a screen change in the holder's app — from the click on a menu link to the
//   first animation frame after the new screen shows its heading with nothing left loading
//   (timed inside the page, so the driver's round trips are not counted).
// - throttledColdMs: the home on a cold start — a new tab of the installed app (service worker in
//   control, nothing of the app in memory), from navigation start to the first frame after the home
//   shows the competence count (watchFirstData, installed on the context).
import type { BrowserContext, CDPSession, Page } from 'playwright-core'
import { openHome } from './page-timing.ts'
import { median } from './stats.ts'

/** The holder screens a switch goes through, in menu order, then back home. */
export const SWITCH_PATHS = [
  '/competences',
  '/experiences',
  '/plan',
  '/journal',
  '/projets',
  '/situation',
  '/',
]

/** Slows the page's CPU `rate` times (1 = normal speed). */
export async function throttle(cdp: CDPSession, rate: number): Promise<void> {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate })
}

/** In the page: clicks the menu link to `path` and resolves with the ms until the next screen shows. */
export function timeSwitch(path: string): Promise<number> {
  const main = document.getElementById('main')
  const before = main?.querySelector('h1')?.textContent ?? ''
  const link = document.querySelector<HTMLAnchorElement>(`nav a[href="${path}"]`)
  if (!main || !link) return Promise.reject(new Error(`no menu link to ${path}`))
  const ready = () => {
    const h1 = main.querySelector('h1')
    return (
      h1 !== null &&
      (h1.textContent ?? '') !== before &&
      location.pathname === path &&
      !main.querySelector('.loading, [aria-busy="true"]')
    )
  }
  return new Promise((resolve) => {
    let t0 = 0
    const observer = new MutationObserver(() => {
      if (!ready()) return
      observer.disconnect()
      requestAnimationFrame(() => resolve(performance.now() - t0))
    })
    observer.observe(main, { childList: true, subtree: true, characterData: true })
    t0 = performance.now()
    link.click()
  })
}

/** Times `rounds` tours of SWITCH_PATHS at 4× slower CPU; the first tour loads each screen's code. */
export async function measureSwitches(
  page: Page,
  cdp: CDPSession,
  rounds: number,
): Promise<{ first: number[]; later: number[]; byPath: Map<string, number[]> }> {
  const first: number[] = []
  const later: number[] = []
  const byPath = new Map<string, number[]>()
  await throttle(cdp, 4)
  try {
    for (let round = 0; round < rounds; round++)
      for (const path of SWITCH_PATHS) {
        const ms = await page.evaluate(timeSwitch, path)
        ;(round === 0 ? first : later).push(ms)
        if (round > 0) byPath.set(path, [...(byPath.get(path) ?? []), ms])
      }
  } finally {
    await throttle(cdp, 1)
  }
  return { first, later, byPath }
}

/** Opens the home `times` times in a new tab at 4× slower CPU; the times to the first data frame. */
export async function measureColdStarts(
  context: BrowserContext,
  origin: string,
  times: number,
): Promise<{ frame: number[]; loaded: number[] }> {
  const frame: number[] = []
  const loaded: number[] = []
  for (let i = 0; i < times; i++) {
    const page = await context.newPage()
    try {
      const cdp = await context.newCDPSession(page)
      await throttle(cdp, 4)
      await openHome(page, origin, { frameTimeout: 120_000, loadedTimeout: 120_000 })
      const r = await page.evaluate(() => ({
        frameAt: (window as unknown as { __benchOpen: { frameAt: number } }).__benchOpen.frameAt,
        loaded: performance.getEntriesByName('livret:booklet-loaded')[0]?.startTime,
      }))
      frame.push(r.frameAt)
      if (r.loaded !== undefined) loaded.push(r.loaded)
    } finally {
      await page.close()
    }
  }
  return { frame, loaded }
}

/** Median and spread of a list, for the table. */
export const spread = (xs: readonly number[]): string =>
  xs.length ? `min ${Math.round(Math.min(...xs))} max ${Math.round(Math.max(...xs))}` : ''

/** Median, or NaN for an empty list (printed as such rather than hidden). */
export const medianOr = (xs: readonly number[]): number => (xs.length ? median(xs) : Number.NaN)
