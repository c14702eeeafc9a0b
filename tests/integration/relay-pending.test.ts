// An honest y-websocket client can send an update whose dependencies the relay does not have
// yet: edits made offline reach the relay only in the client's sync step 2, which it sends
// once it read the relay's step 1, while an edit made right after the socket opened goes out
// at once, before it (the race behind the fuzz run's flaky "well-behaved room" test). The
// relay holds such updates for that socket, within maxPendingBytes, and applies them when
// their dependencies arrive; only what stays missing past the bound closes the socket (4408).
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../src/protocol/close-codes.ts'
import { makeRoom, provider, rawClient, readMetrics, type TestRelay } from '../support/relay.ts'
import { relayPerTest } from '../support/relay-fixture.ts'
import { until } from '../support/until.ts'
import { syncFrame } from '../support/update-forge.ts'

describe('relay: updates waiting for their dependencies', () => {
  const relays = relayPerTest()
  let relay: TestRelay
  const cleanups = relays.cleanups

  it('an edit sent before the sync step 2 that carries its dependencies is applied, not refused', async () => {
    relay = await relays.start()
    const room = makeRoom()
    const doc = new Y.Doc()
    const entries = doc.getArray<Uint8Array>('entries')
    entries.push([new Uint8Array([1])]) // made offline: not sent yet
    const offline = Y.encodeStateVector(doc)
    const c = rawClient(relay.wsBase, room.roomId, room.token('write'))
    await c.opened
    // What y-websocket sends on open: its step 1, then, as the user types, the live update
    // (its left neighbour is the offline entry the relay does not have).
    c.send(syncFrame(0, Y.encodeStateVector(doc)))
    entries.push([new Uint8Array([2])])
    c.send(syncFrame(2, Y.encodeStateAsUpdate(doc, offline)))
    // Then the step 2 answering the relay's step 1 (the room is empty: everything).
    await until(() => c.frames.some((f) => f[0] === 0 && f[1] === 0))
    c.send(syncFrame(1, Y.encodeStateAsUpdate(doc)))
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count >= 1)
    const reader = provider(relay.wsBase, room.roomId, room.token('read'))
    cleanups.push(reader.destroy)
    await reader.synced()
    await until(() => reader.entries.length === 2)
    expect(reader.entries.toArray().map((e) => e[0])).toEqual([1, 2])
    expect(c.ws.readyState).toBe(1)
    expect(relay.relay.hub.rooms.get(room.roomId)?.pendingBytes()).toBe(0)
    expect(await readMetrics(relay)).toMatch(/^livret_updates_held_total [1-9]/m)
  })

  it('updates whose dependencies never come close the socket once they pass maxPendingBytes (4408)', async () => {
    relay = await relays.start({ maxPendingBytes: 2000 })
    const room = makeRoom()
    const doc = new Y.Doc()
    const entries = doc.getArray<Uint8Array>('entries')
    entries.push([new Uint8Array(10)]) // never sent
    const c = rawClient(relay.wsBase, room.roomId, room.token('write'))
    await c.opened
    // Two orphans of 900 bytes fit within 2000 bytes: the socket stays open...
    for (let i = 0; i < 2; i++) {
      const sv = Y.encodeStateVector(doc)
      entries.push([new Uint8Array(900)])
      c.send(syncFrame(2, Y.encodeStateAsUpdate(doc, sv)))
    }
    await until(async () => /^livret_updates_held_total 2/m.test(await readMetrics(relay)))
    expect(c.ws.readyState).toBe(1)
    // ...a third passes the bound.
    const sv = Y.encodeStateVector(doc)
    entries.push([new Uint8Array(900)])
    c.send(syncFrame(2, Y.encodeStateAsUpdate(doc, sv)))
    expect((await c.closed).code).toBe(CloseCode['pending-overflow'])
    expect(relay.relay.hub.rooms.get(room.roomId)?.pendingBytes()).toBe(0)
    expect((await relay.relay.hub.ctx.storage.logStats(room.roomId)).count).toBe(0)
  })
})
