// The contract every RelayStorage implementation must pass (SQLite and Redis run this same
// suite). `open` returns a fresh, empty storage; `reopen` opens the same data again after
// the first was closed (durability across restarts). Here: the update log, compaction, room
// metadata and statements, deletion and expiry; the records kept beside them (access log,
// client ids, status lists) are in contract-records.ts, registered from here too.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { now, room, type StorageFactory, storagePerTest } from './contract-harness.ts'
import { runStorageRecordsContract } from './contract-records.ts'

const bytes = (...values: number[]) => new Uint8Array(values)

function entryUpdate(doc: Y.Doc, content: Uint8Array): Uint8Array {
  let update: Uint8Array = new Uint8Array()
  const handler = (u: Uint8Array) => {
    update = u
  }
  doc.on('update', handler)
  doc.getArray<Uint8Array>('entries').push([content])
  doc.off('update', handler)
  return update
}

/** Registers the storage contract tests for one implementation. */
export function runStorageContract(name: string, makeFactory: () => StorageFactory): void {
  describe(`RelayStorage contract: ${name}`, () => {
    const { start, reopen } = storagePerTest(makeFactory)

    it('appends updates and loads them in order with stats', async () => {
      const s = await start()
      const r = room()
      expect(await s.loadUpdates(r)).toEqual({ updates: [], cursor: null, stats: { count: 0, bytes: 0 } })
      expect(await s.appendUpdate(r, bytes(1, 2), now)).toEqual({ count: 1, bytes: 2 })
      await Promise.all([s.appendUpdate(r, bytes(3), now), s.appendUpdate(r, bytes(4, 5, 6), now)])
      const loaded = await s.loadUpdates(r)
      expect(loaded.updates.map((u) => [...u])).toEqual([[1, 2], [3], [4, 5, 6]])
      expect(loaded.stats).toEqual({ count: 3, bytes: 6 })
      expect(await s.logStats(r)).toEqual({ count: 3, bytes: 6 })
      expect(loaded.cursor).not.toBeNull()
      expect((await s.loadUpdates(room())).updates).toEqual([])
    })

    it('loads after a cursor and in pages', async () => {
      const s = await start()
      const r = room()
      for (let i = 0; i < 5; i++) await s.appendUpdate(r, bytes(i), now)
      const first = await s.loadUpdates(r, undefined, 2)
      expect(first.updates.map((u) => u[0])).toEqual([0, 1])
      const rest = await s.loadUpdates(r, first.cursor ?? undefined)
      expect(rest.updates.map((u) => u[0])).toEqual([2, 3, 4])
      const none = await s.loadUpdates(r, rest.cursor ?? undefined)
      expect(none.updates).toEqual([])
      expect(none.cursor).toBeNull()
    })

    it('is durable across close and reopen', async () => {
      const s = await start()
      const r = room()
      await s.appendUpdate(r, bytes(7, 7), now)
      await s.applyStatement(r, 'a'.repeat(32), now + 600, {
        revokeTokenIds: ['b'.repeat(32)],
        expiresAt: now + 50,
      })
      await s.close()
      const storage = await reopen()
      expect((await storage.loadUpdates(r)).updates.map((u) => [...u])).toEqual([[7, 7]])
      const meta = await storage.getMeta(r)
      expect(meta.revokedTokenIds).toEqual(['b'.repeat(32)])
      expect(meta.expiresAt).toBe(now + 50)
    })

    it('compaction replaces through the cursor and keeps later updates', async () => {
      const s = await start()
      const r = room()
      const doc = new Y.Doc()
      const u1 = entryUpdate(doc, bytes(1))
      const u2 = entryUpdate(doc, bytes(2))
      await s.appendUpdate(r, u1, now)
      await s.appendUpdate(r, u2, now)
      const loaded = await s.loadUpdates(r)
      // Appended after the read, as another instance would, before the compaction lands.
      const u3 = entryUpdate(doc, bytes(3))
      await s.appendUpdate(r, u3, now)
      const merged = Y.mergeUpdates(loaded.updates)
      const stats = await s.replaceUpdates(r, loaded.cursor as NonNullable<typeof loaded.cursor>, merged)
      expect(stats).toEqual({ count: 2, bytes: merged.length + u3.length })
      expect(await s.logStats(r)).toEqual(stats)
      const after = await s.loadUpdates(r)
      expect(after.updates.map((u) => [...u])).toEqual([[...merged], [...u3]])
      const check = new Y.Doc()
      for (const u of after.updates) Y.applyUpdate(check, u)
      expect(check.getArray('entries').toArray()).toEqual([bytes(1), bytes(2), bytes(3)])
      // The old cursor still works for loading what came after it.
      const tail = await s.loadUpdates(r, loaded.cursor ?? undefined)
      expect(tail.updates.map((u) => [...u])).toEqual([[...u3]])
    })

    it('metadata defaults, revocations accumulate, replays are refused', async () => {
      const s = await start()
      const r = room()
      expect(await s.getMeta(r)).toEqual({
        expiresAt: null,
        lastWriteAt: 0,
        revokedTokenIds: [],
        revokedBefore: 0,
        deletedAt: null,
      })
      expect(
        await s.applyStatement(r, '01'.repeat(16), now + 1200, { revokeTokenIds: ['c'.repeat(32)] }),
      ).toBe('applied')
      expect(
        await s.applyStatement(r, '01'.repeat(16), now + 1200, { revokeTokenIds: ['d'.repeat(32)] }),
      ).toBe('replay')
      expect(await s.applyStatement(r, '02'.repeat(16), now + 1200, { revokeBefore: now - 5 })).toBe(
        'applied',
      )
      expect(await s.applyStatement(r, '03'.repeat(16), now + 1200, { revokeBefore: now - 50 })).toBe(
        'applied',
      )
      expect(await s.applyStatement(room(), '01'.repeat(16), now + 1200, {})).toBe('applied')
      const meta = await s.getMeta(r)
      expect(meta.revokedTokenIds).toEqual(['c'.repeat(32)])
      expect(meta.revokedBefore).toBe(now - 5)
      await s.appendUpdate(r, bytes(1), now + 3)
      expect((await s.getMeta(r)).lastWriteAt).toBe(now + 3)
    })

    it('caps a revocation list: a revoke past the cap applies nothing; known ids do not count twice', async () => {
      const s = await start()
      const r = room()
      const ids = (c: string, n: number) =>
        Array.from({ length: n }, (_, i) => c + String(i).padStart(31, '0'))
      const cap = { maxRevokedTokenIds: 4 }
      expect(
        await s.applyStatement(r, '21'.repeat(16), now + 1200, { revokeTokenIds: ids('a', 3), ...cap }),
      ).toBe('applied')
      expect(
        await s.applyStatement(r, '22'.repeat(16), now + 1200, {
          revokeTokenIds: [...ids('a', 3), ...ids('b', 2)],
          revokeBefore: now,
          ...cap,
        }),
      ).toBe('revocation-list-full')
      expect(await s.getMeta(r)).toMatchObject({ revokedTokenIds: ids('a', 3), revokedBefore: 0 })
      expect(
        await s.applyStatement(r, '23'.repeat(16), now + 1200, {
          revokeTokenIds: [...ids('a', 3), ...ids('b', 1)],
          ...cap,
        }),
      ).toBe('applied')
      expect((await s.getMeta(r)).revokedTokenIds).toEqual([...ids('a', 3), ...ids('b', 1)])
      // "Issued before T" needs no room in the list.
      expect(await s.applyStatement(r, '24'.repeat(16), now + 1200, { revokeBefore: now, ...cap })).toBe(
        'applied',
      )
      expect((await s.getMeta(r)).revokedBefore).toBe(now)
      await s.ping()
    })

    it('concurrent statements with the same id apply once', async () => {
      const s = await start()
      const r = room()
      const results = await Promise.all(
        Array.from({ length: 5 }, () =>
          s.applyStatement(r, 'ee'.repeat(16), now + 1200, { revokeBefore: now }),
        ),
      )
      expect(results.filter((x) => x === 'applied')).toHaveLength(1)
    })

    it('deletion erases updates, log and meta, keeps a tombstone and refuses later appends', async () => {
      const s = await start()
      const r = room()
      const other = room()
      await s.appendUpdate(r, bytes(9), now)
      await s.appendUpdate(other, bytes(8), now)
      await s.appendAccessLog(r, {
        tokenId: 'f'.repeat(32),
        role: 'write',
        event: 'open',
        at: now,
        bytesIn: 1,
        bytesOut: 2,
      })
      await s.applyStatement(r, '0f'.repeat(16), now + 1200, { revokeTokenIds: ['a'.repeat(32)] })
      await s.deleteRoom(r, now + 1)
      await s.deleteRoom(r, now + 2)
      expect(await s.loadUpdates(r)).toEqual({ updates: [], cursor: null, stats: { count: 0, bytes: 0 } })
      expect(await s.readAccessLog(r)).toEqual([])
      const meta = await s.getMeta(r)
      expect(meta.deletedAt).toBe(now + 1)
      expect(meta.revokedTokenIds).toEqual([])
      await expect(s.appendUpdate(r, bytes(1), now + 3)).rejects.toThrow()
      expect((await s.loadUpdates(r)).updates).toEqual([])
      expect((await s.loadUpdates(other)).updates.map((u) => [...u])).toEqual([[8]])
    })

    it('lists expired rooms by explicit time or default TTL, never deleted ones', async () => {
      const s = await start()
      const [a, b, c, d, e] = [room(), room(), room(), room(), room()]
      await s.appendUpdate(a, bytes(1), now - 100) // default TTL 50 → expired
      await s.appendUpdate(b, bytes(1), now - 10) // default TTL 50 → alive
      await s.appendUpdate(c, bytes(1), now) // explicit, in the past
      await s.applyStatement(c, '11'.repeat(16), now + 1200, { expiresAt: now - 1 })
      await s.appendUpdate(d, bytes(1), now - 100) // explicit, in the future
      await s.applyStatement(d, '12'.repeat(16), now + 1200, { expiresAt: now + 100 })
      await s.appendUpdate(e, bytes(1), now - 100) // expired but deleted
      await s.deleteRoom(e, now)
      const expired = await s.listExpiredRooms(now, 50, 100)
      expect([...expired].sort()).toEqual([a, c].sort())
      expect(await s.listExpiredRooms(now, 50, 1)).toHaveLength(1)
    })
  })
  runStorageRecordsContract(name, makeFactory)
}
