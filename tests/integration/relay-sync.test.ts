// Sync through the real relay with real y-websocket clients: convergence, persistence across a
// restart, roles (read, append, write) and tokens of another room or expired.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode } from '../../src/protocol/close-codes.ts'
import { makeRoom, rawClient, type TestRelay } from '../support/relay.ts'
import { relayPerTest } from '../support/relay-fixture.ts'
import { until } from '../support/until.ts'

const bytes = (s: string) => new TextEncoder().encode(s)
const text = (u: Uint8Array) => new TextDecoder().decode(u)

describe('relay sync', () => {
  const relays = relayPerTest()
  let relay: TestRelay
  const client = relays.client

  it('two writers converge and a later reader receives everything', async () => {
    relay = await relays.start()
    const room = makeRoom()
    const a = client(room.roomId, room.token('write'))
    const b = client(room.roomId, room.token('write'))
    await Promise.all([a.synced(), b.synced()])
    a.entries.push([bytes('from a')])
    b.entries.push([bytes('from b')])
    await until(() => a.entries.length === 2 && b.entries.length === 2, {
      timeout: 5000,
      what: 'convergence',
    })
    const reader = client(room.roomId, room.token('read'))
    await reader.synced()
    await until(() => reader.entries.length === 2)
    expect(reader.entries.toArray().map(text).sort()).toEqual(['from a', 'from b'])
  })

  it('keeps the room across a relay restart', async () => {
    relay = await relays.start()
    const room = makeRoom()
    const a = client(room.roomId, room.token('write'))
    await a.synced()
    a.entries.push([bytes('kept')])
    const stats = async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count
    await until(async () => (await stats()) > 0)
    a.destroy()
    const dir = relay.dataDir
    await relay.relay.close()
    relay = await relays.start({}, dir)
    const b = client(room.roomId, room.token('read'))
    await b.synced()
    await until(() => b.entries.length === 1)
    expect(text(b.entries.get(0))).toBe('kept')
  })

  it('a read token cannot write: closed 4403, nothing stored or relayed', async () => {
    relay = await relays.start()
    const room = makeRoom()
    const writer = client(room.roomId, room.token('write'))
    await writer.synced()
    writer.entries.push([bytes('original')])
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1)
    const reader = client(room.roomId, room.token('read'))
    await reader.synced()
    await until(() => reader.entries.length === 1)
    // A read client that has nothing new stays connected (its empty step 2, sent before it
    // synced, is ignored): a later entry still reaches it.
    writer.entries.push([bytes('later')])
    await until(() => reader.entries.length === 2, { what: 'the reader got a later entry' })
    expect(reader.closes).toEqual([])
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 2)
    reader.provider.shouldConnect = false
    reader.entries.push([bytes('forged by reader')])
    reader.entries.delete(0, 1)
    await until(() => reader.closes.length > 0)
    expect(reader.closes[0]).toBe(CloseCode.forbidden)
    // Refused before anything is applied: a fresh client, served after the relay's storage settled, sees no change.
    const observer = client(room.roomId, room.token('read'))
    await observer.synced()
    expect(observer.entries.toArray().map(text)).toEqual(['original', 'later'])
    expect((await relay.relay.hub.ctx.storage.logStats(room.roomId)).count).toBe(2)
    expect(writer.entries.toArray().map(text)).toEqual(['original', 'later'])
  })

  it('an append token can add entries but cannot delete or overwrite', async () => {
    relay = await relays.start()
    const room = makeRoom()
    const writer = client(room.roomId, room.token('write'))
    await writer.synced()
    writer.entries.push([bytes('w1')])
    const appender = client(room.roomId, room.token('append'))
    await appender.synced()
    await until(() => appender.entries.length === 1)
    appender.entries.push([bytes('proposal')])
    await until(() => writer.entries.length === 2)
    expect(appender.closes).toEqual([])
    // Delete: refused.
    appender.provider.shouldConnect = false
    appender.entries.delete(0, 1)
    await until(() => appender.closes.length > 0)
    expect(appender.closes[0]).toBe(CloseCode.forbidden)
    const observer = client(room.roomId, room.token('read'))
    await observer.synced()
    expect(observer.entries.length).toBe(2)
    expect(writer.entries.length).toBe(2)
    // Overwrite through a map key (parentSub), or writing outside the entries array: refused.
    for (const change of [
      (d: Y.Doc) => d.getMap('entries-map').set('k', new Uint8Array([1])),
      (d: Y.Doc) => d.getArray('other').push([new Uint8Array([1])]),
      (d: Y.Doc) => d.getArray('entries').push([new Y.Map()]),
    ]) {
      const rogue = client(room.roomId, room.token('append'))
      await rogue.synced()
      rogue.provider.shouldConnect = false
      change(rogue.doc)
      await until(() => rogue.closes.length > 0)
      expect(rogue.closes[0]).toBe(CloseCode.forbidden)
    }
    expect((await relay.relay.hub.ctx.storage.logStats(room.roomId)).count).toBe(2)
  })

  it('refuses a token of another room (4401) and an expired token (4410)', async () => {
    relay = await relays.start()
    const a = makeRoom()
    const b = makeRoom()
    const wrong = rawClient(relay.wsBase, b.roomId, a.token('write'))
    expect((await wrong.closed).code).toBe(CloseCode['token-invalid'])
    const past = Math.floor(Date.now() / 1000) - 10
    const expired = rawClient(
      relay.wsBase,
      a.roomId,
      a.token('write', { issuedAt: past - 100, expiresAt: past }),
    )
    expect((await expired.closed).code).toBe(CloseCode['token-expired'])
    const garbage = rawClient(relay.wsBase, a.roomId, 'not-a-token')
    expect((await garbage.closed).code).toBe(CloseCode['token-invalid'])
    const badRoom = rawClient(relay.wsBase, 'short', a.token('write'))
    expect((await badRoom.closed).code).toBe(CloseCode['token-invalid'])
  })

  it('closes an open socket when its token expires (4410)', async () => {
    relay = await relays.start()
    const room = makeRoom()
    const soon = Math.floor(Date.now() / 1000) + 2
    const c = rawClient(relay.wsBase, room.roomId, room.token('write', { expiresAt: soon }))
    await c.opened
    const closed = await c.closed
    expect(closed.code).toBe(CloseCode['token-expired'])
    expect(Date.now() / 1000).toBeGreaterThanOrEqual(soon)
  })
})
