// Issue #9, finding 6: honest health and headers. /healthz says the process lives; /readyz says
// it can serve (storage reachable, not shutting down) — Redis down ⇒ 503; /metrics is not
// public; every answer carries nosniff; the CSP reaches only the relay's own origin; HSTS and
// COOP when the relay is configured as served over TLS.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { type Relay, type RelayOptions, startRelay } from '../../sync-server/server.ts'
import { openRedisStorage } from '../../sync-server/storage/redis.ts'
import { startRedis, type TestRedis } from '../support/redis.ts'
import { makeRoom } from '../support/relay.ts'
import { until } from '../support/until.ts'

const dirs: string[] = []
const relays: Relay[] = []
let redis: TestRedis | undefined

async function relayWith(options: Partial<RelayOptions> = {}): Promise<Relay> {
  const dir = mkdtempSync(join(tmpdir(), 'livret-health-'))
  dirs.push(dir)
  const relay = await startRelay({
    port: 0,
    host: '127.0.0.1',
    dataDir: join(dir, 'data'),
    distDir: join(dir, 'no-dist'),
    logLevel: 'silent',
    ...options,
  })
  relays.push(relay)
  return relay
}

afterEach(async () => {
  for (const r of relays.splice(0)) await r.close()
  await redis?.stop()
  redis = undefined
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('relay health and headers (issue #9 finding 6)', () => {
  it('/readyz is 200 when storage answers, 503 while Redis is down, while /healthz stays 200', async () => {
    redis = await startRedis()
    const storage = await openRedisStorage(redis.url, { prefix: `t${Date.now()}:` })
    const relay = await relayWith({ storage })
    expect((await fetch(`${relay.url}/readyz`)).status).toBe(200)
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200)
    await redis.stop()
    await until(async () => (await fetch(`${relay.url}/readyz`)).status === 503, {
      timeout: 10_000,
      what: 'readyz 503',
    })
    const ready = await fetch(`${relay.url}/readyz`)
    expect(ready.status).toBe(503)
    expect(((await ready.json()) as { code: string }).code).toBe('storage-unreachable')
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200)
  })

  it('/readyz is 503 once the relay is shutting down', async () => {
    const relay = await relayWith()
    expect((await fetch(`${relay.url}/readyz`)).status).toBe(200)
    relay.beginShutdown()
    const res = await fetch(`${relay.url}/readyz`)
    expect(res.status).toBe(503)
    expect(((await res.json()) as { code: string }).code).toBe('shutting-down')
    expect((await fetch(`${relay.url}/healthz`)).status).toBe(200)
  })

  it('/metrics is not public: bearer token when configured, else only on its own listen address', async () => {
    const open = await relayWith()
    expect((await fetch(`${open.url}/metrics`)).status).toBe(404)
    const withToken = await relayWith({ metricsToken: 's3cret' })
    expect((await fetch(`${withToken.url}/metrics`)).status).toBe(401)
    const wrong = await fetch(`${withToken.url}/metrics`, { headers: { authorization: 'Bearer nope' } })
    expect(wrong.status).toBe(401)
    const good = await fetch(`${withToken.url}/metrics`, { headers: { authorization: 'Bearer s3cret' } })
    expect(good.status).toBe(200)
    expect(await good.text()).toMatch(/livret_connections/)
    const separate = await relayWith({ metricsHost: '127.0.0.1', metricsPort: 0 })
    expect((await fetch(`${separate.url}/metrics`)).status).toBe(404)
    const port = separate.metricsPort
    const res = await fetch(`http://127.0.0.1:${port}/metrics`)
    expect(res.status).toBe(200)
    expect(await res.text()).toMatch(/livret_connections/)
  })

  it('every answer carries nosniff: health, statements, status, metrics, errors', async () => {
    const relay = await relayWith({ metricsToken: 't' })
    const room = makeRoom()
    const answers = await Promise.all([
      fetch(`${relay.url}/healthz`),
      fetch(`${relay.url}/readyz`),
      fetch(`${relay.url}/metrics`, { headers: { authorization: 'Bearer t' } }),
      fetch(`${relay.url}/metrics`),
      fetch(`${relay.url}/rooms/${room.roomId}/status?token=x`),
      fetch(`${relay.url}/rooms/${room.roomId}/revoke`, { method: 'POST', body: '{' }),
      fetch(`${relay.url}/rooms/${room.roomId}/revoke`),
      fetch(`${relay.url}/assets/missing.js`),
      fetch(`${relay.url}/`, { method: 'DELETE' }),
    ])
    for (const res of answers) {
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff')
      await res.arrayBuffer()
    }
  })

  it('CSP connect-src names only the relay itself (or the configured relay origin); HSTS and COOP over TLS', async () => {
    const plain = await relayWith()
    const csp = (await fetch(`${plain.url}/assets/x.js`)).headers.get('content-security-policy') ?? ''
    const connect = /connect-src ([^;]*)/.exec(csp)?.[1] ?? ''
    expect(connect.split(' ')).toEqual(["'self'"])
    const plainHeaders = (await fetch(`${plain.url}/healthz`)).headers
    expect(plainHeaders.get('strict-transport-security')).toBeNull()
    const tls = await relayWith({ servedOverTls: true, relayOrigin: 'https://relay.example.org' })
    const res = await fetch(`${tls.url}/assets/x.js`)
    const tlsConnect = /connect-src ([^;]*)/.exec(res.headers.get('content-security-policy') ?? '')?.[1] ?? ''
    expect(tlsConnect.split(' ').sort()).toEqual(
      ["'self'", 'https://relay.example.org', 'wss://relay.example.org'].sort(),
    )
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/)
    expect(res.headers.get('cross-origin-opener-policy')).toBe('same-origin')
    expect((await fetch(`${tls.url}/healthz`)).headers.get('strict-transport-security')).toMatch(/max-age/)
  })
})
