// Issue #9, finding 3: after someone wrote under a SealedRoom envelope's client id (what clock
// squatting delivered before the relay refused it), Yjs gives the envelope a new client id;
// disconnect() and destroy() then threw a TypeError from the provider's awareness farewell.
import { expect, it } from 'vitest'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { createRoom, mintRoomToken } from '../../src/sharing/room-keys.ts'
import { SealedRoom } from '../../src/sharing/sealed-room.ts'
import { forgeUpdate } from '../support/update-forge.ts'

function squatted(): { room: SealedRoom; before: number } {
  const secrets = createRoom()
  const room = new SealedRoom({
    serverUrl: 'http://127.0.0.1:9',
    roomId: secrets.roomId,
    token: mintRoomToken(secrets.signingSecret, 'write', 600).token,
    roomKey: secrets.roomKey,
    doc: new Y.Doc(),
    role: 'write',
    WebSocketPolyfill: WebSocket,
    connect: false,
  })
  const id = room.envelope.clientID
  const squat = forgeUpdate([
    { client: id, clock: 0, structs: [{ kind: 'item', content: { binary: new Uint8Array([1]) } }] },
  ])
  Y.applyUpdate(room.envelope, squat, 'remote')
  return { room, before: id }
}

it('a SealedRoom whose envelope client id someone else wrote under disconnects and destroys without throwing', () => {
  const a = squatted()
  expect(a.room.envelope.clientID).not.toBe(a.before)
  expect(() => a.room.disconnect()).not.toThrow()
  expect(() => a.room.destroy()).not.toThrow()
  const b = squatted()
  expect(() => b.room.destroy()).not.toThrow()
  expect(b.room.status).toEqual({ status: 'offline' })
})
