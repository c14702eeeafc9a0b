// The relay survives hostile frames: 10,000 random and mutated frames (random bytes, mutated
// y-websocket frames, truncated varints, absurd lengths, invalid Yjs updates, missing
// dependencies, role-breaking updates, oversized frames) through a few sockets with valid
// tokens. The relay runs in its own process: it must still be running and healthy, close
// offending sockets only with the relay's named codes (even WebSocket-level violations, which
// the ws library reports as 1002/1007), and a well-behaved client in another room must keep
// syncing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type FuzzReport, type RelayProcess, runFuzz, startRelayProcess } from '../../scripts/fuzz-relay.ts'

let relay: RelayProcess
let report: FuzzReport

beforeAll(async () => {
  relay = await startRelayProcess()
  const seed = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31))
  report = await runFuzz(relay.url, relay.alive, { frames: 10_000, workers: 12, rooms: 3, seed })
}, 180_000)

afterAll(async () => {
  await relay?.stop()
})

describe(`relay fuzz (seed in the report)`, () => {
  it('sent at least 10,000 frames of every kind, each processed before the next', () => {
    expect(report.frames, JSON.stringify(report)).toBeGreaterThanOrEqual(10_000)
    for (const [kind, counts] of Object.entries(report.byKind)) expect(counts.sent, kind).toBeGreaterThan(0)
    expect(report.stalls, `seed ${report.seed}`).toBe(0)
  })

  it('keeps the relay process alive and healthy', () => {
    expect(report.relayAlive, relay.output()).toBe(true)
    expect(relay.alive()).toBe(true)
    expect(report.health.failed, `seed ${report.seed}`).toBe(0)
    expect(report.health.ok).toBeGreaterThan(1)
  })

  it('closes offending sockets with named codes only', () => {
    expect(report.unnamedCloses, `seed ${report.seed}: ${JSON.stringify(report.closeCodes)}`).toEqual([])
    expect(report.closeCodes['malformed-frame']).toBeGreaterThan(0)
    expect(report.closeCodes.forbidden).toBeGreaterThan(0)
    expect(report.closeCodes['frame-too-large']).toBeGreaterThan(0)
    expect(report.closeCodes['pending-overflow']).toBeGreaterThan(0)
    expect(report.byKind['random-bytes'].closed).toBeGreaterThan(0)
  })

  it('keeps a well-behaved room in another room syncing throughout', () => {
    expect(report.good.refusals).toEqual([])
    expect(report.good.disconnects, JSON.stringify(report.good.disconnectCodes)).toBe(0)
    expect(report.good.errors).toBe(0)
    expect(report.good.ticks).toBeGreaterThan(4)
    expect(report.good.delivered).toBe(report.good.ticks)
    expect(report.good.maxLagMs).toBeLessThan(10_000)
  })
})
