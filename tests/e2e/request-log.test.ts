// The request log behind every "no request leaves the origin" check really sees everything:
// the service worker's precache fetches as well as the page's, and it flags a request to
// another origin (another loopback port here: the machine has no outside network). It also
// checks that the app's content security policy blocks a script's request to another origin.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { isLocalUrl, trackRequests } from '../support/browser.ts'
import { e2eApp } from '../support/e2e.ts'
import { openApp, waitForServiceWorkerControl } from './helpers/app.ts'

const app = e2eApp()
let other: Server
let otherOrigin: string

beforeAll(async () => {
  other = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('ok'))
  await new Promise<void>((done) => other.listen(0, '127.0.0.1', done))
  otherOrigin = `http://127.0.0.1:${(other.address() as AddressInfo).port}`
})

afterAll(async () => {
  other?.closeAllConnections()
  await new Promise((done) => other?.close(done))
})

test('isLocalUrl accepts the origin, data: and blob:, and refuses any other origin', () => {
  const origin = 'http://127.0.0.1:4000'
  expect(isLocalUrl('http://127.0.0.1:4000/assets/a.js', origin)).toBe(true)
  expect(isLocalUrl('ws://127.0.0.1:4000/sync/room', origin)).toBe(true)
  expect(isLocalUrl('data:image/png;base64,AAAA', origin)).toBe(true)
  expect(isLocalUrl('blob:http://127.0.0.1:4000/1234', origin)).toBe(true)
  expect(isLocalUrl('http://127.0.0.1:4001/', origin)).toBe(false)
  expect(isLocalUrl('http://localhost:4000/', origin)).toBe(false)
  expect(isLocalUrl('https://fonts.googleapis.com/css', origin)).toBe(false)
})

test("the log holds the service worker's precache requests and flags a request to another origin", async () => {
  const context = await app.newContext()
  const log = trackRequests(context, app.server.origin)
  const page = await context.newPage()
  await openApp(page, app.server.origin, '/')
  await waitForServiceWorkerControl(page)
  // The glossary screen was never opened: only the service worker's precache fetched its chunk.
  expect(log.urls.some((u) => /\/assets\/glossary-[^/]+\.js$/.test(u))).toBe(true)
  expect(log.urls).toContain(`${app.server.origin}/sw.js`)
  log.assertSameOrigin()

  // The app's content security policy already stops a script from reaching another origin…
  const blocked = await page.evaluate(
    (url) =>
      fetch(url).then(
        () => 'reached',
        () => 'blocked',
      ),
    `${otherOrigin}/beacon`,
  )
  expect(blocked).toBe('blocked')
  // …and a request that does go out (a navigation) is caught by the log.
  await page.goto(`${otherOrigin}/tracker.gif`)
  expect(log.foreign()).toEqual([`${otherOrigin}/tracker.gif`])
  expect(() => log.assertSameOrigin()).toThrow(/tracker\.gif/)
  await context.close()
})
