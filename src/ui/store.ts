// A tiny observable value with a Preact hook: enough state management for this app.
import { useEffect, useState } from 'preact/hooks'

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

/** Re-renders the component when the store changes. */
export function useStore<T>(store: Store<T>): T {
  const [value, setValue] = useState(store.get())
  useEffect(() => {
    setValue(store.get())
    return store.subscribe(setValue)
  }, [store])
  return value
}
