// A tiny observable value: enough state management for this app. No Preact here, so features,
// i18n and pwa keep their state in it; ui/store.ts adds the hook that re-renders on a change.

/** An observable value. */
export type Store<T> = {
  get(): T
  set(next: T): void
  subscribe(cb: (value: T) => void): () => void
}

/** Creates an observable value. */
export function createStore<T>(initial: T): Store<T> {
  let value = initial
  const subs = new Set<(value: T) => void>()
  return {
    get: () => value,
    set(next) {
      if (Object.is(next, value)) return
      value = next
      for (const cb of [...subs]) cb(value)
    },
    subscribe(cb) {
      subs.add(cb)
      return () => subs.delete(cb)
    },
  }
}
