// Gives memory of evicted rooms back promptly. V8 alone may wait a long time before a full
// collection when the process goes quiet, so after a batch of evictions the relay asks for one
// (at most every MIN_GC_INTERVAL_MS), a memory-reducing one that returns freed pages to the OS.
import { getHeapStatistics, setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Smallest time between two requested collections. */
export const MIN_GC_INTERVAL_MS = 5000

/**
 * Largest heap (bytes used) for which a collection is requested. The collection is synchronous
 * and its pause grows with the heap: on a large heap it would stall every socket for longer than
 * the latency honest clients are promised, and V8's own incremental collections do the work.
 */
export const MAX_HEAP_FOR_GC = 48 * 1024 * 1024

type GcOptions = { type: 'major'; execution: 'sync'; flavor: 'last-resort' }
let collect: (() => void) | undefined
try {
  setFlagsFromString('--expose-gc')
  const gc = runInNewContext('gc') as (options?: GcOptions) => void
  // 'last-resort' is V8's memory-reducing collection: it compacts and returns freed pages to
  // the OS, where a plain full collection keeps them committed (tens of MB after 1,000 rooms).
  collect = () => gc({ type: 'major', execution: 'sync', flavor: 'last-resort' })
} catch {
  collect = undefined
}

let last = 0
let owed = 0
let pending: NodeJS.Timeout | undefined

/**
 * Notes that `rooms` rooms left memory; collects soon after, and at most every
 * MIN_GC_INTERVAL_MS (rooms evicted meanwhile are collected when the interval has passed).
 */
export function releaseMemory(rooms: number): void {
  owed += rooms
  if (!collect || owed === 0 || pending) return
  // Later, from an empty stack: the caller's locals still reference what was just freed.
  const wait = Math.max(50, last + MIN_GC_INTERVAL_MS - Date.now())
  pending = setTimeout(() => {
    pending = undefined
    last = Date.now()
    owed = 0
    if (getHeapStatistics().used_heap_size <= MAX_HEAP_FOR_GC) collect?.()
  }, wait).unref()
}
