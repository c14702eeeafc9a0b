// Gives memory of evicted rooms back promptly. V8 alone may wait a long time before a full
// collection when the process goes quiet, so after a batch of evictions the relay asks for one
// (at most every MIN_GC_INTERVAL_MS), which lets V8 and the allocator return freed pages.
import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'

/** Smallest time between two requested collections. */
export const MIN_GC_INTERVAL_MS = 5000

let collect: (() => void) | undefined
try {
  setFlagsFromString('--expose-gc')
  collect = runInNewContext('gc') as () => void
} catch {
  collect = undefined
}

let last = 0
let owed = 0

/** Notes that `rooms` rooms left memory; collects when enough were freed and time has passed. */
export function releaseMemory(rooms: number): void {
  owed += rooms
  const now = Date.now()
  if (!collect || owed === 0 || now - last < MIN_GC_INTERVAL_MS) return
  last = now
  owed = 0
  // Later, from an empty stack: the caller's locals still reference what was just freed.
  setTimeout(() => collect?.(), 50).unref()
}
