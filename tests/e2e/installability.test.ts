// The PWA is installable: Chromium reports no installability error once the service worker
// controls the page, and the web manifest declares a maskable icon that is really served.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { type AppServer, startAppServer } from '../support/app-server.ts'
import { launchPersistent, trackRequests } from '../support/browser.ts'
import { openApp, waitForServiceWorkerControl } from './helpers/app.ts'

type ManifestIcon = { src: string; sizes?: string; type?: string; purpose?: string }

let server: AppServer
let profile: string
let context: BrowserContext

beforeAll(async () => {
  server = await startAppServer()
  profile = await mkdtemp(join(tmpdir(), 'livret-e2e-install-'))
  context = await launchPersistent(profile)
})

afterAll(async () => {
  await context?.close()
  await server?.close()
  if (profile) await rm(profile, { recursive: true, force: true })
})

test('Chromium reports no installability error and the manifest has a maskable icon', async () => {
  const log = trackRequests(context, server.origin)
  const page = context.pages()[0] ?? (await context.newPage())
  await openApp(page, server.origin)
  await waitForServiceWorkerControl(page)

  const cdp = await context.newCDPSession(page)
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
    installabilityErrors: { errorId: string }[]
  }
  expect(installabilityErrors.map((e) => e.errorId)).toEqual([])

  const href = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(href).toBeTruthy()
  const manifestUrl = new URL(href ?? '', page.url()).href
  const manifest = (await (await page.request.get(manifestUrl)).json()) as {
    icons?: ManifestIcon[]
    start_url?: string
    display?: string
    lang?: string
  }
  const icons = manifest.icons ?? []
  const maskable = icons.filter((i) => (i.purpose ?? '').split(/\s+/).includes('maskable'))
  expect(maskable.length).toBeGreaterThan(0)
  for (const icon of icons) {
    const response = await page.request.get(new URL(icon.src, manifestUrl).href)
    expect(response.status(), icon.src).toBe(200)
  }
  expect(manifest.display).toMatch(/standalone|fullscreen|minimal-ui/)
  log.assertSameOrigin()
})
