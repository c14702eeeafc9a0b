// A room in use never expires (issue #9): the default time-to-live runs from a room's last
// activity — a write, or a socket opened on it — so a person's private room, recovery room or
// inbox that is read for months without a write stays; an unused room is still erased. The
// relay's clock is injected (Date faked; timers stay real).
import { afterEach, describe, expect, it, vi } from 'vitest'
import { makeRoom, provider, startTestRelay, type TestRelay } from '../support/relay.ts'
import { until } from '../support/until.ts'

const TTL = 1000

describe('room expiry follows use', () => {
  let relay: TestRelay
  afterEach(async () => {
    vi.useRealTimers()
    await relay?.stop()
  })

  it('a room read after its last write is kept TTL after the read, then erased when unused', async () => {
    const t0 = Date.UTC(2027, 0, 1)
    vi.useFakeTimers({ toFake: ['Date'], now: t0 })
    relay = await startTestRelay({ defaultRoomTtlSeconds: TTL })
    const storage = relay.relay.hub.ctx.storage
    const room = makeRoom()
    const unused = makeRoom()
    for (const r of [room, unused]) {
      const writer = provider(relay.wsBase, r.roomId, r.token('write'))
      await writer.synced()
      writer.entries.push([new Uint8Array([7])])
      await until(async () => (await storage.logStats(r.roomId)).count === 1, { timeout: 10_000 })
      writer.destroy()
    }
    // Most of a TTL later, the person's device opens the room to read it (no write).
    vi.setSystemTime(t0 + 900_000)
    const reader = provider(relay.wsBase, room.roomId, room.token('read'))
    await reader.synced()
    await until(async () => (await storage.getMeta(room.roomId)).lastWriteAt === t0 / 1000 + 900, {
      timeout: 10_000,
    })
    reader.destroy()
    // Past the TTL of the last write: the unused room goes, the read one stays.
    vi.setSystemTime(t0 + 1_500_000)
    await relay.relay.hub.sweep()
    expect((await storage.getMeta(unused.roomId)).deletedAt).not.toBeNull()
    expect((await storage.getMeta(room.roomId)).deletedAt).toBeNull()
    const again = provider(relay.wsBase, room.roomId, room.token('read'))
    await again.synced()
    expect(again.entries.length).toBe(1)
    again.destroy()
    await until(async () => (await storage.getMeta(room.roomId)).lastWriteAt === t0 / 1000 + 1500, {
      timeout: 10_000,
    })
    // A TTL after its last use, nobody opened it: erased.
    vi.setSystemTime(t0 + 1_500_000 + TTL * 1000 + 1000)
    await relay.relay.hub.sweep()
    expect((await storage.getMeta(room.roomId)).deletedAt).not.toBeNull()
  })

  it('a room kept open by a device is recorded as used while it stays open', async () => {
    const t0 = Date.UTC(2027, 0, 1)
    vi.useFakeTimers({ toFake: ['Date'], now: t0 })
    relay = await startTestRelay({ defaultRoomTtlSeconds: TTL })
    const storage = relay.relay.hub.ctx.storage
    const room = makeRoom()
    const device = provider(relay.wsBase, room.roomId, room.token('write'))
    await device.synced()
    device.entries.push([new Uint8Array([8])])
    await until(async () => (await storage.logStats(room.roomId)).count === 1, { timeout: 10_000 })
    // Time passes with the socket open and nothing written: the relay's tick records the use.
    vi.setSystemTime(t0 + 800_000)
    relay.relay.hub.tick()
    await until(async () => (await storage.getMeta(room.roomId)).lastWriteAt === t0 / 1000 + 800, {
      timeout: 10_000,
    })
    vi.setSystemTime(t0 + 1_500_000)
    await relay.relay.hub.sweep()
    expect((await storage.getMeta(room.roomId)).deletedAt).toBeNull()
    expect(device.closes).toEqual([])
    device.destroy()
  })
})
