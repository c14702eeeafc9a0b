// Timers that run inside the page, so that what is measured is the app's own work and not
// the round trips of the test driver:
// - `watchFirstData` (an init script, installed before the app's scripts) notes when the
//   home first shows the expected competence count, and the next animation frame after it;
//   times are performance.now(), i.e. milliseconds since the navigation started.
// - `watchAdd` notes the click on the save button (capture phase, before the app's handler)
//   and the moment the new competence appears in the list (MutationObserver).
// - `openHome` (on the Node side) opens the home and waits for those marks.
import type { Page } from 'playwright-core'

/** What the page recorded for one open. */
export type OpenTiming = {
  dataAt: number
  frameAt: number
  mark?: number
  loaded?: number
  openStart: number
  registryRead: number
}

/** A regexp source matching "<count> compétences" however the count's thousands are written. */
export function countPattern(count: number, word: string): string {
  const digits = String(count)
  const groups: string[] = []
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end))
  return `(^|\\D)${groups.join('[\\s\\u00a0\\u202f.,]?')}\\s*${word}`
}

/** Init script: records when #main first matches `pattern` (give it to page.addInitScript). */
export function watchFirstData(pattern: string): void {
  type W = { __benchOpen?: { dataAt?: number; frameAt?: number } }
  const w = window as unknown as W
  w.__benchOpen = {}
  const re = new RegExp(pattern)
  const observer = new MutationObserver(() => {
    const state = w.__benchOpen
    const main = document.getElementById('main')
    if (!state || state.dataAt !== undefined || !main || !re.test(main.textContent ?? '')) return
    state.dataAt = performance.now()
    observer.disconnect()
    requestAnimationFrame(() => {
      state.frameAt = performance.now()
    })
  })
  observer.observe(document, { childList: true, subtree: true, characterData: true })
}

/** In the page: arms the add timer for a competence labelled `label`. */
export function watchAdd(label: string): void {
  type W = { __benchAdd?: { clickAt?: number; shownAt?: number; frameAt?: number } }
  const w = window as unknown as W
  const state: NonNullable<W['__benchAdd']> = {}
  w.__benchAdd = state
  const onClick = (e: Event) => {
    const button = (e.target as Element | null)?.closest?.('button[type="submit"]')
    if (button && state.clickAt === undefined) state.clickAt = performance.now()
  }
  addEventListener('click', onClick, { capture: true })
  // Shown = an element outside any form holds the label (the form's own input holds it as a value only).
  const shown = () => {
    const main = document.getElementById('main')
    if (!main || !(main.textContent ?? '').includes(label)) return false
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if ((n.textContent ?? '').includes(label) && !n.parentElement?.closest('form')) return true
    }
    return false
  }
  const observer = new MutationObserver(() => {
    if (state.clickAt === undefined || state.shownAt !== undefined || !shown()) return
    state.shownAt = performance.now()
    observer.disconnect()
    removeEventListener('click', onClick, { capture: true })
    requestAnimationFrame(() => {
      state.frameAt = performance.now()
    })
  })
  observer.observe(document, { childList: true, subtree: true, characterData: true })
}

/**
 * Opens the home and waits for its first data frame (watchFirstData must be installed), then for
 * the whole document (the app's `livret:booklet-loaded` mark) so that opens do not overlap; a
 * booklet that is not loaded within `loadedTimeout` ms is left as it is (its time is then missing).
 */
export async function openHome(
  page: Page,
  origin: string,
  timeouts: { frameTimeout: number; loadedTimeout: number },
): Promise<void> {
  await page.goto(`${origin}/`)
  await page.waitForFunction(
    () => (window as { __benchOpen?: { frameAt?: number } }).__benchOpen?.frameAt !== undefined,
    undefined,
    { timeout: timeouts.frameTimeout },
  )
  await page
    .waitForFunction(() => performance.getEntriesByName('livret:booklet-loaded').length > 0, undefined, {
      timeout: timeouts.loadedTimeout,
    })
    .catch(() => undefined)
}
