// Guarded writes for a y-indexeddb persistence.
//
// y-indexeddb loads the stored updates well, but its own write path (`_storeUpdate`) fires an
// IndexedDB request and forgets it: a quota error becomes an unhandled rejection and that
// update is silently missing from disk. We keep y-indexeddb for loading and swap in this writer:
// - every local update is added in its own readwrite transaction and we wait for `complete`
//   (quota errors often surface only at commit, as the transaction's `abort`);
// - when a write fails, nothing already on disk is touched and the Y.Doc in memory still holds
//   every change; the store is marked "dirty" and the next update (or `retry()`, or `close()`)
//   writes the WHOLE document state instead of the small update, so the missing update is
//   written too. Storage health goes to 'quota' / 'error' and back to 'ok' once a write succeeds;
// - compaction (past PREFERRED_TRIM_SIZE entries, and after a failure) runs in ONE transaction:
//   read the updates other tabs wrote since our last read, apply them, add the full state,
//   delete the older entries — no other tab can interleave, so nothing is deleted unseen.
import type { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { isQuotaError } from './persistence.ts'
import { setStorageHealth } from './storage-health.ts'

const UPDATES = 'updates'
/** Entries in the updates store past which the store is compacted (as y-indexeddb does). */
export const TRIM_SIZE = 500

/** Handle on the guarded writer of one persistence. */
export type DocStore = {
  /** Resolves once every write started so far has finished (ok or failed). */
  flush(): Promise<void>
  /** Writes the whole document state now; true when it was stored. */
  storeFull(): Promise<boolean>
  /** True while a write failed and the whole state has not been stored since. */
  isDirty(): boolean
  /** The error of the last failed write, undefined once a write succeeded again. */
  lastError(): unknown
  /** Stops writing (called before the persistence is destroyed). */
  detach(): void
}

/** Options of guardPersistence. */
export type GuardOptions = {
  /** Updates whose origin this accepts are not written (another tab already stored them). */
  skip?: (origin: unknown) => boolean
  /** Report failures in the app-wide storage health (default true; restore reports its own). */
  reportHealth?: boolean
}

/**
 * Runs one readwrite transaction on the updates store and resolves when it has committed.
 * Callbacks of nested requests go through `guard`, so an error thrown there (a quota error
 * thrown by `add`) aborts the transaction and is the one reported, not a generic AbortError.
 */
function runTx(
  db: IDBDatabase,
  work: (store: IDBObjectStore, guard: (f: () => void) => () => void) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let thrown: unknown
    let tx: IDBTransaction
    const guard = (f: () => void) => () => {
      try {
        f()
      } catch (e) {
        thrown = e
        tx.abort()
      }
    }
    try {
      tx = db.transaction([UPDATES], 'readwrite')
      work(tx.objectStore(UPDATES), guard)
    } catch (e) {
      reject(e)
      return
    }
    tx.oncomplete = () => resolve()
    tx.onabort = () => reject(thrown ?? tx.error ?? new DOMException('transaction aborted', 'AbortError'))
  })
}

/** Replaces y-indexeddb's write path on `p` with the guarded one described above. */
export function guardPersistence(p: IndexeddbPersistence, options: GuardOptions = {}): DocStore {
  const skip = options.skip ?? (() => false)
  const reportHealth = options.reportHealth !== false
  const doc = p.doc
  const pending = new Set<Promise<unknown>>()
  let dirty = false
  let detached = false
  let compacting: Promise<boolean> | undefined
  let trimTimer: ReturnType<typeof setTimeout> | undefined
  let lastError: unknown
  let reported = false // this store put the health into an error state: it alone clears it

  const succeeded = () => {
    lastError = undefined
    if (!reported || dirty) return
    reported = false
    setStorageHealth({ state: 'ok' })
  }

  const track = <T>(work: Promise<T>): Promise<T> => {
    pending.add(work)
    void work.finally(() => pending.delete(work)).catch(() => {})
    return work
  }

  const failed = (e: unknown) => {
    dirty = true
    lastError = e
    if (!reportHealth) return
    reported = true
    const message = e instanceof Error || e instanceof DOMException ? `${e.name}: ${e.message}` : String(e)
    setStorageHealth({
      state: isQuotaError(e) ? 'quota' : 'error',
      since: new Date().toISOString(),
      message,
      retry: () => void storeFull(),
    })
  }

  // One transaction: catch up with other tabs, add the full state, drop older entries.
  const compact = (): Promise<boolean> => {
    const db = p.db
    if (!db || detached) return Promise.resolve(false)
    let newKey: IDBValidKey | undefined
    const work = runTx(db, (store, guard) => {
      const req = store.getAll(IDBKeyRange.lowerBound(p._dbref, false))
      req.onsuccess = guard(() => {
        const updates = req.result as Uint8Array[]
        Y.transact(
          doc,
          () => {
            for (const u of updates) Y.applyUpdate(doc, u)
          },
          p,
          false,
        )
        const add = store.add(Y.encodeStateAsUpdate(doc))
        add.onsuccess = guard(() => {
          newKey = add.result
          store.delete(IDBKeyRange.upperBound(add.result, true))
        })
      })
    }).then(
      () => {
        if (typeof newKey === 'number') p._dbref = newKey + 1
        p._dbsize = 1
        dirty = false
        succeeded()
        return true
      },
      (e: unknown) => {
        failed(e)
        return false
      },
    )
    return track(work)
  }

  const storeFull = (): Promise<boolean> => {
    // Serialise compactions; one started after the current one sees every change made meanwhile.
    const next = (compacting ?? Promise.resolve(true)).then(() => compact())
    compacting = next
    track(next)
    void next.finally(() => {
      if (compacting === next) compacting = undefined
    })
    return next
  }

  const storeUpdate = (update: Uint8Array, origin: unknown) => {
    if (detached || origin === p || !p.db || skip(origin)) return
    if (dirty) {
      if (!compacting) void storeFull()
      return
    }
    track(runTx(p.db, (store) => store.add(update)).then(succeeded, failed))
    if (++p._dbsize >= TRIM_SIZE) {
      if (trimTimer !== undefined) clearTimeout(trimTimer)
      trimTimer = setTimeout(() => {
        trimTimer = undefined
        void storeFull()
      }, p._storeTimeout)
    }
  }

  doc.off('update', p._storeUpdate)
  p._storeUpdate = storeUpdate
  doc.on('update', storeUpdate)

  return {
    flush: async () => {
      while (pending.size > 0) await Promise.allSettled([...pending])
    },
    storeFull,
    isDirty: () => dirty,
    lastError: () => lastError,
    detach: () => {
      detached = true
      if (trimTimer !== undefined) clearTimeout(trimTimer)
      doc.off('update', storeUpdate)
    },
  }
}
