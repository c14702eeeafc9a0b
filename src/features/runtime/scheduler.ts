// The one retry scheduler of the app's background work. Every runtime that must try again later
// (a relay out of reach, a delivery not confirmed yet) registers a task here instead of keeping its
// own timer and its own `online` listener: a task is retried with jittered exponential backoff
// (transport/backoff.ts), at once when the browser says the network is back, and at once when the
// person presses "retry now". The clock and the network signal are injected so tests drive them.
import { type BackoffOptions, backoffDelay, DEFAULT_BACKOFF } from '../../transport/index.ts'

/** Time as the scheduler sees it (tests pass a fake one). */
export interface Clock {
  now(): number
  setTimer(fn: () => void, ms: number): unknown
  clearTimer(handle: unknown): void
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** Whether the network is there, and its changes. */
export interface NetworkSignal {
  online(): boolean
  subscribe(listener: (online: boolean) => void): () => void
}

/** The browser's `online`/`offline` events on `target` (always online where there is no navigator). */
export function browserNetwork(
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'> = globalThis,
): NetworkSignal {
  return {
    online: () => globalThis.navigator?.onLine !== false,
    subscribe(listener) {
      const on = () => listener(true)
      const off = () => listener(false)
      target.addEventListener('online', on)
      target.addEventListener('offline', off)
      return () => {
        target.removeEventListener('online', on)
        target.removeEventListener('offline', off)
      }
    },
  }
}

/** What a task is doing. */
export type TaskState =
  | { state: 'idle' }
  | { state: 'working' }
  | { state: 'waiting-retry'; nextRetryAt: number }
  | { state: 'offline' }

/** A unit of work retried until it says it is done. */
export interface RetryTask {
  /** Runs now (or right after the current run); resets nothing. */
  kick(): void
  /** Runs now with the backoff reset (a manual "retry now" of this task only). */
  retryNow(): void
  /** Cancels the timer; the task never runs again. Idempotent. */
  stop(): void
  readonly state: TaskState
  /** Failed attempts since the last success. */
  readonly attempts: number
}

/** Options of a task. */
export interface TaskOptions {
  /** Told of every state change (e.g. to report it to the status line). */
  onState?: (state: TaskState) => void
}

/** Options of the scheduler. */
export interface SchedulerOptions {
  clock?: Clock
  network?: NetworkSignal
  backoff?: Partial<BackoffOptions>
  /** Source of jitter in [0, 1). */
  random?: () => number
}

/** The scheduler: tasks with backoff, woken by the network's return or by "retry now". */
export class RetryScheduler {
  readonly clock: Clock
  private readonly network: NetworkSignal
  private readonly backoff: BackoffOptions
  private readonly random: () => number
  private readonly tasks = new Set<TaskImpl>()
  private readonly wakeListeners = new Set<() => void>()
  private readonly offlineListeners = new Set<() => void>()
  private readonly unsubscribe: () => void

  constructor(options: SchedulerOptions = {}) {
    this.clock = options.clock ?? systemClock
    this.network = options.network ?? browserNetwork()
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff }
    this.random = options.random ?? Math.random
    this.unsubscribe = this.network.subscribe((online) => (online ? this.wake() : this.lost()))
  }

  /** Whether the network is there as far as the browser knows. */
  get online(): boolean {
    return this.network.online()
  }

  /** A task running `run` (true: done; false or a throw: try again later). Not started: call kick. */
  task(run: () => Promise<boolean>, options: TaskOptions = {}): RetryTask {
    const task = new TaskImpl(this, run, options, () => this.tasks.delete(task))
    this.tasks.add(task)
    return task
  }

  /** Called when the network comes back and on "retry now" (e.g. to reconnect sockets). */
  onWake(listener: () => void): () => void {
    this.wakeListeners.add(listener)
    return () => this.wakeListeners.delete(listener)
  }

  /** Called when the browser says the network is gone (e.g. to drop sockets at once). */
  onOffline(listener: () => void): () => void {
    this.offlineListeners.add(listener)
    return () => this.offlineListeners.delete(listener)
  }

  /** "Retry now": every waiting task runs at once with its backoff reset. */
  retryNow(): void {
    this.wake()
  }

  /** Stops every task and stops listening to the network. */
  dispose(): void {
    for (const task of [...this.tasks]) task.stop()
    this.unsubscribe()
    this.wakeListeners.clear()
    this.offlineListeners.clear()
  }

  /** @internal Delay before the next attempt. */
  delay(attempt: number): number {
    return backoffDelay(attempt, this.backoff, this.random())
  }

  private wake(): void {
    for (const task of [...this.tasks]) task.wake()
    for (const listener of [...this.wakeListeners]) safely(listener)
  }

  private lost(): void {
    for (const task of [...this.tasks]) task.lost()
    for (const listener of [...this.offlineListeners]) safely(listener)
  }
}

const safely = (fn: () => void): void => {
  try {
    fn()
  } catch (e) {
    // A listener never breaks the scheduler.
    console.error(e)
  }
}

class TaskImpl implements RetryTask {
  state: TaskState = { state: 'idle' }
  attempts = 0
  private timer: unknown
  private running = false
  private again = false
  private stopped = false

  constructor(
    private readonly scheduler: RetryScheduler,
    private readonly run: () => Promise<boolean>,
    private readonly options: TaskOptions,
    private readonly forget: () => void,
  ) {}

  kick(): void {
    if (this.stopped) return
    if (this.running) {
      this.again = true
      return
    }
    this.clearTimer()
    if (!this.scheduler.online) {
      this.set({ state: 'offline' })
      return
    }
    this.running = true
    this.set({ state: 'working' })
    let outcome: Promise<boolean>
    try {
      outcome = this.run()
    } catch {
      outcome = Promise.resolve(false)
    }
    void outcome.catch(() => false).then((done) => this.settle(done))
  }

  retryNow(): void {
    this.attempts = 0
    this.kick()
  }

  stop(): void {
    if (this.stopped) return
    this.stopped = true
    this.clearTimer()
    this.forget()
    this.set({ state: 'idle' })
  }

  /** The network is back, or "retry now": a waiting task runs at once, from the first delay. */
  wake(): void {
    if (this.state.state !== 'waiting-retry' && this.state.state !== 'offline') return
    this.attempts = 0
    this.kick()
  }

  /** The network is gone: no point waiting on a timer; the network's return wakes the task. */
  lost(): void {
    if (this.state.state !== 'waiting-retry') return
    this.clearTimer()
    this.set({ state: 'offline' })
  }

  private settle(done: boolean): void {
    this.running = false
    if (this.stopped) return
    if (this.again) {
      this.again = false
      this.kick()
      return
    }
    if (done) {
      this.attempts = 0
      this.set({ state: 'idle' })
      return
    }
    if (!this.scheduler.online) {
      this.set({ state: 'offline' })
      return
    }
    const delay = this.scheduler.delay(this.attempts++)
    const { clock } = this.scheduler
    this.timer = clock.setTimer(() => {
      this.timer = undefined
      this.kick()
    }, delay)
    this.set({ state: 'waiting-retry', nextRetryAt: clock.now() + delay })
  }

  private clearTimer(): void {
    if (this.timer === undefined) return
    this.scheduler.clock.clearTimer(this.timer)
    this.timer = undefined
  }

  private set(next: TaskState): void {
    this.state = next
    if (this.options.onState) safely(() => this.options.onState?.(next))
  }
}
