// Reading a booklet's y-indexeddb database without y-indexeddb, so that the read can start in the
// entry module while the app's code still loads (issue 12: the open overlaps I/O with start-up).
// The layout is y-indexeddb's own (stores `updates`, auto-increment keys, and `custom`), so data
// written by older versions opens unchanged; compaction may store a V2 snapshot (StoredEntry), which
// only this loader reads (received copies, kept by y-indexeddb, are never compacted that way).
// No import here: the entry chunk carries this file and must stay small.

/** One stored entry: a Yjs update in the V1 encoding (as y-indexeddb writes it), or a compacted
 * snapshot in Yjs' V2 encoding (written by the compaction of the own booklet: it decodes about a
 * quarter faster, strings and ids being stored in bulk). */
export type StoredEntry = Uint8Array | { v2: Uint8Array }

/** True for a V2 snapshot entry. */
export const isV2Entry = (e: unknown): e is { v2: Uint8Array } =>
  typeof e === 'object' &&
  e !== null &&
  !ArrayBuffer.isView(e) &&
  (e as { v2?: unknown }).v2 instanceof Uint8Array

/** What one read of a booklet's updates store gives. */
export type StoredUpdates = {
  db: IDBDatabase
  updates: StoredEntry[]
  /** Highest key read (-1 when the store is empty): later entries were written after the read. */
  lastKey: number
}

/** Name of the IndexedDB database holding one booklet's document (y-indexeddb's name). */
export const bookletDbName = (id: string): string => `livret-booklet-${id}`

const LOCAL_KEY = 'livret:own-booklet-id'

/** Opens a booklet database, creating y-indexeddb's stores; `mustExist` refuses (undefined) a missing one. */
export function openBookletDb(name: string, mustExist = false): Promise<IDBDatabase | undefined> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name)
    let refused = false
    req.onupgradeneeded = (e) => {
      const db = req.result
      if (mustExist && e.oldVersion === 0) {
        // Aborting the version change leaves no empty database behind.
        refused = true
        req.transaction?.abort()
        return
      }
      if (!db.objectStoreNames.contains('updates')) db.createObjectStore('updates', { autoIncrement: true })
      if (!db.objectStoreNames.contains('custom')) db.createObjectStore('custom')
    }
    req.onsuccess = () => {
      const db = req.result
      // Another tab deleting or upgrading this database must not be blocked by us.
      db.onversionchange = () => db.close()
      resolve(db)
    }
    req.onerror = () => (refused ? resolve(undefined) : reject(req.error))
    req.onblocked = () => {}
  })
}

/** Every stored update after key `after` (exclusive), in key order, with the highest key read. */
export function readUpdates(
  db: IDBDatabase,
  after = -1,
): Promise<{ updates: StoredEntry[]; lastKey: number }> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['updates'], 'readonly')
    const store = tx.objectStore('updates')
    const range = after < 0 ? undefined : IDBKeyRange.lowerBound(after, true)
    const values = store.getAll(range)
    const keys = store.getAllKeys(range)
    tx.oncomplete = () => {
      const last = keys.result[keys.result.length - 1]
      resolve({ updates: values.result as StoredEntry[], lastKey: typeof last === 'number' ? last : after })
    }
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error)
  })
}

/** Opens and reads a booklet's store in one go. */
export async function readBookletStore(id: string, mustExist = false): Promise<StoredUpdates | undefined> {
  const db = await openBookletDb(bookletDbName(id), mustExist)
  if (!db) return undefined
  try {
    return { db, ...(await readUpdates(db)) }
  } catch (e) {
    db.close()
    throw e
  }
}

let early: { id: string; read: Promise<StoredUpdates | undefined> } | undefined

/** Starts reading the booklet this device opened last (remembered in localStorage), if any. */
export function prefetchOwnBooklet(): void {
  try {
    const id = localStorage.getItem(LOCAL_KEY)
    if (!id || typeof indexedDB === 'undefined') return
    const read = readBookletStore(id, true).catch(() => undefined)
    early = { id, read }
  } catch {
    // No localStorage (private mode): the open reads the store itself.
  }
}

/** The early read for `id`, once (undefined when none was started for it; a read for another id is closed). */
export function takePrefetched(id: string): Promise<StoredUpdates | undefined> | undefined {
  const e = early
  early = undefined
  if (!e) return undefined
  if (e.id === id) return e.read
  void e.read.then((r) => r?.db.close())
  return undefined
}

/** Remembers the own booklet's id for the next start's early read. */
export function rememberOwnBooklet(id: string): void {
  try {
    localStorage.setItem(LOCAL_KEY, id)
  } catch {
    // Without localStorage the next start simply reads later.
  }
}
