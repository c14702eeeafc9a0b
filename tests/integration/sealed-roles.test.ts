// Roles and hostile clients against the real relay: plain y-websocket clients with read and
// append tokens try to write, delete and write elsewhere (refused, nothing stored), junk and
// foreign entries are refused by SealedRooms and compacted away, revoked and foreign tokens are
// refused by name.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { CloseCode, importRoomKey, sealEntry, signStatement } from '../../src/protocol/index.ts'
import { mintRoomToken } from '../../src/transport/room-keys.ts'
import { newRoom, sleep, until } from '../support/sealed.ts'
import { sealedHarness } from '../support/sealed-harness.ts'

const h = sealedHarness()

describe('roles and hostile clients', () => {
  it('a read token cannot write: the relay closes with forbidden and stores nothing', async () => {
    const secrets = newRoom()
    const writer = h.room(secrets, 'write')
    writer.doc.getText('t').insert(0, 'original')
    await writer.room.flush()
    await until(() => writer.room.stats.pushed > 0, 'pushed')
    await sleep(100)
    const before = await h.relayState(secrets)
    const storedBefore = await h.storedStats(secrets)
    expect(storedBefore.count).toBeGreaterThan(0)
    const attacker = h.rawClient(secrets, 'read')
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
    const after = await h.relayState(secrets)
    expect(after.entries).toBe(before.entries)
    expect(Buffer.from(after.state).equals(Buffer.from(before.state))).toBe(true)
    expect(await h.storedStats(secrets)).toEqual(storedBefore)
  })

  it('an append token adds entries but cannot delete or write elsewhere', async () => {
    const secrets = newRoom()
    const owner = h.room(secrets, 'write')
    owner.doc.getText('t').insert(0, 'owner')
    const proposer = h.room(secrets, 'append')
    await h.synced(proposer)
    proposer.doc.getMap('proposals').set('p1', 'validation')
    await until(() => owner.doc.getMap('proposals').get('p1') === 'validation', 'owner got proposal')
    expect(proposer.room.stats.compactions).toBe(0)

    const before = await h.relayState(secrets)
    const storedBefore = await h.storedStats(secrets)
    expect(before.entries).toBeGreaterThanOrEqual(2)
    const deleter = h.rawClient(secrets, 'append')
    await until(() => deleter.provider.synced, 'deleter synced')
    deleter.entries.delete(0, 1)
    await until(() => deleter.closes.length > 0, 'deleter closed')
    expect(deleter.closes[0]).toBe(CloseCode.forbidden)

    const elsewhere = h.rawClient(secrets, 'append')
    await until(() => elsewhere.provider.synced, 'second attacker synced')
    elsewhere.envelope.getMap('other').set('x', new Uint8Array([1]))
    await until(() => elsewhere.closes.length > 0, 'second attacker closed')
    expect(elsewhere.closes[0]).toBe(CloseCode.forbidden)

    const after = await h.relayState(secrets)
    expect(Buffer.from(after.state).equals(Buffer.from(before.state))).toBe(true)
    expect(await h.storedStats(secrets)).toEqual(storedBefore)
    expect(owner.doc.getText('t').toString()).toBe('owner')
  })

  it('refuses junk and foreign entries pushed through the relay, and the writer compacts them away', async () => {
    const secrets = newRoom()
    const writer = h.room(secrets, 'write', { compactAfter: 6 })
    const reader = h.room(secrets, 'read')
    writer.doc.getText('t').insert(0, 'intact')
    await until(() => reader.doc.getText('t').toString() === 'intact', 'reader got text')
    const attacker = h.rawClient(secrets, 'append')
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
    const after = await h.relayState(secrets)
    expect(after.entries).toBeLessThanOrEqual(2)
    expect(reader.doc.getText('t').toString()).toBe('intact')
    expect(reader.doc.getMap('m').get('i')).toBe(3)
  })

  it('a revoked token is refused by name and the room stops reconnecting', async () => {
    const secrets = newRoom()
    const { token, tokenId } = mintRoomToken(secrets.signingSecret, 'read', 600)
    const reader = h.room(secrets, 'read', { token })
    await h.synced(reader)
    const statement = signStatement(secrets.signingSecret, {
      v: 1,
      type: 'revoke',
      room: secrets.roomId,
      issuedAt: Math.floor(Date.now() / 1000),
      tokenIds: [tokenId],
    } as Parameters<typeof signStatement>[1])
    const response = await fetch(`${h.relay().url}/rooms/${secrets.roomId}/revoke`, {
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
    const t = h.room(secrets, 'write', { token: mintRoomToken(other.signingSecret, 'write', 600).token })
    await until(() => t.room.status.status === 'refused', 'refused')
    expect(t.room.status).toEqual({ status: 'refused', code: 'token-invalid' })
  })
})
