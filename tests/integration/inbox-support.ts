// Helpers for the inbox integration tests: one relay per file (port 0, temporary data dir, silent),
// SealedRooms opened from a capability (as a trainer or an operator holds it), raw y-websocket clients
// (what a hostile holder of a token would use), all closed after the file.
import { afterAll, beforeAll } from 'vitest'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { ENVELOPE_ARRAY, type Role } from '../../src/protocol/index.ts'
import type { RoomCapability } from '../../src/sharing/room-keys.ts'
import { SealedRoom } from '../../src/sharing/sealed-room.ts'
import { startTestRelay, type TestRelay } from '../support/sealed.ts'

/** A raw client on a room's envelope with the close codes it received. */
export type RawClient = {
  envelope: Y.Doc
  provider: WebsocketProvider
  closes: number[]
  entries: Y.Array<Uint8Array>
}

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
      const envelope = new Y.Doc()
      const closes: number[] = []
      const provider = new WebsocketProvider(`${url().replace(/^http/, 'ws')}/sync`, roomId, envelope, {
        params: { token },
        disableBc: true,
        WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
        shouldReconnect: () => false,
      })
      provider.awareness.setLocalState(null)
      provider.on('connection-close', (event) => event && closes.push(event.code))
      providers.push(provider)
      return { envelope, provider, closes, entries: envelope.getArray<Uint8Array>(ENVELOPE_ARRAY) }
    },
  }
}
