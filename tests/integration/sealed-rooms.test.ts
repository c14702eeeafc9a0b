// Sealed rooms through the real relay on loopback: SealedRooms with real sockets converge, roles
// hold against plain y-websocket clients that try to break them, compaction shrinks what the
// relay stores, clients come back after a relay restart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import {
  CloseCode,
  ENVELOPE_ARRAY,
  importRoomKey,
  type Role,
  sealEntry,
  signStatement,
} from '../../src/protocol/index.ts'
import { mintRoomToken, type RoomSecrets } from '../../src/sharing/room-keys.ts'
import { openSqliteStorage } from '../../sync-server/storage/sqlite.ts'
import {
  newRoom,
  openRoom,
  sleep,
  startTestRelay,
  type TestRelay,
  type TestRoom,
  until,
  untilAsync,
} from '../support/sealed.ts'

let relay: TestRelay
const opened: TestRoom[] = []
const providers: WebsocketProvider[] = []

beforeEach(async () => {
  relay = await startTestRelay()
})
afterEach(async () => {
  for (const t of opened.splice(0)) t.room.destroy()
  for (const p of providers.splice(0)) p.destroy()
  await relay.dispose()
})

function room(secrets: RoomSecrets, role: Role, options: Parameters<typeof openRoom>[3] = {}): TestRoom {
  const t = openRoom(relay.url, secrets, role, options)
  opened.push(t)
  return t
}

const synced = (t: TestRoom) => until(() => t.room.status.status === 'synced', 'synced')

/** A plain y-websocket client on the envelope doc, as an attacker would use it. */
function rawClient(secrets: RoomSecrets, role: Role) {
  const envelope = new Y.Doc()
  const closes: number[] = []
  const provider = new WebsocketProvider(
    `${relay.url.replace(/^http/, 'ws')}/sync`,
    secrets.roomId,
    envelope,
    {
      params: { token: mintRoomToken(secrets.signingSecret, role, 600).token },
      disableBc: true,
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      shouldReconnect: () => false,
    },
  )
  provider.awareness.setLocalState(null)
  provider.on('connection-close', (event) => event && closes.push(event.code))
  providers.push(provider)
  return { envelope, provider, closes, entries: envelope.getArray<Uint8Array>(ENVELOPE_ARRAY) }
}

/** What the relay currently holds for a room, as a fresh write client downloads it. */
async function relayState(secrets: RoomSecrets): Promise<{ entries: number; state: Uint8Array }> {
  const c = rawClient(secrets, 'read')
  await until(() => c.provider.synced, 'observer synced')
  const result = { entries: c.entries.length, state: Y.encodeStateAsUpdate(c.envelope) }
  c.provider.destroy()
  return result
}

describe('sealed rooms through the relay', () => {
  it('two writers converge, offline edits included', async () => {
    const secrets = newRoom()
    const a = room(secrets, 'write')
    const b = room(secrets, 'write')
    await Promise.all([synced(a), synced(b)])
    a.doc.getMap('m').set('from-a', 'bonjour')
    b.doc.getMap('m').set('from-b', 'goedendag')
    a.doc.getText('t').insert(0, 'Namur ')
    b.doc.getText('t').insert(0, 'Liège ')
    await until(() => a.doc.getMap('m').size === 2 && b.doc.getMap('m').size === 2, 'maps converge')
    await until(() => a.doc.getText('t').length === 12 && b.doc.getText('t').length === 12, 'texts converge')
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString())
    expect(a.errors).toEqual([])
    expect(b.errors).toEqual([])
  })

  it('a reader receives, and its own edits never leave the device', async () => {
    const secrets = newRoom()
    const writer = room(secrets, 'write')
    writer.doc.getText('t').insert(0, 'avant la lecture')
    const reader = room(secrets, 'read')
    await until(() => reader.doc.getText('t').toString() === 'avant la lecture', 'reader got state')
    writer.doc.getText('t').insert(0, 'live: ')
    await until(() => reader.doc.getText('t').toString() === 'live: avant la lecture', 'reader got live edit')
    reader.doc.getText('t').insert(0, 'local ')
    await reader.room.flush()
    await sleep(300)
    expect(writer.doc.getText('t').toString()).toBe('live: avant la lecture')
    expect(reader.room.stats.pushed).toBe(0)
    expect(reader.room.status.status).toBe('synced')
  })

  it('a reader stays connected to a compacted room (its empty sync step 2 is not a write)', async () => {
    const secrets = newRoom()
    const writer = room(secrets, 'write', { compactAfter: 5, batchMs: 5 })
    for (let i = 0; i < 12; i++) {
      writer.doc.getMap('m').set('k', `v${i}`)
      await writer.room.flush()
    }
    await until(() => writer.room.stats.compactions > 0, 'compaction')
    const reader = room(secrets, 'read')
    await synced(reader)
    await until(() => reader.doc.getMap('m').get('k') === 'v11', 'reader state')
    await sleep(400)
    expect(reader.statuses.filter((s) => s.startsWith('refused'))).toEqual([])
    expect(reader.room.status.status).toBe('synced')
  })

  it('a read token cannot write: the relay closes with forbidden and stores nothing', async () => {
    const secrets = newRoom()
    const writer = room(secrets, 'write')
    writer.doc.getText('t').insert(0, 'original')
    await writer.room.flush()
    await until(() => writer.room.stats.pushed > 0, 'pushed')
    await sleep(100)
    const before = await relayState(secrets)
    const attacker = rawClient(secrets, 'read')
    await until(() => attacker.provider.synced, 'attacker synced')
    const forged = await sealEntry(
      await importRoomKey(secrets.roomKey),
      secrets.roomId,
      'update',
      new Uint8Array([0, 0]),
    )
    attacker.entries.push([forged])
    await until(() => attacker.closes.length > 0, 'attacker closed')
    expect(attacker.closes[0]).toBe(CloseCode.forbidden)
    const after = await relayState(secrets)
    expect(after.entries).toBe(before.entries)
    expect(Buffer.from(after.state).equals(Buffer.from(before.state))).toBe(true)
  })

  it('an append token adds entries but cannot delete or write elsewhere', async () => {
    const secrets = newRoom()
    const owner = room(secrets, 'write')
    owner.doc.getText('t').insert(0, 'owner')
    const proposer = room(secrets, 'append')
    await synced(proposer)
    proposer.doc.getMap('proposals').set('p1', 'validation')
    await until(() => owner.doc.getMap('proposals').get('p1') === 'validation', 'owner got proposal')
    expect(proposer.room.stats.compactions).toBe(0)

    const before = await relayState(secrets)
    expect(before.entries).toBeGreaterThanOrEqual(2)
    const deleter = rawClient(secrets, 'append')
    await until(() => deleter.provider.synced, 'deleter synced')
    deleter.entries.delete(0, 1)
    await until(() => deleter.closes.length > 0, 'deleter closed')
    expect(deleter.closes[0]).toBe(CloseCode.forbidden)

    const elsewhere = rawClient(secrets, 'append')
    await until(() => elsewhere.provider.synced, 'second attacker synced')
    elsewhere.envelope.getMap('other').set('x', new Uint8Array([1]))
    await until(() => elsewhere.closes.length > 0, 'second attacker closed')
    expect(elsewhere.closes[0]).toBe(CloseCode.forbidden)

    const after = await relayState(secrets)
    expect(Buffer.from(after.state).equals(Buffer.from(before.state))).toBe(true)
    expect(owner.doc.getText('t').toString()).toBe('owner')
  })

  it('refuses junk and foreign entries pushed through the relay, and the writer compacts them away', async () => {
    const secrets = newRoom()
    const writer = room(secrets, 'write', { compactAfter: 6 })
    const reader = room(secrets, 'read')
    writer.doc.getText('t').insert(0, 'intact')
    await until(() => reader.doc.getText('t').toString() === 'intact', 'reader got text')
    const attacker = rawClient(secrets, 'append')
    await until(() => attacker.provider.synced, 'attacker synced')
    const key = await importRoomKey(secrets.roomKey)
    const foreignUpdate = new Y.Doc()
    foreignUpdate.getText('t').insert(0, 'injected ')
    const foreign = await sealEntry(key, newRoom().roomId, 'update', Y.encodeStateAsUpdate(foreignUpdate))
    const flipped = foreign.slice()
    flipped[5] = (flipped[5] as number) ^ 0xff
    attacker.entries.push([new Uint8Array([1, 2, 3]), foreign, flipped])
    await until(
      () => reader.errors.length === 3 && writer.errors.length === 3,
      'both refused the three entries',
    )
    expect(reader.errors.sort()).toEqual(['entry-malformed', 'entry-tampered', 'entry-tampered'])
    expect(reader.doc.getText('t').toString()).toBe('intact')
    expect(attacker.closes).toEqual([])
    // Further writes push the count past compactAfter: the snapshot replaces junk and all.
    for (let i = 0; i < 4; i++) {
      writer.doc.getMap('m').set('i', i)
      await writer.room.flush()
    }
    await until(() => writer.room.stats.compactions > 0, 'compaction')
    await sleep(200)
    const after = await relayState(secrets)
    expect(after.entries).toBeLessThanOrEqual(2)
    expect(reader.doc.getText('t').toString()).toBe('intact')
    expect(reader.doc.getMap('m').get('i')).toBe(3)
  })

  it('client compaction shrinks what the relay stores', async () => {
    // The relay compacts its own log past 200 stored updates: then ciphertext the client
    // compacted away is dropped; live ciphertext (without client compaction) would stay.
    await relay.dispose()
    relay = await startTestRelay({ limits: { compactAfterUpdates: 200 } })
    const secrets = newRoom()
    const noisy = room(secrets, 'write', { compactAfter: 100_000, batchMs: 1 })
    const filler = 'x'.repeat(400)
    for (let i = 0; i < 150; i++) {
      noisy.doc.getMap('m').set('draft', `${i}:${filler}`)
      await noisy.room.flush()
    }
    await sleep(300)
    const storage = openSqliteStorage(relay.dataDir)
    try {
      const large = await storage.logStats(secrets.roomId)
      expect(large.bytes).toBeGreaterThan(150 * 400)
      const compacting = room(secrets, 'write', { compactAfter: 20 })
      await until(() => compacting.room.stats.compactions > 0, 'compaction')
      for (let i = 0; i < 60; i++) {
        noisy.doc.getMap('m').set('small', i)
        await noisy.room.flush()
      }
      // The relay compacts its stored log on its own schedule; wait for it.
      let latest = large.bytes
      await untilAsync(
        async () => {
          latest = (await storage.logStats(secrets.roomId)).bytes
          return latest < large.bytes / 5
        },
        'relay storage to shrink',
        20_000,
      )
      expect(latest).toBeLessThan(large.bytes / 5)
      const fresh = room(secrets, 'read')
      await until(
        () => (fresh.doc.getMap('m').get('draft') as string | undefined)?.startsWith('149:') ?? false,
        'state kept',
      )
    } finally {
      await storage.close()
    }
  })

  it('clients come back after a relay restart and exchange what was written meanwhile', async () => {
    const secrets = newRoom()
    const a = room(secrets, 'write')
    const b = room(secrets, 'write')
    await Promise.all([synced(a), synced(b)])
    a.doc.getText('t').insert(0, 'before;')
    await until(() => b.doc.getText('t').toString() === 'before;', 'first edit')
    await relay.stop()
    await until(() => a.room.status.status !== 'synced' && b.room.status.status !== 'synced', 'offline')
    a.doc.getText('t').insert(7, 'during-a;')
    b.doc.getMap('m').set('during-b', true)
    await sleep(300)
    await relay.restart()
    await Promise.all([synced(a), synced(b)])
    await until(() => b.doc.getText('t').toString() === 'before;during-a;', 'b got a offline edit', 15_000)
    await until(() => a.doc.getMap('m').get('during-b') === true, 'a got b offline edit', 15_000)
    expect(a.statuses).toContain('offline')
  })

  it('a revoked token is refused by name and the room stops reconnecting', async () => {
    const secrets = newRoom()
    const { token, tokenId } = mintRoomToken(secrets.signingSecret, 'read', 600)
    const reader = room(secrets, 'read', { token })
    await synced(reader)
    const statement = signStatement(secrets.signingSecret, {
      v: 1,
      type: 'revoke',
      room: secrets.roomId,
      issuedAt: Math.floor(Date.now() / 1000),
      tokenIds: [tokenId],
    } as Parameters<typeof signStatement>[1])
    const response = await fetch(`${relay.url}/rooms/${secrets.roomId}/revoke`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(statement),
    })
    expect(response.ok).toBe(true)
    await until(() => reader.room.status.status === 'refused', 'refused', 2000)
    expect(reader.room.status).toEqual({ status: 'refused', code: 'token-revoked' })
    const count = reader.statuses.length
    await sleep(800)
    expect(reader.statuses.length).toBe(count)
  })

  it('a token for another room is refused as token-invalid', async () => {
    const secrets = newRoom()
    const other = newRoom()
    const t = room(secrets, 'write', { token: mintRoomToken(other.signingSecret, 'write', 600).token })
    await until(() => t.room.status.status === 'refused', 'refused')
    expect(t.room.status).toEqual({ status: 'refused', code: 'token-invalid' })
  })
})
