// Status lists published through the real relay (docs/protocol.md "Status lists"): publish and fetch,
// an old version replayed refused with nothing changed, a list signed by another key refused, the
// size cap and the per-IP rate limit.
import { describe, expect, it } from 'vitest'
import {
  allocateStatus,
  newStatusList,
  signStatusList,
  verifyStatusList,
  withdraw,
} from '../../src/credential/status-list.ts'
import { generateTrainerKeys, keyInfo } from '../../src/credential/trainer-keys.ts'
import { relayPerTest } from '../support/relay-fixture.ts'

const send = async (url: string, body: unknown, method = 'PUT') => {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  })
  return {
    status: res.status,
    json: (await res.json()) as { ok: boolean; code?: string; validFrom?: string },
  }
}

/** An issuer with one list on `origin`, one credential allocated in it. */
const issuer = (origin: string) => {
  const keys = generateTrainerKeys()
  const did = keyInfo(keys.publicKey).did
  const allocated = allocateStatus(newStatusList(origin, did, 'list-0123456789'))
  if (!allocated) throw new Error('full')
  return { keys, did, entry: allocated.entry, state: allocated.state }
}

describe('relay status lists', () => {
  const relays = relayPerTest()

  it('publishes, serves to anyone, and refuses an old version replayed without changing anything', async () => {
    const relay = await relays.start()
    const a = issuer(relay.relay.url)
    const v1 = await signStatusList(a.state, a.keys, new Date('2026-01-01T10:00:00Z'))
    expect(await send(a.state.url, v1.credential)).toEqual({
      status: 200,
      json: { ok: true, validFrom: '2026-01-01T10:00:00Z' },
    })
    const withdrawn = withdraw(v1.state, a.entry)
    const v2 = await signStatusList(withdrawn, a.keys, new Date('2026-01-02T10:00:00Z'))
    expect((await send(a.state.url, v2.credential, 'POST')).status).toBe(200)

    const fetched = await fetch(a.state.url)
    expect(fetched.status).toBe(200)
    expect(fetched.headers.get('access-control-allow-origin')).toBe('*')
    const served = await verifyStatusList(await fetched.json())
    expect(served.ok && served.value.validFrom).toBe('2026-01-02T10:00:00Z')

    // The old version (a genuine signature by the same key) is refused; the newer one stays.
    expect(await send(a.state.url, v1.credential)).toEqual({
      status: 409,
      json: { ok: false, code: 'status-list-not-newer' },
    })
    expect(await send(a.state.url, v2.credential)).toEqual({
      status: 409,
      json: { ok: false, code: 'status-list-not-newer' },
    })
    const after = await verifyStatusList(await (await fetch(a.state.url)).json())
    expect(after.ok && after.value.validFrom).toBe('2026-01-02T10:00:00Z')

    expect((await fetch(`${relay.relay.url}/status/${a.did.slice(8)}/list-unknown1`)).status).toBe(404)
  })

  it('refuses a list signed by another key, at another path or tampered with', async () => {
    const relay = await relays.start()
    const a = issuer(relay.relay.url)
    const b = issuer(relay.relay.url)
    const byB = await signStatusList(b.state, b.keys)
    // B's genuine list sent to A's URL: the key in the URL is not the list's issuer.
    expect(await send(a.state.url, byB.credential)).toEqual({
      status: 403,
      json: { ok: false, code: 'status-list-wrong-url' },
    })
    // A list naming A's URL but signed by B: its issuer is not the key in its URL.
    const forged = await signStatusList({ ...b.state, url: a.state.url }, b.keys)
    expect((await send(a.state.url, forged.credential)).json.code).toBe('status-list-wrong-url')
    // A's list with a bit flipped after signing.
    const signed = await signStatusList(a.state, a.keys)
    const subject = signed.credential.credentialSubject as Record<string, unknown>
    const tampered = {
      ...signed.credential,
      credentialSubject: { ...subject, encodedList: 'uH4sIAAAAAAAAA' },
    }
    expect((await send(a.state.url, tampered)).status).toBeGreaterThanOrEqual(400)
    expect((await send(a.state.url, '{not json')).json.code).toBe('status-list-malformed')
    expect((await fetch(a.state.url)).status).toBe(404)
    expect((await send(`${relay.relay.url}/status/nope/x`, signed.credential)).json.code).toBe(
      'status-list-invalid-path',
    )
  })

  it('refuses a list over the size cap before reading it', async () => {
    const relay = await relays.start({ maxStatusListBytes: 2000 })
    const a = issuer(relay.relay.url)
    const signed = await signStatusList(a.state, a.keys)
    const padded = { ...signed.credential, description: 'x'.repeat(3000) }
    expect(await send(a.state.url, padded)).toEqual({
      status: 413,
      json: { ok: false, code: 'status-list-too-large' },
    })
    expect((await fetch(a.state.url)).status).toBe(404)
  })

  it('charges every request to the per-IP HTTP bucket', async () => {
    const relay = await relays.start({ httpRequestsPerSecond: 0.001, httpRequestBurst: 3 })
    const a = issuer(relay.relay.url)
    const codes: number[] = []
    for (let i = 0; i < 5; i++) codes.push((await fetch(a.state.url)).status)
    expect(codes).toEqual([404, 404, 404, 429, 429])
    const refused = await fetch(a.state.url)
    expect(refused.headers.get('retry-after')).not.toBeNull()
    expect(await refused.json()).toEqual({ ok: false, code: 'rate-limited' })
  })
})
