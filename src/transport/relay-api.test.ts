import { afterEach, describe, expect, it, vi } from 'vitest'
import { readAccessLog } from './relay-api.ts'
import { createRoom } from './room-keys.ts'

const entry = { tokenId: 'abc', role: 'read', event: 'open', at: 1_800_000_000, bytesIn: 12, bytesOut: 3400 }

/** Makes fetch answer `body` as JSON, and remembers the URL asked. */
function answer(body: unknown): { url: () => string } {
  let asked = ''
  vi.stubGlobal('fetch', async (url: string) => {
    asked = url
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
  })
  return { url: () => asked }
}

describe('readAccessLog: the relay answer is checked before the app reads it', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })
  const roomId = createRoom().roomId

  it('gives the entries of a well-formed log, without fields the schema does not know', async () => {
    const fetched = answer({
      ok: true,
      log: [
        { ...entry, extra: 'x' },
        { ...entry, event: 'close' },
      ],
    })
    const r = await readAccessLog('http://relay.test/', roomId, 'tok en')
    expect(r).toEqual({ ok: true, value: [entry, { ...entry, event: 'close' }] })
    expect(fetched.url()).toBe(`http://relay.test/rooms/${roomId}/log?token=tok%20en`)
  })

  it.each([
    ['a log that is not a list', { ok: true, log: 'nothing' }],
    ['an unknown role', { ok: true, log: [{ ...entry, role: 'admin' }] }],
    ['an unknown event', { ok: true, log: [{ ...entry, event: 'read-everything' }] }],
    ['a negative byte count', { ok: true, log: [{ ...entry, bytesIn: -1 }] }],
    ['a date that is not a number', { ok: true, log: [{ ...entry, at: '2027-01-01' }] }],
    ['too many entries', { ok: true, log: Array.from({ length: 1001 }, () => entry) }],
  ])('refuses %s as an answer from no relay', async (_, body) => {
    answer(body)
    expect(await readAccessLog('http://relay.test', roomId, 't')).toEqual({
      ok: false,
      code: 'relay-unreachable',
    })
  })

  it("passes the relay's refusal code on", async () => {
    answer({ ok: false, code: 'token-revoked' })
    expect(await readAccessLog('http://relay.test', roomId, 't')).toEqual({
      ok: false,
      code: 'token-revoked',
    })
  })
})
