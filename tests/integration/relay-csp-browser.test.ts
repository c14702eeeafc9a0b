// Issue #9, finding 6, in a real browser: the app's CSP (connect-src 'self') still lets a page
// reach the relay's own WebSocket endpoint, and stops it from reaching any other host.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Relay, startRelay } from '../../sync-server/server.ts'
import { launchBrowser } from '../support/browser.ts'

const PROBE = `
window.probe = { self: null, other: null, violations: [] }
document.addEventListener('securitypolicyviolation', (e) => window.probe.violations.push(e.blockedURI))
const own = new WebSocket(location.origin.replace(/^http/, 'ws') + '/sync/x?token=y')
own.onclose = (e) => { window.probe.self = e.code }
try {
  const other = new WebSocket(new URLSearchParams(location.search).get('other'))
  other.onclose = (e) => { window.probe.other = e.code }
} catch (e) {
  window.probe.other = 'blocked'
}
`

let dir: string
let relay: Relay
let elsewhere: Relay
let browser: Browser

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'livret-csp-'))
  mkdirSync(join(dir, 'dist'))
  writeFileSync(
    join(dir, 'dist', 'index.html'),
    '<!doctype html><title>probe</title><script src="/probe.js"></script>',
  )
  writeFileSync(join(dir, 'dist', 'probe.js'), PROBE)
  const options = { port: 0, host: '127.0.0.1', distDir: join(dir, 'dist'), logLevel: 'silent' }
  relay = await startRelay({ ...options, dataDir: join(dir, 'a') })
  elsewhere = await startRelay({ ...options, dataDir: join(dir, 'b') })
  browser = await launchBrowser()
})

afterAll(async () => {
  await browser?.close()
  await relay?.close()
  await elsewhere?.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('CSP connect-src in Chromium', () => {
  it("reaches the relay's own ws endpoint; another host is blocked", async () => {
    const page = await browser.newPage()
    const other = `ws://localhost:${elsewhere.port}/sync/x?token=y`
    await page.goto(`${relay.url}/?other=${encodeURIComponent(other)}`)
    // A blocked connection reports a policy violation (Chromium fires no close event for it).
    await page.waitForFunction(() => {
      const p = (window as unknown as { probe?: { self: unknown; violations: string[] } }).probe
      return p && p.self !== null && p.violations.length > 0
    })
    const probe = (await page.evaluate(() => (window as unknown as { probe: unknown }).probe)) as {
      self: number
      other: number | string
      violations: string[]
    }
    // 4401: the relay accepted the upgrade and refused the token — the connection was made.
    expect(probe.self).toBe(4401)
    expect(probe.other).not.toBe(4401) // never reached the other relay
    expect(probe.violations.join(' ')).toContain(`localhost:${elsewhere.port}`)
    await page.close()
  })
})
