// Helpers for the runtime integration tests: one relay per file (port 0, temporary data directory),
// a registry of the runtimes under test bound to it (sockets through the `ws` package), the relay's
// count of open sockets, all stopped after each test or after the file.
import { afterAll, afterEach, beforeAll } from 'vitest'
import WebSocket from 'ws'
import type * as Y from 'yjs'
import {
  type AppMode,
  type NetworkSignal,
  RetryScheduler,
  type Runtime,
  type RuntimeNet,
  RuntimeRegistry,
} from '../../src/features/runtime/index.ts'
import { fakeNetwork } from '../../src/features/runtime/testing.ts'
import { startTestRelay, type TestRelay } from './sealed.ts'
import { until } from './until.ts'

/** Registers the relay hooks and returns helpers bound to it. */
export function runtimeHarness() {
  let relay: TestRelay | undefined
  const registries: RuntimeRegistry[] = []
  const schedulers: RetryScheduler[] = []
  beforeAll(async () => {
    relay = await startTestRelay({ logLevel: 'silent' })
  })
  afterEach(() => {
    for (const r of registries.splice(0)) r.stopAll()
    for (const s of schedulers.splice(0)) s.dispose()
  })
  afterAll(async () => {
    await relay?.dispose()
  })
  const live = (): TestRelay => {
    if (!relay) throw new Error('no relay')
    return relay
  }
  const net = (): RuntimeNet => ({ relayOrigin: live().url, WebSocketPolyfill: WebSocket })
  return {
    url: () => live().url,
    net,
    /** Open WebSocket connections on the relay right now. */
    connections: () => live().relay.metrics.connections,
    /** Resolves once the relay holds no socket (every runtime let its rooms go). */
    noSockets: () => until(() => live().relay.metrics.connections === 0, { what: 'no socket left open' }),
    /** A registry of `runtimes` on this relay; the network is a switch the test holds. */
    registry(runtimes: readonly Runtime[], network: NetworkSignal = fakeNetwork()) {
      const retry = new RetryScheduler({ network, backoff: { minBackoffMs: 50, maxBackoffMs: 400 } })
      const registry = new RuntimeRegistry(runtimes, { net: net(), retry })
      registries.push(registry)
      schedulers.push(retry)
      return {
        registry,
        retry,
        start: (mode: AppMode, booklet?: Y.Doc) => registry.update({ mode, ...(booklet ? { booklet } : {}) }),
      }
    },
  }
}
