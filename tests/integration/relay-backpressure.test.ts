// Issue #9, finding 4: a socket that never reads must not make the relay buffer without bound.
// Memory is asserted by counting bytes: what the relay queued on the socket (ws bufferedAmount,
// and the relay's own peak gauge) and what it handed to it (bytesOut), never by timing.
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../src/protocol/close-codes.ts'
import type { Conn } from '../../sync-server/room.ts'
import {
  makeRoom,
  provider,
  rawClient,
  readMetrics,
  startTestRelay,
  type TestRelay,
} from '../support/relay.ts'
import { until } from '../support/until.ts'
import { syncFrame } from '../support/update-forge.ts'

/** A state vector naming a client the room has never seen: the reply is the whole room, uncached. */
const distinctStateVector = (i: number) => Y.encodeStateVector(new Map([[1_000_000 + i, 1]]))

/** Pseudo-random bytes (incompressible, deterministic). */
function noise(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n)
  let x = seed | 1
  for (let i = 0; i < n; i++) {
    x ^= x << 13
    x ^= x >>> 17
    x ^= x << 5
    out[i] = x & 255
  }
  return out
}

const serverConn = (relay: TestRelay, tokenId: string): Conn | undefined =>
  [...relay.relay.hub.conns].find((c) => c.tokenId === tokenId)

describe('relay backpressure (issue #9 finding 4)', () => {
  let relay: TestRelay
  const cleanups: (() => void)[] = []
  afterEach(async () => {
    for (const c of cleanups.splice(0)) c()
    await relay?.stop()
  })

  it('a never-reading socket asking distinct sync replies stays under the queue bound and is closed as a slow consumer', async () => {
    const bound = 1024 * 1024
    relay = await startTestRelay({ maxSocketBufferBytes: bound })
    const room = makeRoom()
    const writer = provider(relay.wsBase, room.roomId, room.token('write'))
    cleanups.push(writer.destroy)
    await writer.synced()
    for (let i = 0; i < 8; i++) writer.entries.push([noise(64 * 1024, i + 1)])
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count >= 1)
    await until(() => (relay.relay.hub.rooms.get(room.roomId)?.stats.bytes ?? 0) >= 8 * 64 * 1024)
    const replySize = 8 * 64 * 1024
    // An honest pair in another room keeps syncing throughout.
    const other = makeRoom()
    const a = provider(relay.wsBase, other.roomId, other.token('write'))
    const b = provider(relay.wsBase, other.roomId, other.token('read'))
    cleanups.push(a.destroy, b.destroy)
    await Promise.all([a.synced(), b.synced()])

    const tokenId = 'a'.repeat(32)
    const attacker = rawClient(relay.wsBase, room.roomId, room.token('read', { tokenId }))
    await attacker.opened
    attacker.ws.pause() // never reads: the relay's writes pile up
    await until(() => serverConn(relay, tokenId)?.opened === true)
    const conn = serverConn(relay, tokenId) as Conn
    const asks = 40
    let sent = 0
    for (let i = 0; i < asks && !conn.closed; i++) {
      const frame = syncFrame(0, distinctStateVector(i))
      attacker.send(frame)
      sent += frame.length
      await until(() => conn.closed || conn.bytesIn >= sent, { timeout: 5000, what: `ask ${i}` })
    }
    // Either the relay gives up on the socket, or it has handed it every reply (today's relay).
    await until(() => conn.closed || conn.bytesOut >= asks * replySize, {
      timeout: 20_000,
      what: 'slow consumer',
    })
    expect(conn.ws.bufferedAmount).toBeLessThanOrEqual(bound)
    expect(relay.relay.metrics.socketQueuedPeak).toBeLessThanOrEqual(bound)
    expect(conn.closed).toBe(true)
    expect(conn.bytesOut).toBeLessThan(asks * replySize)
    a.entries.push([new Uint8Array([1, 2, 3])])
    await until(() => b.entries.length === 1)
    expect([...a.closes, ...b.closes]).toEqual([])
    attacker.ws.resume()
    expect((await attacker.closed).code).toBe(CloseCode['slow-consumer'])
    expect(await readMetrics(relay)).toMatch(/livret_messages_refused_total\{reason="slow-consumer"\} 1/)
  })

  it('a never-reading socket in a busy room is closed once its queue passes the bound; the writer is not', async () => {
    const bound = 512 * 1024
    relay = await startTestRelay({ maxSocketBufferBytes: bound })
    const room = makeRoom()
    const writer = provider(relay.wsBase, room.roomId, room.token('write'))
    cleanups.push(writer.destroy)
    await writer.synced()
    const tokenId = 'b'.repeat(32)
    const sleeper = rawClient(relay.wsBase, room.roomId, room.token('read', { tokenId }))
    await sleeper.opened
    await until(() => sleeper.frames.length > 0)
    sleeper.ws.pause()
    const conn = serverConn(relay, tokenId) as Conn
    const reader = provider(relay.wsBase, room.roomId, room.token('read'))
    cleanups.push(reader.destroy)
    await reader.synced()
    const pushes = 120
    for (let i = 0; i < pushes; i++) {
      writer.entries.push([noise(64 * 1024, 100 + i)])
      await until(() => reader.entries.length === i + 1, { timeout: 10_000, what: `entry ${i}` })
      if (conn.closed) break
    }
    expect(conn.ws.bufferedAmount).toBeLessThanOrEqual(bound)
    expect(relay.relay.metrics.socketQueuedPeak).toBeLessThanOrEqual(bound)
    expect(conn.closed).toBe(true)
    expect([...writer.closes, ...reader.closes]).toEqual([])
  })

  it('keeps at most one sync reply pending per socket: asks made while one is unread are coalesced', async () => {
    relay = await startTestRelay({ maxSocketBufferBytes: 64 * 1024 * 1024 })
    const room = makeRoom()
    const writer = provider(relay.wsBase, room.roomId, room.token('write'))
    cleanups.push(writer.destroy)
    await writer.synced()
    for (let i = 0; i < 32; i++) writer.entries.push([noise(256 * 1024, 500 + i)])
    await until(() => (relay.relay.hub.rooms.get(room.roomId)?.stats.bytes ?? 0) >= 32 * 256 * 1024)
    const replySize = 32 * 256 * 1024
    const tokenId = 'c'.repeat(32)
    const attacker = rawClient(relay.wsBase, room.roomId, room.token('read', { tokenId }))
    await attacker.opened
    attacker.ws.pause()
    await until(() => serverConn(relay, tokenId)?.opened === true)
    const conn = serverConn(relay, tokenId) as Conn
    attacker.send(syncFrame(0, distinctStateVector(0)))
    await until(() => conn.closed || conn.bytesOut >= replySize, { timeout: 5000, what: 'first reply' })
    for (let i = 1; i < 6; i++) attacker.send(syncFrame(0, distinctStateVector(i)))
    // An 8 MiB reply does not fit the kernel's buffers of a socket nobody reads: the asks that
    // follow it wait for it, and each replaces the previous one.
    await until(async () => /livret_sync_replies_coalesced_total 5/.test(await readMetrics(relay)), {
      timeout: 5000,
    })
    expect(conn.bytesOut).toBeLessThan(2 * replySize)
    attacker.ws.resume()
    // Once read, exactly one more reply (the last ask's) goes out.
    await until(() => attacker.frames.length >= 3, { timeout: 10_000, what: 'coalesced reply' })
    expect(conn.bytesOut).toBeLessThan(3 * replySize)
    attacker.ws.close()
  })

  it('caps uncached replies unread at once per room; a socket that leaves frees its turn', async () => {
    relay = await startTestRelay({ maxUncachedRepliesPerRoom: 1 })
    const room = makeRoom()
    const writer = provider(relay.wsBase, room.roomId, room.token('write'))
    cleanups.push(writer.destroy)
    await writer.synced()
    for (let i = 0; i < 32; i++) writer.entries.push([noise(256 * 1024, 900 + i)])
    await until(() => (relay.relay.hub.rooms.get(room.roomId)?.stats.bytes ?? 0) >= 32 * 256 * 1024)
    const replySize = 32 * 256 * 1024
    const [first, second] = ['d', 'e'].map((c) => {
      const tokenId = c.repeat(32)
      return { tokenId, client: rawClient(relay.wsBase, room.roomId, room.token('read', { tokenId })) }
    }) as [
      { tokenId: string; client: ReturnType<typeof rawClient> },
      { tokenId: string; client: ReturnType<typeof rawClient> },
    ]
    for (const s of [first, second]) {
      await s.client.opened
      s.client.ws.pause()
      await until(() => serverConn(relay, s.tokenId)?.opened === true)
    }
    const firstConn = serverConn(relay, first.tokenId) as Conn
    const secondConn = serverConn(relay, second.tokenId) as Conn
    first.client.send(syncFrame(0, distinctStateVector(1)))
    await until(() => firstConn.bytesOut >= replySize, { timeout: 5000, what: 'first reply' })
    const before = secondConn.bytesOut
    second.client.send(syncFrame(0, distinctStateVector(2)))
    await until(() => relay.relay.metrics.syncRepliesDeferred === 1, {
      timeout: 5000,
      what: 'second deferred',
    })
    expect(secondConn.bytesOut).toBe(before)
    first.client.ws.terminate()
    await until(() => secondConn.bytesOut >= before + replySize, {
      timeout: 5000,
      what: 'second reply after the first left',
    })
    second.client.ws.terminate()
  })
})
