// Test doubles of the scheduler's clock and network: time moves only when a test says so.
import type { Clock, NetworkSignal } from './scheduler.ts'

/** A clock whose timers run when `advance` passes their time. */
export interface FakeClock extends Clock {
  advance(ms: number): void
  /** Timers not run nor cleared. */
  pending(): number
}

/** A fake clock starting at `start` ms. */
export function fakeClock(start = 1_000_000): FakeClock {
  let now = start
  let nextId = 0
  const timers = new Map<number, { at: number; fn: () => void }>()
  return {
    now: () => now,
    setTimer(fn, ms) {
      timers.set(++nextId, { at: now + ms, fn })
      return nextId
    },
    clearTimer(handle) {
      timers.delete(handle as number)
    },
    advance(ms) {
      const end = now + ms
      for (;;) {
        const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        timers.delete(due[0])
        now = due[1].at
        due[1].fn()
      }
      now = end
    },
    pending: () => timers.size,
  }
}

/** A network a test switches on and off. */
export interface FakeNetwork extends NetworkSignal {
  set(online: boolean): void
  listeners(): number
}

/** A fake network, online at first. */
export function fakeNetwork(online = true): FakeNetwork {
  let on = online
  const listeners = new Set<(online: boolean) => void>()
  return {
    online: () => on,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    set(next) {
      on = next
      for (const l of [...listeners]) l(next)
    },
    listeners: () => listeners.size,
  }
}

/** Resolves once pending promise callbacks have run (an ordering barrier, not a clock wait). */
export const settled = (): Promise<void> => new Promise((done) => setImmediate(done))
