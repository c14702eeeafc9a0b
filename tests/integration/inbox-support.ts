// Helpers for the inbox integration tests: one relay per file (port 0, temporary data dir, silent),
// SealedRooms opened from a capability (as a trainer or an operator holds it), raw y-websocket clients
// (what a hostile holder of a token would use), all closed after the file.
import { afterAll, beforeAll } from 'vitest'
import WebSocket from 'ws'
import type { WebsocketProvider } from 'y-websocket'
import type * as Y from 'yjs'
import type { Role } from '../../src/protocol/index.ts'
import type { RoomCapability } from '../../src/transport/room-keys.ts'
import { SealedRoom } from '../../src/transport/sealed-room.ts'
import { type RawClient, rawEnvelopeClient, startTestRelay, type TestRelay } from '../support/sealed.ts'

export type { RawClient } from '../support/sealed.ts'

/** Registers the relay hooks and returns helpers bound to it. */
export function inboxHarness() {
  let relay: TestRelay | undefined
  const rooms: SealedRoom[] = []
  const providers: WebsocketProvider[] = []
  beforeAll(async () => {
    relay = await startTestRelay({ logLevel: 'silent' })
  })
  afterAll(async () => {
    for (const r of rooms.splice(0)) r.destroy()
    for (const p of providers.splice(0)) p.destroy()
    await relay?.dispose()
  })
  const url = (): string => {
    if (!relay) throw new Error('no relay')
    return relay.url
  }
  return {
    url,
    /** A SealedRoom for a capability (closed after the file). */
    room(cap: RoomCapability, role: Role, doc: Y.Doc, connect = true): SealedRoom {
      const room = new SealedRoom({
        serverUrl: url(),
        roomId: cap.roomId,
        token: cap.token,
        roomKey: cap.roomKey,
        doc,
        role,
        WebSocketPolyfill: WebSocket,
        batchMs: 20,
        minBackoffMs: 50,
        maxBackoffMs: 400,
        connect,
      })
      rooms.push(room)
      return room
    },
    /** A plain y-websocket client on the envelope with `token`. */
    raw(roomId: string, token: string): RawClient {
      const client = rawEnvelopeClient(url(), roomId, token)
      providers.push(client.provider)
      return client
    },
  }
}
