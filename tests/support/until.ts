// The one way tests wait: poll a condition until it holds, never sleep for a fixed time. A sleep
// either wastes time or, on a loaded machine, is too short; a polled condition is neither.
// No vitest import: benchmarks, `beforeAll` blocks and unit tests under `src/` use it too.

/** How long to poll and how often; `what` names the condition in the timeout error. */
export interface UntilOptions {
  /** Milliseconds before giving up (default 10 000). */
  timeout?: number
  /** Milliseconds between two checks (default 10). */
  interval?: number
  /** What is awaited, for the error message. */
  what?: string
}

/** `T` without its falsy members: what `until` resolves with. */
export type Truthy<T> = Exclude<T, false | 0 | '' | null | undefined>

/** Resolves with the first truthy result of `check` (sync or async); throws after `timeout` ms. */
export async function until<T>(check: () => T | Promise<T>, options: UntilOptions = {}): Promise<Truthy<T>> {
  const { timeout = 10_000, interval = 10, what = check.toString().slice(0, 120) } = options
  const end = Date.now() + timeout
  for (;;) {
    const result = await check()
    if (result) return result as Truthy<T>
    if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${what}`)
    await new Promise((done) => setTimeout(done, interval))
  }
}

/**
 * Resolves once every timer already due (scheduled with delay 0 before this call) has run: an
 * ordering barrier, not a clock wait. With zero backoff a reconnection is such a timer, so
 * "no new socket after this barrier" proves a client decided not to reconnect.
 */
export const afterDueTimers = (): Promise<void> => new Promise((done) => setTimeout(done, 0))
