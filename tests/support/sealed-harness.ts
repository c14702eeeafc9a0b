// Per-test harness for the sealed-room integration tests: a fresh relay before each test,
// SealedRooms and plain y-websocket clients that are all closed after it, and views of what
// the relay holds (in memory, as a fresh client downloads it; on disk, its SQLite log).
import { afterEach, beforeEach } from 'vitest'
import type { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import type { Role } from '../../src/protocol/index.ts'
import { mintRoomToken, type RoomSecrets } from '../../src/transport/room-keys.ts'
import type { RelayOptions } from '../../sync-server/server.ts'
import { openSqliteStorage } from '../../sync-server/storage/sqlite.ts'
import {
  openRoom,
  type RawClient,
  rawEnvelopeClient,
  startTestRelay,
  type TestRelay,
  type TestRoom,
  until,
} from './sealed.ts'

export type { RawClient } from './sealed.ts'

/** Registers beforeEach/afterEach hooks and returns the helpers bound to the current relay. */
export function sealedHarness() {
  let relay: TestRelay | undefined
  const opened: TestRoom[] = []
  const providers: WebsocketProvider[] = []
  beforeEach(async () => {
    relay = await startTestRelay()
  })
  afterEach(async () => {
    for (const t of opened.splice(0)) t.room.destroy()
    for (const p of providers.splice(0)) p.destroy()
    await relay?.dispose()
    relay = undefined
  })
  const current = (): TestRelay => {
    if (!relay) throw new Error('no relay running')
    return relay
  }
  const h = {
    relay: current,
    /** Replaces this test's relay by one with other options. */
    async restartWith(options: Partial<RelayOptions>): Promise<TestRelay> {
      await relay?.dispose()
      relay = await startTestRelay(options)
      return relay
    },
    /** Opens a SealedRoom closed after the test. */
    room(secrets: RoomSecrets, role: Role, options: Parameters<typeof openRoom>[3] = {}): TestRoom {
      const t = openRoom(current().url, secrets, role, options)
      opened.push(t)
      return t
    },
    synced: (t: TestRoom) => until(() => t.room.status.status === 'synced', 'synced'),
    rawClient(secrets: RoomSecrets, role: Role): RawClient {
      const token = mintRoomToken(secrets.signingSecret, role, 600).token
      const client = rawEnvelopeClient(current().url, secrets.roomId, token)
      providers.push(client.provider)
      return client
    },
    /** What the relay has stored for a room (its SQLite log, through a second connection). */
    async storedStats(secrets: RoomSecrets): Promise<{ count: number; bytes: number }> {
      const storage = openSqliteStorage(current().dataDir)
      try {
        return await storage.logStats(secrets.roomId)
      } finally {
        await storage.close()
      }
    },
    /** What the relay holds for a room in memory, as a fresh read client downloads it. */
    async relayState(secrets: RoomSecrets): Promise<{ entries: number; state: Uint8Array }> {
      const c = h.rawClient(secrets, 'read')
      await until(() => c.provider.synced, 'observer synced')
      const result = { entries: c.entries.length, state: Y.encodeStateAsUpdate(c.envelope) }
      c.provider.destroy()
      return result
    },
  }
  return h
}
