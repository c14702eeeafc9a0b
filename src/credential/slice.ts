// Proof checks run one at a time and hand the thread back once a busy stretch has run for about half a
// frame: opening a booklet of 200 validations then never freezes the screen (each check is ≈ 1–2 ms),
// and nothing is left waiting behind a pile of concurrent canonicalizations. A check asked for while
// nothing else runs starts at once (no yield: a single verification costs no extra turn of the loop).
// A shape seen for the first time still goes through jsonld in one stretch (tens of ms, once per shape
// per session; see fast-canonize.ts).
const BUDGET_MS = 8

type Scheduler = { yield?: () => Promise<void> }

// A macrotask, so the browser can paint and handle input (a microtask would not let it).
const breathe = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

let tail: Promise<unknown> = Promise.resolve()
let waiting = 0
let since = 0

/** Runs `work` after the checks queued before it, yielding to the event loop when the slice is used up. */
export const sliced = <T>(work: () => Promise<T>): Promise<T> => {
  // Nothing queued or running: a new busy stretch starts now.
  if (waiting === 0) since = performance.now()
  waiting++
  const run = async (): Promise<T> => {
    try {
      if (performance.now() - since > BUDGET_MS) {
        await breathe()
        since = performance.now()
      }
      return await work()
    } finally {
      waiting--
    }
  }
  const result = tail.then(run, run)
  tail = result.catch(() => undefined)
  return result
}
