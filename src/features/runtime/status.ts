// The one place where background runtimes say what they are doing; the status line reads it.
import { createStore, type Store } from '../../lib/index.ts'
import type { TaskState } from './scheduler.ts'

/** What a runtime is doing, as the status line shows it. */
export type RuntimeState = 'idle' | 'working' | 'waiting-retry' | 'offline' | 'error'

/** One runtime's state; `code` names an error (kebab-case), `nextRetryAt` is ms since epoch. */
export type RuntimeStatus = { runtime: string; state: RuntimeState; nextRetryAt?: number; code?: string }

/** Reports a runtime's state (its name is filled in). */
export type StatusReporter = (status: Omit<RuntimeStatus, 'runtime'>) => void

/** The state of every runtime started, by name. */
export const runtimeStatusStore: Store<ReadonlyMap<string, RuntimeStatus>> = createStore<
  ReadonlyMap<string, RuntimeStatus>
>(new Map())

/** The reporter of runtime `name`. */
export function reporterFor(name: string, store = runtimeStatusStore): StatusReporter {
  return (status) => {
    const before = store.get().get(name)
    if (
      before?.state === status.state &&
      before.code === status.code &&
      before.nextRetryAt === status.nextRetryAt
    )
      return
    const next = new Map(store.get())
    next.set(name, { runtime: name, ...status })
    store.set(next)
  }
}

/** Forgets runtime `name` (stopped). */
export function clearStatus(name: string, store = runtimeStatusStore): void {
  if (!store.get().has(name)) return
  const next = new Map(store.get())
  next.delete(name)
  store.set(next)
}

/** A task's state as a runtime status. */
export const fromTask = (s: TaskState): Omit<RuntimeStatus, 'runtime'> =>
  s.state === 'waiting-retry' ? { state: s.state, nextRetryAt: s.nextRetryAt } : { state: s.state }

const RANK: Record<RuntimeState, number> = { idle: 0, working: 1, 'waiting-retry': 2, offline: 3, error: 4 }

/** The status that matters most for the person (an error before offline before waiting…). */
export function worstStatus(all: ReadonlyMap<string, RuntimeStatus>): RuntimeStatus | undefined {
  let worst: RuntimeStatus | undefined
  for (const s of all.values()) if (!worst || RANK[s.state] > RANK[worst.state]) worst = s
  return worst
}

/** One status for a runtime made of several tasks: the one that matters most. */
export function worstTask(states: readonly TaskState[]): Omit<RuntimeStatus, 'runtime'> {
  const all = new Map(states.map((s, i) => [String(i), { runtime: '', ...fromTask(s) }]))
  const worst = worstStatus(all)
  if (!worst) return { state: 'idle' }
  const { runtime: _, ...status } = worst
  return status
}
