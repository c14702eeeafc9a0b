// Sealed rooms through the real relay on loopback: SealedRooms with real sockets converge,
// readers receive, compaction shrinks what the relay stores, clients come back after a relay
// restart. (Roles and hostile clients: sealed-roles.test.ts.)
import { describe, expect, it } from 'vitest'
import { openSqliteStorage } from '../../sync-server/storage/sqlite.ts'
import { newRoom } from '../support/sealed.ts'
import { sealedHarness } from '../support/sealed-harness.ts'
import { until } from '../support/until.ts'

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
    await until(() => a.doc.getMap('m').size === 2 && b.doc.getMap('m').size === 2, { what: 'maps converge' })
    await until(() => a.doc.getText('t').length === 12 && b.doc.getText('t').length === 12, {
      what: 'texts converge',
    })
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString())
    // Both go offline, both edit, both come back: the CRDT merge through sealed entries.
    a.room.disconnect()
    b.room.disconnect()
    expect(a.room.status.status).toBe('offline')
    a.doc.getMap('m').set('offline-a', 1)
    b.doc.getMap('m').set('offline-b', 2)
    b.doc.getText('t').delete(0, 6)
    await Promise.all([a.room.flush(), b.room.flush()])
    expect(a.doc.getMap('m').has('offline-b')).toBe(false)
    a.room.connect()
    b.room.connect()
    await until(() => a.doc.getMap('m').size === 4 && b.doc.getMap('m').size === 4, {
      what: 'offline edits converge',
    })
    await until(() => a.doc.getText('t').length === 6, { what: 'offline delete reached a' })
    expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString())
    expect(a.errors).toEqual([])
    expect(b.errors).toEqual([])
  })

  it('a reader receives, and its own edits never leave the device', async () => {
    const secrets = newRoom()
    const writer = h.room(secrets, 'write')
    writer.doc.getText('t').insert(0, 'avant la lecture')
    const reader = h.room(secrets, 'read')
    await until(() => reader.doc.getText('t').toString() === 'avant la lecture', { what: 'reader got state' })
    writer.doc.getText('t').insert(0, 'live: ')
    await until(() => reader.doc.getText('t').toString() === 'live: avant la lecture', {
      what: 'reader got live edit',
    })
    reader.doc.getText('t').insert(0, 'local ')
    await reader.room.flush()
    // Sealed and flushed, yet never pushed: a reader's binding sends nothing.
    expect(reader.room.stats.pushed).toBe(0)
    // A later edit of the writer still reaches the reader (not refused), and the writer never saw 'local'.
    writer.doc.getText('t').insert(0, 'next ')
    await until(() => reader.doc.getText('t').toString().includes('next '), {
      what: 'reader got a later edit',
    })
    expect(writer.doc.getText('t').toString()).toBe('next live: avant la lecture')
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
    await until(() => writer.room.stats.compactions > 0, { what: 'compaction' })
    const reader = h.room(secrets, 'read')
    await h.synced(reader)
    await until(() => reader.doc.getMap('m').get('k') === 'v11', { what: 'reader state' })
    // The reader's sync step 2 went out before it synced; a later edit relayed to it shows it was not refused.
    writer.doc.getMap('m').set('k', 'later')
    await until(() => reader.doc.getMap('m').get('k') === 'later', { what: 'reader got a later edit' })
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
    await h.stored(secrets, noisy)
    const storage = openSqliteStorage(h.relay().dataDir)
    try {
      const large = await storage.logStats(secrets.roomId)
      expect(large.bytes).toBeGreaterThan(150 * 400)
      const compacting = h.room(secrets, 'write', { compactAfter: 20 })
      await until(() => compacting.room.stats.compactions > 0, { what: 'compaction' })
      for (let i = 0; i < 60; i++) {
        noisy.doc.getMap('m').set('small', i)
        await noisy.room.flush()
      }
      // The relay compacts its stored log on its own schedule; wait for it.
      let latest = large.bytes
      await until(
        async () => {
          latest = (await storage.logStats(secrets.roomId)).bytes
          return latest < large.bytes / 5
        },
        { timeout: 20_000, what: 'relay storage to shrink' },
      )
      expect(latest).toBeLessThan(large.bytes / 5)
      const fresh = h.room(secrets, 'read')
      await until(
        () => (fresh.doc.getMap('m').get('draft') as string | undefined)?.startsWith('149:') ?? false,
        { what: 'state kept' },
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
    await until(() => b.doc.getText('t').toString() === 'before;', { what: 'first edit' })
    await h.relay().stop()
    await until(() => a.room.status.status !== 'synced' && b.room.status.status !== 'synced', {
      what: 'offline',
    })
    a.doc.getText('t').insert(7, 'during-a;')
    b.doc.getMap('m').set('during-b', true)
    // Sealed into each envelope while the relay is down; sent when it is back.
    await Promise.all([a.room.flush(), b.room.flush()])
    await h.relay().restart()
    await Promise.all([h.synced(a), h.synced(b)])
    await until(() => b.doc.getText('t').toString() === 'before;during-a;', {
      timeout: 15_000,
      what: 'b got a offline edit',
    })
    await until(() => a.doc.getMap('m').get('during-b') === true, {
      timeout: 15_000,
      what: 'a got b offline edit',
    })
    expect(a.statuses).toContain('offline')
  })
})
