// Proof checks run one at a time and hand the thread back once a busy stretch has run for about half a
// frame: opening a booklet of 200 validations then never freezes the screen (each check is ≈ 1–2 ms),
// and nothing is left waiting behind a pile of concurrent canonicalizations. A check asked for while
// nothing else runs starts at once (no yield: a single verification costs no extra turn of the loop).
// Endorsements and status lists go first (`first`): a handful of them unblocks every card of a booklet,
// which would otherwise wait behind all the credentials. A shape seen for the first time still goes
// through jsonld in one stretch (tens of ms, once per shape per session; see fast-canonize.ts).
// In the verification worker there is no screen to keep responsive: it sets no budget (never yields).
let budgetMs = 8

type Scheduler = { yield?: () => Promise<void> }
type Job = { work: () => Promise<unknown>; resolve: (v: unknown) => void; reject: (e: unknown) => void }

// A macrotask, so the browser can paint and handle input (a microtask would not let it).
const breathe = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

const urgent: Job[] = []
const normal: Job[] = []
let running = false
let since = 0

const pump = async () => {
  running = true
  since = performance.now()
  for (let job = urgent.shift() ?? normal.shift(); job; job = urgent.shift() ?? normal.shift()) {
    if (performance.now() - since > budgetMs) {
      await breathe()
      since = performance.now()
    }
    try {
      job.resolve(await job.work())
    } catch (e) {
      job.reject(e)
    }
  }
  running = false
}

/** Runs `work` after the checks queued before it (`first`: before the ordinary ones), yielding to the
 * event loop when the slice is used up. */
export const sliced = <T>(work: () => Promise<T>, first = false): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    ;(first ? urgent : normal).push({ work, resolve: resolve as (v: unknown) => void, reject })
    if (!running) void pump()
  })

/** How long a busy stretch may run before the queue yields (ms); Infinity: never (a worker). */
export const setSliceBudget = (ms: number) => {
  budgetMs = ms
}
