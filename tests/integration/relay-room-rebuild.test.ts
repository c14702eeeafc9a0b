// The safety net behind the update check (sync-server/room-rebuild.ts): if an update that
// passed ever left garbage in a room's doc, the doc is rebuilt from storage while the room's
// sockets stay connected, and what they sync afterwards is the stored state only.
import { afterEach, expect, it } from 'vitest'
import * as Y from 'yjs'
import { rebuildRoom } from '../../sync-server/room-rebuild.ts'
import { makeRoom, provider, startTestRelay, type TestRelay } from '../support/relay.ts'
import { until } from '../support/until.ts'
import { chainUpdate } from '../support/update-forge.ts'

let relay: TestRelay
const cleanups: (() => void)[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0)) c()
  await relay?.stop()
})

it('rebuilds a room’s doc from storage without closing its sockets; garbage applied in memory is gone', async () => {
  relay = await startTestRelay()
  const room = makeRoom()
  const writer = provider(relay.wsBase, room.roomId, room.token('write'))
  const reader = provider(relay.wsBase, room.roomId, room.token('read'))
  cleanups.push(writer.destroy, reader.destroy)
  await Promise.all([writer.synced(), reader.synced()])
  writer.entries.push([new Uint8Array([1])])
  await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1, {
    timeout: 20_000,
  })
  const held = relay.relay.hub.rooms.get(room.roomId)
  if (!held) throw new Error('room not in memory')
  const before = held.doc
  // What a partly applied bad update would leave: structs nobody stored or received.
  Y.applyUpdate(held.doc, chainUpdate(999, 3))
  expect(held.doc.getArray('entries').length).toBe(4)
  rebuildRoom(relay.relay.hub, held)
  expect(held.rebuilding).not.toBeNull()
  await until(() => held.rebuilding === null, { timeout: 20_000, what: 'rebuild' })
  expect(held.doc).not.toBe(before)
  expect(held.doc.getArray('entries').length).toBe(1)
  expect(Y.getState(held.doc.store, 999)).toBe(0)
  writer.entries.push([new Uint8Array([2])])
  await until(() => reader.entries.length === 2, { timeout: 20_000, what: 'reader got the next entry' })
  const late = provider(relay.wsBase, room.roomId, room.token('read'))
  cleanups.push(late.destroy)
  await late.synced()
  expect(late.entries.length).toBe(2)
  expect([...writer.closes, ...reader.closes]).toEqual([])
})
