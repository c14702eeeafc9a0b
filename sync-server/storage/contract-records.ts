// The RelayStorage contract for the records kept beside a room's updates (contract.ts registers
// it): the bounded access log, client ids claimed by the token that first wrote them, and the
// newest status list per key. Run against SQLite and Redis alike.
import { describe, expect, it } from 'vitest'
import { now, room, type StorageFactory, storagePerTest } from './contract-harness.ts'
import { ACCESS_LOG_LIMIT, type AccessLogEntry } from './types.ts'

/** Registers the access-log, client-id and status-list contract tests for one implementation. */
export function runStorageRecordsContract(name: string, makeFactory: () => StorageFactory): void {
  describe(`RelayStorage contract, records: ${name}`, () => {
    const { start, reopen } = storagePerTest(makeFactory)

    it('keeps a bounded access log per room, oldest first', async () => {
      const s = await start()
      const r = room()
      const entry = (i: number): AccessLogEntry => ({
        tokenId: i.toString(16).padStart(32, '0'),
        role: 'read',
        event: i % 2 ? 'open' : 'close',
        at: now + i,
        bytesIn: i,
        bytesOut: 2 * i,
      })
      for (let i = 0; i < ACCESS_LOG_LIMIT + 20; i++) await s.appendAccessLog(r, entry(i))
      const log = await s.readAccessLog(r)
      expect(log).toHaveLength(ACCESS_LOG_LIMIT)
      expect(log[0]).toEqual(entry(20))
      expect(log.at(-1)).toEqual(entry(ACCESS_LOG_LIMIT + 19))
      expect(await s.readAccessLog(room())).toEqual([])
    })

    it('client ids belong to the token that first wrote them, durably, until the room is deleted', async () => {
      const s = await start()
      const r = room()
      const a = 'a'.repeat(32)
      const b = 'b'.repeat(32)
      expect(await s.claimClientIds(r, a, [{ client: 7, isNew: true }])).toBe(true)
      expect(await s.claimClientIds(r, a, [{ client: 7, isNew: false }])).toBe(true)
      expect(await s.claimClientIds(r, b, [{ client: 7, isNew: false }])).toBe(false)
      expect(await s.claimClientIds(r, b, [{ client: 7, isNew: true }])).toBe(false)
      // Known to the room but never claimed (written by a write token): nobody may claim it.
      expect(await s.claimClientIds(r, a, [{ client: 8, isNew: false }])).toBe(false)
      // All or nothing: the failing claim of 7 leaves 9 unclaimed.
      expect(
        await s.claimClientIds(r, b, [
          { client: 9, isNew: true },
          { client: 7, isNew: false },
        ]),
      ).toBe(false)
      expect(await s.claimClientIds(r, a, [{ client: 9, isNew: true }])).toBe(true)
      const raced = await Promise.all([
        s.claimClientIds(r, a, [{ client: 10, isNew: true }]),
        s.claimClientIds(r, b, [{ client: 10, isNew: true }]),
      ])
      expect(raced.filter(Boolean)).toHaveLength(1)
      expect(await s.claimClientIds(room(), b, [{ client: 7, isNew: true }])).toBe(true)
      await s.close()
      const storage = await reopen()
      expect(await storage.claimClientIds(r, b, [{ client: 7, isNew: false }])).toBe(false)
      expect(await storage.claimClientIds(r, a, [{ client: 7, isNew: false }])).toBe(true)
      await storage.deleteRoom(r, now)
      expect(await storage.claimClientIds(r, b, [{ client: 7, isNew: true }])).toBe(true)
    })

    it('keeps the newest status list only, atomically, across reopen', async () => {
      const s = await start()
      const key = `z6Mk${Math.random().toString(36).slice(2)}/list-0001`
      expect(await s.getStatusList(key)).toBeNull()
      expect(await s.putStatusList(key, '2026-01-01T00:00:02Z', 'v2')).toBe('stored')
      expect(await s.putStatusList(key, '2026-01-01T00:00:01Z', 'v1')).toBe('not-newer')
      expect(await s.putStatusList(key, '2026-01-01T00:00:02Z', 'v2bis')).toBe('not-newer')
      expect(await s.getStatusList(key)).toEqual({ validFrom: '2026-01-01T00:00:02Z', body: 'v2' })
      // Racing versions: the newest wins whatever the order they land in.
      const outcomes = await Promise.all([
        s.putStatusList(key, '2026-01-01T00:00:04Z', 'v4'),
        s.putStatusList(key, '2026-01-01T00:00:03Z', 'v3'),
      ])
      expect(outcomes).toContain('stored')
      expect((await s.getStatusList(key))?.body).toBe('v4')
      await s.close()
      const storage = await reopen()
      expect(await storage.getStatusList(key)).toEqual({ validFrom: '2026-01-01T00:00:04Z', body: 'v4' })
      expect(await storage.getStatusList(`${key}x`)).toBeNull()
    })
  })
}
