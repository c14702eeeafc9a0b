// The one registry of background runtimes. The app shell tells it what is open (mode, booklet) and it
// starts the runtimes that need it and stops those that no longer do: a mode switch, a booklet closed
// or replaced (restore), the page hidden for good (pagehide). Updating with the same state is a no-op,
// a stop is idempotent, and a runtime that throws on start is reported (state 'error') and not fatal.
import type * as Y from 'yjs'
import type { Store } from '../../lib/index.ts'
import type { RetryScheduler } from './scheduler.ts'
import { clearStatus, type RuntimeStatus, reporterFor, runtimeStatusStore } from './status.ts'
import type { AppMode, Runtime, RuntimeContext, RuntimeNet, Stop } from './types.ts'

/** What is open in the app. */
export interface AppState {
  mode: AppMode
  booklet?: Y.Doc
  readOnly?: boolean
}

/** Options of the registry. */
export interface RegistryOptions {
  net: RuntimeNet
  retry: RetryScheduler
  status?: Store<ReadonlyMap<string, RuntimeStatus>>
}

type Running = { booklet: Y.Doc | undefined; controller: AbortController; stop?: Stop }

/** Whether `runtime` runs in `state`, and on which booklet (undefined: none needed). */
const wanted = (runtime: Runtime, state: AppState): { booklet: Y.Doc | undefined } | undefined => {
  if (!runtime.modes.includes(state.mode)) return undefined
  if (!runtime.needs) return { booklet: undefined }
  if (!state.booklet) return undefined
  if (runtime.needs === 'editable-booklet' && state.readOnly) return undefined
  return { booklet: state.booklet }
}

/** Starts and stops the runtimes as the app's state changes. */
export class RuntimeRegistry {
  private readonly running = new Map<string, Running>()
  private readonly status: Store<ReadonlyMap<string, RuntimeStatus>>

  constructor(
    private readonly runtimes: readonly Runtime[],
    private readonly options: RegistryOptions,
  ) {
    this.status = options.status ?? runtimeStatusStore
  }

  /** Names of the runtimes running now. */
  get names(): string[] {
    return [...this.running.keys()]
  }

  /** Brings the running set in line with `state`. */
  update(state: AppState): void {
    for (const runtime of this.runtimes) {
      const want = wanted(runtime, state)
      const current = this.running.get(runtime.name)
      if (current && want && current.booklet === want.booklet) continue
      if (current) this.stopOne(runtime.name)
      if (want) this.startOne(runtime, state, want.booklet)
    }
  }

  /** Stops every runtime (idempotent); a later update starts them again. */
  stopAll(): void {
    for (const name of [...this.running.keys()]) this.stopOne(name)
  }

  private startOne(runtime: Runtime, state: AppState, booklet: Y.Doc | undefined): void {
    const controller = new AbortController()
    const entry: Running = { booklet, controller }
    this.running.set(runtime.name, entry)
    const report = reporterFor(runtime.name, this.status)
    report({ state: 'idle' })
    const context: RuntimeContext = {
      mode: state.mode,
      ...(booklet ? { booklet } : {}),
      readOnly: state.readOnly ?? false,
      net: this.options.net,
      retry: this.options.retry,
      report: (s) => {
        if (!controller.signal.aborted) report(s)
      },
      signal: controller.signal,
    }
    const failed = (e: unknown) => {
      console.error(e)
      if (!controller.signal.aborted) report({ state: 'error', code: 'start-failed' })
    }
    try {
      const started = runtime.start(context)
      if (typeof started === 'function') entry.stop = started
      else
        started.then((stop) => {
          if (controller.signal.aborted) safeStop(stop)
          else entry.stop = stop
        }, failed)
    } catch (e) {
      failed(e)
    }
  }

  private stopOne(name: string): void {
    const entry = this.running.get(name)
    if (!entry) return
    this.running.delete(name)
    entry.controller.abort()
    if (entry.stop) safeStop(entry.stop)
    clearStatus(name, this.status)
  }
}

const safeStop = (stop: Stop): void => {
  try {
    stop()
  } catch (e) {
    console.error(e)
  }
}
