// More of the RelayStorage contract (contract.ts), run against SQLite and Redis alike: use of a
// room pushes its default-TTL clock forward (room-use.ts), and short handover records are taken
// once, expire, survive a reopen and respect their caps (handovers.ts).
import { describe, expect, it } from 'vitest'
import { now, room, type StorageFactory, storagePerTest } from './contract-harness.ts'

const ms = now * 1000
const caps = { maxTotalBytes: 100, maxOwnerBytes: 60 }

/** Registers the room-use and handover contract tests for one implementation. */
export function runStorageUseContract(name: string, makeFactory: () => StorageFactory): void {
  describe(`RelayStorage contract, use and handovers: ${name}`, () => {
    const { start, reopen } = storagePerTest(makeFactory)

    it('a used room stays; an explicit erase time, a deleted room and a never-written room are left alone', async () => {
      const s = await start()
      const [used, idle, explicit, deleted, empty] = [room(), room(), room(), room(), room()]
      for (const r of [used, idle, explicit, deleted]) await s.appendUpdate(r, new Uint8Array([1]), now - 100)
      await s.applyStatement(explicit, '21'.repeat(16), now + 1200, { expiresAt: now - 1 })
      await s.deleteRoom(deleted, now - 50)
      expect(await s.touchRoom(used, now - 10)).toBe(true)
      expect(await s.touchRoom(used, now - 20)).toBe(false) // never backwards
      expect(await s.touchRoom(explicit, now)).toBe(false)
      expect(await s.touchRoom(deleted, now)).toBe(false)
      expect(await s.touchRoom(empty, now)).toBe(false)
      expect((await s.getMeta(used)).lastWriteAt).toBe(now - 10)
      expect((await s.getMeta(empty)).lastWriteAt).toBe(0)
      // Default TTL 50: 'idle' (last activity now - 100) is past it, 'used' (now - 10) is not.
      expect([...(await s.listExpiredRooms(now, 50, 100))].sort()).toEqual([idle, explicit].sort())
      expect(await s.listExpiredRooms(now + 40, 50, 100)).toContain(used)
      // An append after a touch keeps the later time.
      await s.appendUpdate(used, new Uint8Array([2]), now - 30)
      expect((await s.getMeta(used)).lastWriteAt).toBe(now - 10)
    })

    it('handover records are taken once, expire, and survive a reopen', async () => {
      const s = await start()
      expect(await s.putHandover('aaaaaaaaaaaa', new Uint8Array([1, 2]), ms + 60_000, 'o1', caps, ms)).toBe(
        'stored',
      )
      expect(await s.putHandover('aaaaaaaaaaaa', new Uint8Array([3]), ms + 60_000, 'o1', caps, ms)).toBe(
        'handover-exists',
      )
      expect(await s.putHandover('bbbbbbbbbbbb', new Uint8Array([4]), ms + 1000, 'o2', caps, ms)).toBe(
        'stored',
      )
      expect(await s.putHandover('cccccccccccc', new Uint8Array([5]), ms + 5000, 'o2', caps, ms)).toBe(
        'stored',
      )
      await s.close()
      const storage = await reopen()
      expect(await storage.countHandovers()).toBe(3)
      expect(await storage.takeHandover('aaaaaaaaaaaa', ms + 10)).toEqual(new Uint8Array([1, 2]))
      expect(await storage.takeHandover('aaaaaaaaaaaa', ms + 10)).toBeNull()
      // Expired: not given back, and erased by the taking.
      expect(await storage.takeHandover('bbbbbbbbbbbb', ms + 1000)).toBeNull()
      expect(await storage.countHandovers()).toBe(1)
      expect(await storage.sweepHandovers(ms + 5000)).toBe(1)
      expect(await storage.countHandovers()).toBe(0)
    })

    it('handover records respect the total and per-owner caps, freed as records go', async () => {
      const s = await start()
      const b = (n: number) => new Uint8Array(n)
      expect(await s.putHandover('aaaaaaaaaaa1', b(50), ms + 60_000, 'o1', caps, ms)).toBe('stored')
      expect(await s.putHandover('aaaaaaaaaaa2', b(20), ms + 60_000, 'o1', caps, ms)).toBe(
        'handover-owner-full',
      )
      expect(await s.putHandover('bbbbbbbbbbb1', b(40), ms + 1000, 'o2', caps, ms)).toBe('stored')
      expect(await s.putHandover('ccccccccccc1', b(20), ms + 60_000, 'o3', caps, ms)).toBe('handover-full')
      // o2's record expired: the next put sweeps it and finds room.
      expect(await s.putHandover('ccccccccccc1', b(20), ms + 60_000, 'o3', caps, ms + 1000)).toBe('stored')
      expect(await s.takeHandover('aaaaaaaaaaa1', ms + 1000)).toHaveLength(50)
      expect(await s.putHandover('aaaaaaaaaaa2', b(60), ms + 60_000, 'o1', caps, ms + 1000)).toBe('stored')
      expect(await s.countHandovers()).toBe(2)
    })
  })
}
