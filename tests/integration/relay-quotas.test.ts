// Issue #9, finding 5: HTTP statements are rate limited per IP (429 + Retry-After), signature
// work per IP is budgeted, revocation lists are stored incrementally with a cap per room, and a
// client IP may create only so many rooms and store only so many bytes per period. Disk written
// is measured by bytes written by this process (/proc/self/io wchar), never by timing.
import { readFileSync } from 'node:fs'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../src/protocol/close-codes.ts'
import { toHex } from '../../src/protocol/ids.ts'
import { makeRoom, post, rawClient, readMetrics, startTestRelay, type TestRelay } from '../support/relay.ts'
import { until } from '../support/until.ts'
import { syncFrame } from '../support/update-forge.ts'

function entryUpdate(content: Uint8Array, doc = new Y.Doc()): Uint8Array {
  const before = Y.encodeStateVector(doc)
  doc.getArray<Uint8Array>('entries').push([content])
  return Y.encodeStateAsUpdate(doc, before)
}

const writtenBytes = () => Number(/wchar: (\d+)/.exec(readFileSync('/proc/self/io', 'utf8'))?.[1] ?? 0)

const tokenIds = (n: number) =>
  Array.from({ length: n }, () => toHex(crypto.getRandomValues(new Uint8Array(16))))

describe('relay quotas (issue #9 finding 5)', () => {
  let relay: TestRelay
  afterEach(async () => {
    await relay?.stop()
  })

  it('answers a flood of wrongly signed statements with 429 and Retry-After once the IP bucket is empty', async () => {
    // Refill almost nil: the outcome does not depend on how fast the machine answers.
    relay = await startTestRelay({ httpRequestsPerSecond: 0.001, httpRequestBurst: 5 })
    const room = makeRoom()
    const forged = makeRoom()
    const statuses: number[] = []
    let retryAfter: string | null = null
    for (let i = 0; i < 20; i++) {
      const body = forged.statement({ type: 'delete' })
      const res = await fetch(`${relay.relay.url}/rooms/${room.roomId}/delete`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...body, payload: room.statement({ type: 'delete' }).payload }),
      })
      statuses.push(res.status)
      if (res.status === 429) retryAfter ??= res.headers.get('retry-after')
      await res.arrayBuffer()
    }
    expect(statuses.slice(0, 5)).toEqual([403, 403, 403, 403, 403])
    expect(statuses.slice(5)).toEqual(Array(15).fill(429))
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1)
    expect(await readMetrics(relay)).toMatch(/livret_http_refused_total\{reason="rate-limited"\} \d+/)
  })

  it('budgets signature verifications per IP: sockets past the budget are closed before verifying', async () => {
    relay = await startTestRelay({ signatureVerifiesPerSecond: 0.001, signatureVerifyBurst: 4 })
    const room = makeRoom()
    const codes: number[] = []
    for (let i = 0; i < 8; i++) {
      const c = rawClient(
        relay.wsBase,
        room.roomId,
        room.token('read', { tokenId: `${i}`.padStart(32, '0') }),
      )
      const first = await Promise.race([
        c.closed.then((x) => x.code),
        until(() => c.frames.length > 0).then(() => 0),
      ])
      codes.push(first)
      c.ws.close()
    }
    expect(codes.slice(0, 4)).toEqual([0, 0, 0, 0])
    expect(codes.slice(4).every((code) => code === CloseCode['rate-limited'])).toBe(true)
    expect(await readMetrics(relay)).toMatch(/livret_quota_refused_total\{quota="signature-verifies"\} [1-9]/)
  })

  it('stores revocations incrementally: bytes written per revoke do not grow with the list', async () => {
    relay = await startTestRelay({ maxRevokedTokensPerRoom: 100_000, httpRequestBurst: 1000 })
    const room = makeRoom()
    const perRevoke: number[] = []
    for (let i = 0; i < 60; i++) {
      const body = room.statement({ type: 'revoke', tokenIds: tokenIds(250) })
      const before = writtenBytes()
      const res = await post(relay, room.roomId, 'revoke', body)
      expect(res.status).toBe(200)
      perRevoke.push(writtenBytes() - before)
    }
    const meta = await relay.relay.hub.ctx.storage.getMeta(room.roomId)
    expect(meta.revokedTokenIds.length).toBe(60 * 250)
    // Medians: a WAL checkpoint landing inside one revoke is a spike, not growth.
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0
    // A whole-list rewrite writes ~10x more for the last revokes than for the first ones.
    expect(median(perRevoke.slice(-10))).toBeLessThan(3 * median(perRevoke.slice(0, 10)) + 64 * 1024)
  })

  it('caps a room revocation list: past it, 413 revocation-list-full; "issued before T" still works', async () => {
    relay = await startTestRelay({ maxRevokedTokensPerRoom: 500 })
    const room = makeRoom()
    expect(
      (await post(relay, room.roomId, 'revoke', room.statement({ type: 'revoke', tokenIds: tokenIds(250) })))
        .status,
    ).toBe(200)
    expect(
      (await post(relay, room.roomId, 'revoke', room.statement({ type: 'revoke', tokenIds: tokenIds(250) })))
        .status,
    ).toBe(200)
    const full = await post(
      relay,
      room.roomId,
      'revoke',
      room.statement({ type: 'revoke', tokenIds: tokenIds(1) }),
    )
    expect(full.status).toBe(413)
    expect(full.json.code).toBe('revocation-list-full')
    expect((await relay.relay.hub.ctx.storage.getMeta(room.roomId)).revokedTokenIds.length).toBe(500)
    const now = Math.floor(Date.now() / 1000)
    const before = await post(relay, room.roomId, 'revoke', room.statement({ type: 'revoke', before: now }))
    expect(before.status).toBe(200)
    const old = rawClient(relay.wsBase, room.roomId, room.token('read', { issuedAt: now - 10 }))
    expect((await old.closed).code).toBe(CloseCode['token-revoked'])
    expect(await readMetrics(relay)).toMatch(/livret_http_refused_total\{reason="revocation-list-full"\} 1/)
  })

  it('limits rooms created per IP per minute (quota-exceeded); nothing is stored for refused rooms', async () => {
    relay = await startTestRelay({ roomsCreatedPerMinute: 3 })
    const codes: number[] = []
    const rooms = Array.from({ length: 5 }, () => makeRoom())
    for (const room of rooms) {
      const c = rawClient(relay.wsBase, room.roomId, room.token('write'))
      await c.opened
      c.send(syncFrame(2, entryUpdate(new Uint8Array([1, 2, 3]))))
      const stored = async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1
      const code = await Promise.race([
        c.closed.then((x) => x.code),
        until(stored, { timeout: 5000 }).then(() => 0),
      ])
      codes.push(code)
      c.ws.close()
    }
    expect(codes).toEqual([0, 0, 0, CloseCode['quota-exceeded'], CloseCode['quota-exceeded']])
    for (const room of rooms.slice(3))
      expect((await relay.relay.hub.ctx.storage.logStats(room.roomId)).count).toBe(0)
    expect(await readMetrics(relay)).toMatch(/livret_quota_refused_total\{quota="rooms-created"\} 2/)
  })

  it('limits bytes stored per IP per hour (quota-exceeded)', async () => {
    relay = await startTestRelay({ bytesStoredPerHour: 100_000 })
    const room = makeRoom()
    const c = rawClient(relay.wsBase, room.roomId, room.token('write'))
    await c.opened
    const doc = new Y.Doc()
    const stored = (n: number) => async () =>
      (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === n
    c.send(syncFrame(2, entryUpdate(new Uint8Array(40_000), doc)))
    await until(stored(1))
    c.send(syncFrame(2, entryUpdate(new Uint8Array(40_000), doc)))
    await until(stored(2))
    c.send(syncFrame(2, entryUpdate(new Uint8Array(40_000), doc)))
    expect((await c.closed).code).toBe(CloseCode['quota-exceeded'])
    expect((await relay.relay.hub.ctx.storage.logStats(room.roomId)).count).toBe(2)
    expect(await readMetrics(relay)).toMatch(/livret_quota_refused_total\{quota="bytes-stored"\} 1/)
  })
})
