// The per-IP time budget (issue #9): sockets of one client address share one budget, whatever
// their tokens and rooms (anyone can mint tokens for rooms of their own), on top of each
// token's. Past it they are paused; when the wait would pass updateCpuMaxWaitMs, the socket is
// closed with 4430 'cpu-budget' and new sockets from that address are refused the same way,
// counted as quota "ip-cpu" in /metrics.
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { CloseCode } from '../../src/protocol/close-codes.ts'
import { makeRoom, rawClient, readMetrics, startTestRelay, type TestRelay } from '../support/relay.ts'
import { until } from '../support/until.ts'
import { chainUpdate, syncFrame } from '../support/update-forge.ts'

async function metric(relay: TestRelay, name: string): Promise<number> {
  const text = await readMetrics(relay)
  const match = new RegExp(`^${name.replace(/[{}"]/g, '\\$&')} (\\d+)`, 'm').exec(text)
  return match ? Number(match[1]) : 0
}

/** Token budgets out of the way: only the IP's can hold a socket. */
const TOKENS_UNBOUNDED = { updateCpuMsPerSecond: 1_000_000, updateCpuBurstMs: 1_000_000 }

describe('relay per-IP time budget', () => {
  let relay: TestRelay
  afterEach(async () => {
    await relay?.stop()
  })

  it("pauses another token's socket from the same address until the address's time drained, then stores its update", async () => {
    relay = await startTestRelay({
      ...TOKENS_UNBOUNDED,
      ipCpuMsPerSecond: 20,
      ipCpuBurstMs: 0,
      updateCpuMaxWaitMs: 60_000,
    })
    const heavy = makeRoom()
    const other = makeRoom()
    const a = rawClient(relay.wsBase, heavy.roomId, heavy.token('append'))
    const b = rawClient(relay.wsBase, other.roomId, other.token('append'))
    await Promise.all([a.opened, b.opened])
    a.send(syncFrame(2, chainUpdate(90, 2000)))
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(heavy.roomId)).count === 1, {
      timeout: 20_000,
    })
    b.send(syncFrame(2, chainUpdate(91, 1)))
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(other.roomId)).count === 1, {
      timeout: 30_000,
    })
    expect(await metric(relay, 'livret_sockets_throttled_by_ip_total')).toBeGreaterThanOrEqual(1)
    expect(a.ws.readyState).toBe(1)
    expect(b.ws.readyState).toBe(1)
    expect(await metric(relay, 'livret_messages_refused_total{reason="cpu-budget"}')).toBe(0)
    a.ws.close()
    b.ws.close()
  })

  it('closes a socket (4430) and refuses new ones from an address past its budget; another address is not touched', async () => {
    relay = await startTestRelay({
      ...TOKENS_UNBOUNDED,
      // A burst that holds an upgrade or two, draining a thousandth of a millisecond a second:
      // once spent, the wait is far longer than 500 ms.
      ipCpuMsPerSecond: 0.001,
      ipCpuBurstMs: 5,
      updateCpuMaxWaitMs: 500,
    })
    const room = makeRoom()
    const a = rawClient(relay.wsBase, room.roomId, room.token('append'))
    await a.opened
    // Chains of 2,000 items, each a few milliseconds of checking and applying: the burst goes.
    for (let i = 0; i < 10; i++)
      a.send(
        syncFrame(2, chainUpdate(92, 2000, i * 2000, i === 0 ? null : { client: 92, clock: i * 2000 - 1 })),
      )
    expect((await a.closed).code).toBe(CloseCode['cpu-budget'])
    const b = rawClient(relay.wsBase, room.roomId, room.token('write'))
    expect((await b.closed).code).toBe(CloseCode['cpu-budget'])
    expect(await metric(relay, 'livret_quota_refused_total{quota="ip-cpu"}')).toBeGreaterThanOrEqual(2)
    expect((await relay.relay.hub.ctx.storage.logStats(room.roomId)).count).toBeLessThan(10)
    // Another address: a budget of its own, untouched.
    const elsewhere = makeRoom()
    const other = new WebSocket(
      `${relay.wsBase}/sync/${elsewhere.roomId}?token=${elsewhere.token('write')}`,
      {
        localAddress: '127.0.0.2',
      },
    )
    other.on('error', () => {})
    await new Promise((resolve) => other.once('open', resolve))
    other.send(syncFrame(2, chainUpdate(93, 1)))
    await until(async () => (await relay.relay.hub.ctx.storage.logStats(elsewhere.roomId)).count === 1)
    expect(other.readyState).toBe(1)
    other.close()
  })
})
