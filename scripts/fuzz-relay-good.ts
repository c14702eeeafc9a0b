// The well-behaved side of the fuzz run: a SealedRoom writer and reader in a room of their
// own. The writer sets a tick every 250 ms; the reader must see every tick, quickly, with no
// refusal and no lost connection, while the relay is being fuzzed.
import type { Role } from '../src/protocol/index.ts'
import { DEFAULT_BACKOFF } from '../src/transport/backoff.ts'
import { createRoom } from '../src/transport/room-keys.ts'
import { openRoom } from '../tests/support/sealed.ts'
import { sleep } from './fuzz-relay-process.ts'

/** What the well-behaved clients saw. */
export interface GoodReport {
  ticks: number
  delivered: number
  p50LagMs: number
  maxLagMs: number
  refusals: string[]
  errors: number
  /** Times the good clients lost their connection, and the close codes (0: closed by the client). */
  disconnects: number
  disconnectCodes: number[]
}

/** A writer and a reader in their own room; the writer ticks, the reader must follow. */
export function goodClients(url: string) {
  const secrets = createRoom()
  // The app's own reconnection policy (openRoom's is a test's quicker one).
  const make = (role: Role) =>
    openRoom(url, secrets, role, { ...DEFAULT_BACKOFF, batchMs: 10, compactAfter: 50 })
  const writer = make('write')
  const reader = make('read')
  const refusals: string[] = []
  let errors = 0
  let disconnects = 0
  let finishing = false
  const closeCodes: number[] = []
  for (const { room } of [writer, reader]) {
    room.on('status', (s) => {
      if (s.status === 'refused') refusals.push(s.code)
      if (s.status === 'offline' && !finishing) {
        disconnects++
        closeCodes.push(s.closeCode ?? 0)
      }
    })
    room.on('error', () => errors++)
  }
  const sentAt = new Map<number, number>()
  const lags: number[] = []
  reader.doc.getMap('good').observe(() => {
    const tick = reader.doc.getMap('good').get('tick') as number | undefined
    const at = tick === undefined ? undefined : sentAt.get(tick)
    if (tick !== undefined && at !== undefined) {
      lags.push(Date.now() - at)
      sentAt.delete(tick)
    }
  })
  let ticks = 0
  const timer = setInterval(() => {
    ticks++
    sentAt.set(ticks, Date.now())
    writer.doc.getMap('good').set('tick', ticks)
  }, 250)
  return {
    async finish(): Promise<GoodReport> {
      clearInterval(timer)
      const deadline = Date.now() + 10_000
      while (reader.doc.getMap('good').get('tick') !== ticks && Date.now() < deadline) await sleep(20)
      finishing = true
      writer.room.destroy()
      reader.room.destroy()
      lags.sort((a, b) => a - b)
      return {
        ticks,
        delivered: reader.doc.getMap('good').get('tick') === ticks ? ticks : lags.length,
        p50LagMs: lags[Math.floor(lags.length / 2)] ?? -1,
        maxLagMs: lags[lags.length - 1] ?? -1,
        refusals,
        errors,
        disconnects,
        disconnectCodes: closeCodes,
      }
    },
  }
}
