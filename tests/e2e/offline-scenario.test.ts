// Scenario 1 of DOMAIN.md in real Chromium: a job seeker with no data left records a
// volunteering experience and the savoir-être it built (picked from the suggested list and
// linked to it), offline; it is still there after a reload and after a restart of the browser.
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { type AppServer, startAppServer } from '../support/app-server.ts'
import { launchPersistent, type RequestLog, trackRequests } from '../support/browser.ts'
import { mainHeading, openApp, waitForApp, waitForServiceWorkerControl } from './helpers/app.ts'
import {
  addPickedSavoirEtre,
  addVolunteering,
  expectScenarioData,
  goThroughMenu,
} from './helpers/booklet-steps.ts'

let server: AppServer
let profile: string
let context: BrowserContext | undefined
const logs: RequestLog[] = []

beforeAll(async () => {
  server = await startAppServer()
  profile = await mkdtemp(join(tmpdir(), 'livret-e2e-profile-'))
})

afterAll(async () => {
  await context?.close()
  await server?.close()
  if (profile) await rm(profile, { recursive: true, force: true })
})

async function launch(): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await launchPersistent(profile)
  context = ctx
  logs.push(trackRequests(ctx, server.origin))
  return { ctx, page: ctx.pages()[0] ?? (await ctx.newPage()) }
}

describe('scenario 1: offline on a phone with no data left', () => {
  test('records a volunteering experience and its savoir-être offline, keeps them across reload and restart', async () => {
    const { ctx, page } = await launch()
    await openApp(page, server.origin)
    await waitForServiceWorkerControl(page)
    await ctx.setOffline(true)

    await goThroughMenu(page, 'Expériences')
    await addVolunteering(page)
    await goThroughMenu(page, 'Compétences')
    await addPickedSavoirEtre(page)

    // Reload with the network cut: the shell comes from the service worker's cache.
    const reloaded = await page.reload()
    expect(reloaded?.fromServiceWorker()).toBe(true)
    await waitForApp(page)
    expect(page.url()).toBe(`${server.origin}/competences`)
    await expectScenarioData(page, server.origin)

    // Restart: close the browser, start it again on the same profile, still offline.
    await ctx.close()
    const restarted = await launch()
    await restarted.ctx.setOffline(true)
    await openApp(restarted.page, server.origin, '/competences')
    await expectScenarioData(restarted.page, server.origin)

    for (const log of logs) log.assertSameOrigin()
  })

  test('a deep link opens offline once the app was visited', async () => {
    const { ctx, page } = context
      ? { ctx: context, page: context.pages()[0] ?? (await context.newPage()) }
      : await launch()
    await ctx.setOffline(true)
    await page.goto(`${server.origin}/glossaire`)
    await waitForApp(page)
    await expect.poll(() => mainHeading(page)).toBe('Mots et sigles')
    await page.goto(`${server.origin}/competences`)
    await waitForApp(page)
    await expect.poll(() => mainHeading(page)).toBe('Mes compétences')
    for (const log of logs) log.assertSameOrigin()
  })
})
