// Reconnection delays: exponential with "equal jitter" (half fixed, half random), so that a
// thousand clients dropped by one relay restart do not all come back in the same instant.

/** Bounds of the reconnection delay, in ms. */
export interface BackoffOptions {
  minBackoffMs: number
  maxBackoffMs: number
}

/** Default bounds: 0.5 s doubling up to 30 s. */
export const DEFAULT_BACKOFF: BackoffOptions = { minBackoffMs: 500, maxBackoffMs: 30_000 }

/** Delay before reconnection attempt number `attempt` (0-based); `random` in [0, 1). */
export function backoffDelay(
  attempt: number,
  options: BackoffOptions,
  random: number = Math.random(),
): number {
  const ceiling = Math.min(options.maxBackoffMs, options.minBackoffMs * 2 ** Math.min(attempt, 30))
  return Math.round(ceiling / 2 + (ceiling / 2) * random)
}
