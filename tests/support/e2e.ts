// The set-up every end-to-end file repeated: the built app served by an in-process relay on
// port 0, one headless Chromium, and the contexts a test opens, all closed after the file.
// Register it once at the top of a file; later beforeAll hooks see the server and browser.
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { type AppServer, startAppServer } from './app-server.ts'
import { launchBrowser } from './browser.ts'

/** The app server, the browser, and contexts closed after the file. */
export interface E2eApp {
  readonly server: AppServer
  readonly browser: Browser
  /** A new browser context (a device), closed after the file. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>
  /** A page in a new context. */
  newPage(options?: BrowserContextOptions): Promise<Page>
}

/** Registers beforeAll/afterAll for the app server and Chromium; returns accessors to them. */
export function e2eApp(): E2eApp {
  let server: AppServer | undefined
  let browser: Browser | undefined
  const contexts: BrowserContext[] = []
  beforeAll(async () => {
    server = await startAppServer()
    browser = await launchBrowser()
  })
  afterAll(async () => {
    for (const context of contexts.splice(0)) await context.close().catch(() => {})
    await browser?.close()
    await server?.close()
  })
  const app: E2eApp = {
    get server() {
      if (!server) throw new Error('the app server starts in beforeAll')
      return server
    },
    get browser() {
      if (!browser) throw new Error('Chromium starts in beforeAll')
      return browser
    },
    async newContext(options = {}) {
      const context = await app.browser.newContext(options)
      contexts.push(context)
      return context
    },
    async newPage(options = {}) {
      return (await app.newContext(options)).newPage()
    },
  }
  return app
}
