// Whether the last writes to this device's storage succeeded, for the UI's status line.
// A failed write never loses what was already stored: the Y.Doc in memory keeps every change,
// and the booklet's store writes the whole document again on the next change or `retry()`
// (see open-booklet.ts). The UI shows 'quota' as "the phone is full: free some space"
// and 'error' as "could not save on this phone", and 'ok' as "saved on this phone".

/** Current state of local storage writes. */
export type StorageHealth =
  | { state: 'ok' }
  | { state: 'quota' | 'error'; since: string; message: string; retry: () => void }

type Listener = (health: StorageHealth) => void

let current: StorageHealth = { state: 'ok' }
const listeners = new Set<Listener>()

/** The current storage health. */
export function getStorageHealth(): StorageHealth {
  return current
}

/** Calls `cb` on every change of storage health; returns the unsubscribe function. */
export function onStorageHealth(cb: Listener): () => void {
  listeners.add(cb)
  return () => listeners.delete(cb)
}

/** Calls `cb` whenever a write fails (quota or other); returns the unsubscribe function. */
export function onStorageError(cb: (health: Exclude<StorageHealth, { state: 'ok' }>) => void): () => void {
  return onStorageHealth((h) => {
    if (h.state !== 'ok') cb(h)
  })
}

/** Records a new state and tells the listeners (a listener that throws is ignored). */
export function setStorageHealth(next: StorageHealth): void {
  if (next.state === 'ok' && current.state === 'ok') return
  current = next
  for (const cb of listeners) {
    try {
      cb(next)
    } catch {
      // A UI listener must not break storage.
    }
  }
}
