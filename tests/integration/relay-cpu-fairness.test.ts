// The relay's fairness guards (issue #9): a token past its CPU time budget is paused, not
// disconnected, and its frames go on once the time drained; a room cannot grow past
// maxRoomStructs structs in memory (4507), whatever its stored size.
import { afterEach, describe, expect, it } from 'vitest'
import { CloseCode } from '../../src/protocol/close-codes.ts'
import { makeRoom, rawClient, readMetrics, startTestRelay, type TestRelay } from '../support/relay.ts'
import { until } from '../support/until.ts'
import { chainUpdate, syncFrame } from '../support/update-forge.ts'

async function metric(relay: TestRelay, name: string): Promise<number> {
  const text = await readMetrics(relay)
  const match = new RegExp(`^${name.replace(/[{}"]/g, '\\$&')} (\\d+)`, 'm').exec(text)
  return match ? Number(match[1]) : Number.NaN
}

describe('relay fairness', () => {
  let relay: TestRelay
  afterEach(async () => {
    await relay?.stop()
  })

  it('pauses a socket past its time budget instead of closing it; its next frames are stored afterwards', async () => {
    relay = await startTestRelay({
      updateCpuMsPerSecond: 20,
      updateCpuBurstMs: 0,
      updateCpuMaxWaitMs: 60_000,
    })
    const room = makeRoom()
    const writer = rawClient(relay.wsBase, room.roomId, room.token('append'))
    await writer.opened
    // Sent back to back: the second arrives while the first's cost is still charged.
    writer.send(syncFrame(2, chainUpdate(70, 2000)))
    writer.send(syncFrame(2, chainUpdate(70, 1, 2000, { client: 70, clock: 1999 })))
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 2, {
      timeout: 30_000,
    })
    expect(await metric(relay, 'livret_sockets_throttled_total')).toBeGreaterThanOrEqual(1)
    expect(writer.ws.readyState).toBe(1)
    expect(await metric(relay, 'livret_messages_refused_total{reason="cpu-budget"}')).toBeNaN()
    writer.ws.close()
  })

  it('refuses an update that would bring the room past maxRoomStructs structs (4507), storing nothing', async () => {
    relay = await startTestRelay({ maxRoomStructs: 3000 })
    const room = makeRoom()
    const first = rawClient(relay.wsBase, room.roomId, room.token('append'))
    await first.opened
    first.send(syncFrame(2, chainUpdate(80, 2000)))
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(room.roomId)).count === 1, {
      timeout: 20_000,
    })
    first.send(syncFrame(2, chainUpdate(80, 2000, 2000, { client: 80, clock: 1999 })))
    expect((await first.closed).code).toBe(CloseCode['room-full'])
    expect((await relay.relay.hub.ctx.storage.logStats(room.roomId)).count).toBe(1)
    expect(await metric(relay, 'livret_messages_refused_total{reason="room-full"}')).toBe(1)
  })
})
