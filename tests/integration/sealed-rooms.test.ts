// Sealed rooms through the real relay on loopback: SealedRooms with real sockets converge,
// readers receive, compaction shrinks what the relay stores, clients come back after a relay
// restart. (Roles and hostile clients: sealed-roles.test.ts.)
import { describe, expect, it } from 'vitest'
import { openSqliteStorage } from '../../sync-server/storage/sqlite.ts'
import { newRoom, sleep, until, untilAsync } from '../support/sealed.ts'
import { sealedHarness } from '../support/sealed-harness.ts'

const h = sealedHarness()

describe('sealed rooms through the relay', () => {
  it('two writers converge, offline edits included', async () => {
    const secrets = newRoom()
    const a = h.room(secrets, 'write')
    const b = h.room(secrets, 'write')
    await Promise.all([h.synced(a), h.synced(b)])
    a.doc.getMap('m').set('from-a', 'bonjour')
    b.doc.getMap('m').set('from-b', 'goedendag')
    a.doc.getText('t').insert(0, 'Namur ')
    b.doc.getText('t').insert(0, 'Liège ')
    await until(() => a.doc.getMap('m').size === 2 && b.doc.getMap('m').size === 2, 'maps converge')
    await until(() => a.doc.getText('t').length === 12 && b.doc.getText('t').length === 12, 'texts converge')
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString())
    // Both go offline, both edit, both come back: the CRDT merge through sealed entries.
    a.room.disconnect()
    b.room.disconnect()
    expect(a.room.status.status).toBe('offline')
    a.doc.getMap('m').set('offline-a', 1)
    b.doc.getMap('m').set('offline-b', 2)
    b.doc.getText('t').delete(0, 6)
    await sleep(100)
    expect(a.doc.getMap('m').has('offline-b')).toBe(false)
    a.room.connect()
    b.room.connect()
    await until(() => a.doc.getMap('m').size === 4 && b.doc.getMap('m').size === 4, 'offline edits converge')
    await until(() => a.doc.getText('t').length === 6, 'offline delete reached a')
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString())
    expect(a.errors).toEqual([])
    expect(b.errors).toEqual([])
  })

  it('a reader receives, and its own edits never leave the device', async () => {
    const secrets = newRoom()
    const writer = h.room(secrets, 'write')
    writer.doc.getText('t').insert(0, 'avant la lecture')
    const reader = h.room(secrets, 'read')
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
    const writer = h.room(secrets, 'write', { compactAfter: 5, batchMs: 5 })
    for (let i = 0; i < 12; i++) {
      writer.doc.getMap('m').set('k', `v${i}`)
      await writer.room.flush()
    }
    await until(() => writer.room.stats.compactions > 0, 'compaction')
    const reader = h.room(secrets, 'read')
    await h.synced(reader)
    await until(() => reader.doc.getMap('m').get('k') === 'v11', 'reader state')
    await sleep(400)
    expect(reader.statuses.filter((s) => s.startsWith('refused'))).toEqual([])
    expect(reader.room.status.status).toBe('synced')
  })

  it('client compaction shrinks what the relay stores', async () => {
    // The relay compacts its own log past 200 stored updates: then ciphertext the client
    // compacted away is dropped; live ciphertext (without client compaction) would stay.
    await h.restartWith({ limits: { compactAfterUpdates: 200 } })
    const secrets = newRoom()
    const noisy = h.room(secrets, 'write', { compactAfter: 100_000, batchMs: 1 })
    const filler = 'x'.repeat(400)
    for (let i = 0; i < 150; i++) {
      noisy.doc.getMap('m').set('draft', `${i}:${filler}`)
      await noisy.room.flush()
    }
    await sleep(300)
    const storage = openSqliteStorage(h.relay().dataDir)
    try {
      const large = await storage.logStats(secrets.roomId)
      expect(large.bytes).toBeGreaterThan(150 * 400)
      const compacting = h.room(secrets, 'write', { compactAfter: 20 })
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
      const fresh = h.room(secrets, 'read')
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
    const a = h.room(secrets, 'write')
    const b = h.room(secrets, 'write')
    await Promise.all([h.synced(a), h.synced(b)])
    a.doc.getText('t').insert(0, 'before;')
    await until(() => b.doc.getText('t').toString() === 'before;', 'first edit')
    await h.relay().stop()
    await until(() => a.room.status.status !== 'synced' && b.room.status.status !== 'synced', 'offline')
    a.doc.getText('t').insert(7, 'during-a;')
    b.doc.getMap('m').set('during-b', true)
    await sleep(300)
    await h.relay().restart()
    await Promise.all([h.synced(a), h.synced(b)])
    await until(() => b.doc.getText('t').toString() === 'before;during-a;', 'b got a offline edit', 15_000)
    await until(() => a.doc.getMap('m').get('during-b') === true, 'a got b offline edit', 15_000)
    expect(a.statuses).toContain('offline')
  })
})
