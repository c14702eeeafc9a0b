// Opening a booklet: its Y.Doc loaded from y-indexeddb (`livret-booklet-<id>`), migrated to the
// current schema, with guarded writes (doc-store.ts), a throttled registry `updatedAt`, and the
// one-time request for persistent storage on the person's first save.
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { createBookletDoc, migrate, openMode } from '../booklet/index.ts'
import { type BookletId, newId } from '../domain/index.ts'
import { getDb, getSetting, type LivretDb, putSetting, SETTING_KEYS } from './db.ts'
import { guardPersistence } from './doc-store.ts'
import { requestPersistence } from './persistence.ts'

/** Name of the IndexedDB database holding one booklet's document. */
export const bookletDbName = (id: BookletId): string => `livret-booklet-${id}`

/** An open booklet. */
export type OpenedBooklet = {
  id: BookletId
  doc: Y.Doc
  /** 'read-only-newer' when the document was written by a newer app: show why, allow no edit. */
  mode: 'editable' | 'read-only-newer'
  /** Resolves once every local change made so far is on disk (or has failed: see storage-health). */
  flush(): Promise<void>
  /** Stores what is pending, destroys the persistence and the doc. */
  close(): Promise<void>
}

/** Options of openBooklet (defaults suit the app; tests shorten the delays). */
export type OpenBookletOptions = {
  db?: LivretDb
  /** Minimum delay between two registry `updatedAt` writes (default 2,000 ms). */
  registryThrottleMs?: number
  /** Ask for persistent storage on the first local change (default true). */
  askPersistence?: boolean
  /** Share changes live with other tabs holding the same booklet (default true where supported). */
  crossTab?: boolean
}

// Local edits carry no origin or a string tag; providers (relay, persistence) are objects.
const isLocalOrigin = (origin: unknown): boolean => origin == null || typeof origin === 'string'

/** Loads a stored booklet (resolves after the stored state is applied), then migrates it. */
export async function openBooklet(id: BookletId, options: OpenBookletOptions = {}): Promise<OpenedBooklet> {
  const db = options.db ?? getDb()
  const throttleMs = options.registryThrottleMs ?? 2000
  const doc = new Y.Doc()
  const persistence = new IndexeddbPersistence(bookletDbName(id), doc)
  // No 'update' listener while the stored state loads: Yjs encodes every transaction for its
  // listeners, and re-encoding a ten-year booklet costs hundreds of ms on an old phone. What is
  // loaded is already on disk; the writers attach once it is in (no local edit can come earlier).
  doc.off('update', persistence._storeUpdate)
  try {
    await Promise.race([persistence.whenSynced, persistence._db.then(() => new Promise<never>(() => {}))])
  } catch (e) {
    // IndexedDB could not be opened (private mode, broken profile): nothing to lose yet; the
    // caller shows why the booklet cannot open.
    doc.destroy()
    throw e
  }
  const tabs = options.crossTab === false ? undefined : crossTabChannel(id, doc, persistence)
  const store = guardPersistence(persistence, { skip: (origin) => tabs !== undefined && origin === tabs })
  const migrated = migrate(doc)
  const mode = migrated.ok ? openMode(doc) : 'read-only-newer'

  let registryTimer: ReturnType<typeof setTimeout> | undefined
  let lastRegistryWrite = 0
  let askedPersistence = options.askPersistence === false
  const touchRegistry = (): Promise<unknown> => {
    registryTimer = undefined
    lastRegistryWrite = Date.now()
    return db.booklets.update(id, { updatedAt: new Date().toISOString() }).catch(() => {})
  }
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === persistence) return
    if (!askedPersistence && isLocalOrigin(origin)) {
      askedPersistence = true
      void requestPersistence(db).catch(() => {})
    }
    if (registryTimer !== undefined) return
    const wait = Math.max(0, lastRegistryWrite + throttleMs - Date.now())
    registryTimer = setTimeout(() => void touchRegistry(), wait)
  }
  doc.on('update', onUpdate)

  return {
    id,
    doc,
    mode,
    flush: () => store.flush(),
    close: async () => {
      doc.off('update', onUpdate)
      if (registryTimer !== undefined) {
        clearTimeout(registryTimer)
        await touchRegistry()
      }
      await store.flush()
      if (store.isDirty()) await store.storeFull()
      store.detach()
      tabs?.close()
      await persistence.destroy()
      doc.destroy()
    },
  }
}

// Other tabs of the same booklet: each tab stores its own changes; this channel only keeps the
// documents in memory in step (y-indexeddb alone would show another tab's edits after a reload).
// The channel object is the origin of what it applies, so those updates are neither stored again
// nor echoed back; what the loader (persistence) reads from disk is not sent either.
function crossTabChannel(id: BookletId, doc: Y.Doc, loader: unknown): { close(): void } | undefined {
  if (typeof BroadcastChannel !== 'function') return undefined
  const channel = new BroadcastChannel(`livret-booklet-${id}`)
  const origin = { close: () => {} }
  const send = (update: Uint8Array, from: unknown) => {
    if (from !== origin && from !== loader) channel.postMessage(update)
  }
  channel.onmessage = (e: MessageEvent) => {
    if (!(e.data instanceof Uint8Array)) return
    try {
      Y.applyUpdate(doc, e.data, origin)
    } catch {
      // A broken message from another tab must not break this one; that tab stored its change.
    }
  }
  doc.on('update', send)
  origin.close = () => {
    doc.off('update', send)
    channel.close()
  }
  return origin
}

/**
 * Stores a brand-new booklet document under a fresh id, waits until it is on disk, and only
 * then lists it in the registry (so the registry never names a booklet that is not stored).
 */
export async function storeNewBooklet(
  seed: Y.Doc | Uint8Array,
  record: { title: string; role: 'own' | 'received' },
  db: LivretDb = getDb(),
): Promise<BookletId> {
  const id = newId<BookletId>()
  await writeBookletDoc(id, seed instanceof Uint8Array ? seed : Y.encodeStateAsUpdate(seed))
  const now = new Date().toISOString()
  await db.booklets.add({ id, title: record.title, role: record.role, createdAt: now, updatedAt: now })
  return id
}

/** Writes a full document state into a booklet's store and waits for the commit (throws the storage error). */
export async function writeBookletDoc(id: BookletId, update: Uint8Array): Promise<void> {
  const doc = new Y.Doc()
  const persistence = new IndexeddbPersistence(bookletDbName(id), doc)
  const store = guardPersistence(persistence, { reportHealth: false })
  try {
    await persistence.whenSynced
    Y.applyUpdate(doc, update)
    await store.flush()
    // The caller reports the failure (quota or not) through its own result.
    if (!(await store.storeFull())) throw store.lastError() ?? new Error(`could not store booklet ${id}`)
  } finally {
    store.detach()
    await persistence.destroy()
    doc.destroy()
  }
}

/** Deletes a booklet's document database (close it first). */
export function deleteBookletDoc(id: BookletId): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.deleteDatabase(bookletDbName(id))
    req.onsuccess = () => resolve()
    req.onerror = () => reject(req.error)
  })
}

/** Removes a booklet from this device: registry row and attachments first, then its document (close it first). */
export async function deleteBooklet(id: BookletId, db: LivretDb = getDb()): Promise<void> {
  await db.transaction('rw', db.booklets, db.blobs, async () => {
    await db.booklets.delete(id)
    await db.blobs.where('bookletId').equals(id).delete()
  })
  await deleteBookletDoc(id)
}

/** The person's own booklet on this device, created (stored, then registered) on first start. */
export async function ensureOwnBooklet(db: LivretDb = getDb()): Promise<BookletId> {
  const existing = await findOwn(db)
  if (existing) return existing
  const seed = createBookletDoc()
  const candidate = newId<BookletId>()
  await writeBookletDoc(candidate, Y.encodeStateAsUpdate(seed))
  seed.destroy()
  // Two tabs may race here: the registry transaction decides, the loser's document is dropped.
  const winner = await db.transaction('rw', db.booklets, db.settings, async () => {
    const again = await findOwn(db)
    if (again) return again
    const now = new Date().toISOString()
    await db.booklets.add({ id: candidate, title: '', role: 'own', createdAt: now, updatedAt: now })
    await db.settings.put({ key: SETTING_KEYS.ownBookletId, value: candidate })
    return candidate
  })
  if (winner !== candidate) await deleteBookletDoc(candidate)
  return winner
}

async function findOwn(db: LivretDb): Promise<BookletId | undefined> {
  const fromSetting = await getSetting<BookletId>(SETTING_KEYS.ownBookletId, db)
  if (fromSetting && (await db.booklets.get(fromSetting))) return fromSetting
  const own = await db.booklets.where('role').equals('own').sortBy('createdAt')
  const first = own[0]?.id
  if (first) await putSetting(SETTING_KEYS.ownBookletId, first, db)
  return first
}
