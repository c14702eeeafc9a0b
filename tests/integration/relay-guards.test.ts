// Hostile clients against the real relay: malformed frames of every kind close only the
// offending socket with a named code while other rooms keep working; oversized frames, the
// rate limit, connection limits, the room size limit, the pending-structure limit; idle rooms
// leave memory; /metrics counts it all.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../src/protocol/close-codes.ts'
import { makeRoom, provider, rawClient, readMetrics, type TestRelay } from '../support/relay.ts'
import { relayPerTest } from '../support/relay-fixture.ts'
import { until } from '../support/until.ts'
import { syncFrame } from '../support/update-forge.ts'

const bytes = (s: string) => new TextEncoder().encode(s)

function entryUpdate(content: Uint8Array, doc = new Y.Doc()): Uint8Array {
  doc.getArray<Uint8Array>('entries').push([content])
  return Y.encodeStateAsUpdate(doc)
}

describe('relay guards', () => {
  const relays = relayPerTest()
  let relay: TestRelay
  const cleanups = relays.cleanups

  it('malformed frames close only the offending socket (4400); other rooms keep working', async () => {
    relay = await relays.start()
    const bystanderRoom = makeRoom()
    const a = provider(relay.wsBase, bystanderRoom.roomId, bystanderRoom.token('write'))
    const b = provider(relay.wsBase, bystanderRoom.roomId, bystanderRoom.token('write'))
    cleanups.push(a.destroy, b.destroy)
    await Promise.all([a.synced(), b.synced()])
    const room = makeRoom()
    const neighbour = rawClient(relay.wsBase, room.roomId, room.token('write'))
    await neighbour.opened
    const bad: [string, Uint8Array][] = [
      ['random bytes', Uint8Array.from({ length: 64 }, (_, i) => (i * 97 + 13) & 255)],
      ['truncated varint', new Uint8Array([0x80])],
      ['absurd length', new Uint8Array([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1, 2, 3])],
      ['unknown message type', new Uint8Array([9, 0, 0])],
      ['unknown sync type', new Uint8Array([0, 7, 0])],
      ['invalid update', syncFrame(2, new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))],
      ['invalid state vector', syncFrame(0, new Uint8Array([5, 1]))],
      ['trailing bytes', new Uint8Array([...syncFrame(0, new Uint8Array([0])), 1])],
      ['empty frame', new Uint8Array()],
    ]
    for (const [what, frame] of bad) {
      const c = rawClient(relay.wsBase, room.roomId, room.token('write'))
      await c.opened
      c.send(frame)
      const closed = await c.closed
      expect(closed.code, what).toBe(CloseCode['malformed-frame'])
      expect(closed.reason).toBe('malformed-frame')
    }
    const text = rawClient(relay.wsBase, room.roomId, room.token('write'))
    await text.opened
    text.ws.send('hello')
    expect((await text.closed).code).toBe(CloseCode['malformed-frame'])
    expect(neighbour.ws.readyState).toBe(1)
    a.entries.push([bytes('still working')])
    await until(() => b.entries.length === 1)
    const metrics = await readMetrics(relay)
    expect(metrics).toMatch(/livret_messages_refused_total\{reason="malformed-frame"\} 10/)
    expect(metrics).toMatch(/livret_connections \d+/)
    expect(metrics).toMatch(/livret_storage_latency_seconds_count \d+/)
    neighbour.ws.close()
  })

  it('an oversized frame closes the socket with 4413', async () => {
    relay = await relays.start({ maxFrameBytes: 1024 })
    const room = makeRoom()
    const c = rawClient(relay.wsBase, room.roomId, room.token('write'))
    await c.opened
    c.send(syncFrame(2, entryUpdate(new Uint8Array(2000))))
    expect((await c.closed).code).toBe(CloseCode['frame-too-large'])
    const ok = rawClient(relay.wsBase, room.roomId, room.token('write'))
    await ok.opened
    ok.send(syncFrame(2, entryUpdate(new Uint8Array(100))))
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1)
    ok.ws.close()
  })

  it('a flooding socket is closed with 4429', async () => {
    relay = await relays.start({ messagesPerSecond: 10, messageBurst: 20 })
    const room = makeRoom()
    const c = rawClient(relay.wsBase, room.roomId, room.token('read'))
    await c.opened
    const step1 = syncFrame(0, Y.encodeStateVector(new Y.Doc()))
    for (let i = 0; i < 100; i++) c.send(step1)
    expect((await c.closed).code).toBe(CloseCode['rate-limited'])
  })

  it('limits sockets per IP and per room (4503)', async () => {
    relay = await relays.start({ maxConnectionsPerIp: 3, maxConnectionsPerRoom: 2 })
    const room = makeRoom()
    const first = [0, 1].map(() => rawClient(relay.wsBase, room.roomId, room.token('read')))
    await Promise.all(first.map((c) => c.opened))
    await until(() => first.every((c) => c.frames.length > 0))
    const third = rawClient(relay.wsBase, room.roomId, room.token('read'))
    expect((await third.closed).code).toBe(CloseCode['room-busy'])
    const other = makeRoom()
    const inOther = rawClient(relay.wsBase, other.roomId, other.token('read'))
    await inOther.opened
    await until(() => inOther.frames.length > 0)
    const fourth = rawClient(relay.wsBase, other.roomId, other.token('read'))
    expect((await fourth.closed).code).toBe(CloseCode['room-busy'])
    for (const c of [...first, inOther]) c.ws.close()
  })

  it('refuses updates past the room size limit (4507)', async () => {
    relay = await relays.start({ maxRoomBytes: 4000, compactAfterBytes: 1_000_000 })
    const room = makeRoom()
    const c = rawClient(relay.wsBase, room.roomId, room.token('write'))
    await c.opened
    const doc = new Y.Doc()
    c.send(syncFrame(2, entryUpdate(new Uint8Array(3000), doc)))
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1)
    const before = Y.encodeStateVector(doc)
    doc.getArray<Uint8Array>('entries').push([new Uint8Array(3000)])
    c.send(syncFrame(2, Y.encodeStateAsUpdate(doc, before)))
    expect((await c.closed).code).toBe(CloseCode['room-full'])
    expect((await relay.relay.hub.ctx.storage.logStats(room.roomId)).count).toBe(1)
  })

  it('an update with missing dependencies closes only its socket (4408); nothing stays pending', async () => {
    relay = await relays.start({ maxPendingBytes: 2000 })
    const room = makeRoom()
    const good = rawClient(relay.wsBase, room.roomId, room.token('write'))
    await good.opened
    good.send(syncFrame(2, entryUpdate(bytes('good'))))
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1)
    // An update whose first half is missing: it waits for dependencies that never come.
    const doc = new Y.Doc()
    doc.getArray<Uint8Array>('entries').push([new Uint8Array(10)])
    const sv = Y.encodeStateVector(doc)
    doc.getArray<Uint8Array>('entries').push([new Uint8Array(5000)])
    const orphan = Y.encodeStateAsUpdate(doc, sv)
    const bad = rawClient(relay.wsBase, room.roomId, room.token('write'))
    await bad.opened
    bad.send(syncFrame(2, orphan))
    expect((await bad.closed).code).toBe(CloseCode['pending-overflow'])
    expect(relay.relay.hub.rooms.get(room.roomId)?.pendingBytes()).toBe(0)
    expect((await relay.relay.hub.ctx.storage.logStats(room.roomId)).count).toBe(1)
    // The well-behaved socket of the same room was not disturbed: it still writes.
    good.send(syncFrame(2, entryUpdate(bytes('still here'))))
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 2)
    const fresh = provider(relay.wsBase, room.roomId, room.token('read'))
    cleanups.push(fresh.destroy)
    await fresh.synced()
    await until(() => fresh.entries.length === 2)
    expect(relay.relay.hub.rooms.get(room.roomId)?.pendingBytes()).toBe(0)
  })

  it('evicts idle rooms from memory and destroys their doc', async () => {
    relay = await relays.start({ idleRoomSeconds: 0.5 })
    const room = makeRoom()
    const c = provider(relay.wsBase, room.roomId, room.token('write'))
    await c.synced()
    c.entries.push([bytes('x')])
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1)
    const held = relay.relay.hub.rooms.get(room.roomId)
    expect(held).toBeDefined()
    c.destroy()
    await until(() => !relay.relay.hub.rooms.has(room.roomId), { timeout: 4000, what: 'eviction' })
    expect(held?.gone).toBe(true)
    expect(relay.relay.metrics.roomsInMemory).toBe(0)
    const again = provider(relay.wsBase, room.roomId, room.token('read'))
    cleanups.push(again.destroy)
    await again.synced()
    await until(() => again.entries.length === 1)
  })

  it('never relays awareness', async () => {
    relay = await relays.start()
    const room = makeRoom()
    const a = rawClient(relay.wsBase, room.roomId, room.token('write'))
    const b = rawClient(relay.wsBase, room.roomId, room.token('write'))
    await Promise.all([a.opened, b.opened])
    await until(() => b.frames.length > 0)
    const seen = b.frames.length
    a.send(new Uint8Array([1, 5, 1, 1, 1, 2, 123, 125]))
    a.send(new Uint8Array([3]))
    // An update sent after them is relayed to b: anything relayed before it would arrive first.
    a.send(syncFrame(2, entryUpdate(bytes('after the awareness'))))
    await until(() => b.frames.length > seen, { what: 'b got the later update' })
    expect(b.frames.slice(seen).map((f) => [f[0], f[1]])).toEqual([[0, 2]])
    expect(a.ws.readyState).toBe(1)
    a.ws.close()
    b.ws.close()
  })
})
