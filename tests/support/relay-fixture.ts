// Per-test relays for the relay integration tests: every relay started through the fixture is
// stopped after its test, and every client made through it destroyed, so a test file declares
// one line instead of its own afterEach. Kept apart from relay.ts, which benchmarks import
// outside vitest.
import { afterEach } from 'vitest'
import type { RelayLimits } from '../../sync-server/limits.ts'
import { provider, startTestRelay, type TestRelay } from './relay.ts'

/** Registers the afterEach hook; returns how to start relays and clients cleaned up after each test. */
export function relayPerTest() {
  const relays: TestRelay[] = []
  const cleanups: (() => void)[] = []
  afterEach(async () => {
    for (const c of cleanups.splice(0)) c()
    for (const r of relays.splice(0).reverse()) await r.stop()
  })
  const latest = (): TestRelay => {
    const relay = relays.at(-1)
    if (!relay) throw new Error('start a relay first')
    return relay
  }
  return {
    /** Run after the test (clients, sockets), before the relays stop. */
    cleanups,
    /** Starts a relay (stopped after the test); `dataDir` reuses a directory, e.g. after a restart. */
    async start(limits: Partial<RelayLimits> = {}, dataDir?: string): Promise<TestRelay> {
      const relay = await startTestRelay(limits, dataDir)
      relays.push(relay)
      return relay
    },
    /** A y-websocket provider on the latest relay, destroyed after the test. */
    client(roomId: string, token: string): ReturnType<typeof provider> {
      const c = provider(latest().wsBase, roomId, token)
      cleanups.push(c.destroy)
      return c
    },
  }
}
