// Pairing the holder's devices through the private sealed room, against the real relay: a second
// device joins from a pairing link, both edit offline and converge, then a third device is removed
// (its socket closes on revocation) and the room is re-keyed: the remaining device gets the whole
// booklet from the new room, the removed device's key opens nothing there, the old room is erased.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { listItems, putItem, removeItem } from '../../src/booklet/index.ts'
import { projectionFixture } from '../../src/booklet/projection-fixture.ts'
import { sampleCompetence } from '../../src/domain/index.ts'
import {
  connectPrivateRoom,
  pairingCapability,
  readPairingLink,
  removeDevicesAndRekey,
  retirePrivateRoom,
} from '../../src/features/devices/pairing.ts'
import { createRoom, mintRoomToken } from '../../src/transport/room-keys.ts'
import { SealedRoom } from '../../src/transport/sealed-room.ts'
import { startTestRelay, type TestRelay, waitFor } from './relay-support.ts'

let relay: TestRelay
let net: { relayOrigin: string; WebSocketPolyfill: unknown }
const rooms: SealedRoom[] = []
beforeAll(async () => {
  relay = await startTestRelay()
  net = { relayOrigin: relay.relay.url, WebSocketPolyfill: WebSocket }
})
afterAll(async () => {
  for (const r of rooms) r.destroy()
  await relay.stop()
})

const ids = (doc: Y.Doc) =>
  listItems(doc, 'competences')
    .items.map((c) => c.label)
    .sort()
const same = (a: Y.Doc, b: Y.Doc) =>
  JSON.stringify(ids(a)) === JSON.stringify(ids(b)) &&
  JSON.stringify(listItems(a, 'experiences').items) === JSON.stringify(listItems(b, 'experiences').items)

describe('pairing', () => {
  it('pairs, merges offline edits, removes a device and re-keys', async () => {
    const { doc: a, ids: fixtureIds } = projectionFixture()
    const secrets = createRoom()
    const appOrigin = relay.relay.url
    const own = pairingCapability(secrets, { appOrigin, label: 'téléphone' })
    const roomA = connectPrivateRoom(a, own.capability, net)
    rooms.push(roomA)

    const pairB = pairingCapability(secrets, { appOrigin, label: 'ordinateur' })
    const capB = readPairingLink(pairB.link)
    if (!capB.ok) throw new Error(capB.code)
    expect(readPairingLink(pairB.link.replace('token=', 'token=A')).ok).toBe(false)
    const b = new Y.Doc()
    const roomB = connectPrivateRoom(b, capB.value, net)
    rooms.push(roomB)
    await waitFor(() => same(a, b) && ids(b).length > 0, 5000, 'B receives the booklet')

    // Both offline, both edit, then back online: the CRDT merges.
    roomA.disconnect()
    roomB.disconnect()
    putItem(a, 'competences', sampleCompetence({ label: 'OFFLINE-A' }))
    putItem(b, 'competences', sampleCompetence({ label: 'OFFLINE-B' }))
    removeItem(b, 'experiences', fixtureIds.exUnpicked)
    expect(ids(a)).not.toContain('OFFLINE-B')
    roomA.connect()
    roomB.connect()
    await waitFor(
      () => same(a, b) && ids(a).includes('OFFLINE-B') && ids(b).includes('OFFLINE-A'),
      5000,
      'offline edits merged',
    )
    expect(listItems(a, 'experiences').items.map((e) => e.id)).not.toContain(fixtureIds.exUnpicked)

    // A third device, then its removal.
    const pairC = pairingCapability(secrets, { appOrigin, label: 'vieux téléphone' })
    const c = new Y.Doc()
    const roomC = connectPrivateRoom(c, pairC.capability, net)
    rooms.push(roomC)
    await waitFor(() => same(a, c), 5000, 'C synced')
    const rekeyed = await removeDevicesAndRekey(a, secrets, [pairC.device], [pairB.device], {
      ...net,
      appOrigin,
    })
    if (!rekeyed.ok) throw new Error(rekeyed.code)
    rooms.push(rekeyed.value.room)
    await waitFor(
      () => roomC.status.status === 'refused' && roomC.status.code === 'token-revoked',
      1000,
      'C refused',
    )
    const { secrets: next, pairings } = rekeyed.value
    expect(next.roomId).not.toBe(secrets.roomId)
    expect(Buffer.from(next.roomKey).equals(Buffer.from(secrets.roomKey))).toBe(false)
    expect(pairings.map((p) => p.device.label)).toEqual(['ordinateur'])

    // B moves to the new room with its new capability and gets everything.
    const moved = readPairingLink(pairings[0]?.link ?? '')
    if (!moved.ok) throw new Error(moved.code)
    const b2 = new Y.Doc()
    const roomB2 = connectPrivateRoom(b2, moved.value, net)
    rooms.push(roomB2)
    await waitFor(() => same(a, b2) && ids(b2).includes('OFFLINE-B'), 5000, 'B on the new room')

    // The removed device's key opens nothing in the new room (even with a valid token).
    const spy = new Y.Doc()
    const spyRoom = new SealedRoom({
      serverUrl: relay.relay.url,
      roomId: next.roomId,
      token: mintRoomToken(next.signingSecret, 'read', 60).token,
      roomKey: pairC.capability.roomKey,
      doc: spy,
      role: 'read',
      WebSocketPolyfill: WebSocket,
    })
    rooms.push(spyRoom)
    await waitFor(() => spyRoom.errorCount > 0, 5000, 'old key refused')
    expect(ids(spy)).toEqual([])

    // Old room erased once B has moved: B's old connection is told the room is gone.
    const retired = await retirePrivateRoom(secrets, net)
    expect(retired.ok).toBe(true)
    roomB.disconnect()
    roomB.connect()
    await waitFor(
      () => roomB.status.status === 'refused' && roomB.status.code === 'room-gone',
      3000,
      'old room gone',
    )
  })
})
