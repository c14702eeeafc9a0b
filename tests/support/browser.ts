// Real Chromium for end-to-end tests and benchmarks: Debian's /usr/bin/chromium driven by
// playwright-core (no downloaded browser). A missing Chromium throws, so a test that needs it
// fails with a clear message instead of skipping. `trackRequests` records every request a
// context makes (pages and service worker) so a test can assert that nothing left the origin.
import { existsSync } from 'node:fs'
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium } from 'playwright-core'

/** Where Chromium is looked for (CHROMIUM overrides it). */
export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium'

/** Flags every launch uses: headless, no sandbox in containers, no background traffic. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM=/path/to/chromium`,
    )
  }
}

/** Launches a headless Chromium; close it in afterAll. */
export async function launchBrowser(): Promise<Browser> {
  assertChromium()
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true })
}

/** Launches Chromium with a profile directory: IndexedDB, caches and the service worker survive a relaunch. */
export async function launchPersistent(
  userDataDir: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  assertChromium()
  return chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
    headless: true,
    ...options,
  })
}

/** The requests one context made, and a check that all of them stayed on one origin. */
export interface RequestLog {
  /** Every URL requested so far, in order (pages, workers, websockets). */
  readonly urls: string[]
  /** URLs that left `origin` (data: and blob: URLs are local and allowed). */
  foreign(): string[]
  /** Throws, listing them, when any request left the origin. */
  assertSameOrigin(): void
}

/** True for a URL that stays on the device or on `origin`. */
export function isLocalUrl(url: string, origin: string): boolean {
  if (url.startsWith('data:') || url.startsWith('blob:') || url.startsWith('about:')) return true
  try {
    const u = new URL(url)
    const o = new URL(origin)
    return u.hostname === o.hostname && u.port === o.port && /^(https?|wss?):$/.test(u.protocol)
  } catch {
    return false
  }
}

/** Records every request of a context (all its pages, its service worker) from now on. */
export function trackRequests(context: BrowserContext, origin: string): RequestLog {
  const urls: string[] = []
  const watchPage = (page: import('playwright-core').Page) => {
    page.on('websocket', (ws) => urls.push(ws.url()))
  }
  context.on('request', (request) => urls.push(request.url()))
  context.on('page', watchPage)
  for (const page of context.pages()) watchPage(page)
  const foreign = () => urls.filter((u) => !isLocalUrl(u, origin))
  return {
    urls,
    foreign,
    assertSameOrigin() {
      const out = foreign()
      if (out.length > 0) throw new Error(`requests left ${origin}:\n${out.join('\n')}`)
    },
  }
}
