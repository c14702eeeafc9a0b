// The operator's received shares on this device: the copies (stored for offline reading, kept
// open while shown) and their records. Receiving is ./receive.ts, following a live share
// ./follow.ts, checking that a share still holds ./check.ts. Decisions:
// - The copy is a booklet document of role 'received' in y-indexeddb (`livret-booklet-<id>`): the
//   persistence is attached to the very doc the link was opened into, so no second decode is
//   needed to show it, and a live share's small updates are appended as they arrive (guarded
//   writes, doc-store.ts) instead of rewriting the whole copy.
// - The same share received twice (same room) replaces the earlier copy under the same id.
// - A share that was revoked or has expired is ERASED from this device (document and registry
//   row); only its record stays, so the list can say in plain words what happened. The person
//   decides for how long a professional may read their booklet; an app that honours the share
//   also honours its end. (A printed page is outside the app's reach; the holder's screen says so.)
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { countItems, getProfile, SECTIONS } from '../../booklet/index.ts'
import { type BookletId, newId, type ShareMeta } from '../../domain/index.ts'
import type { RoomId } from '../../protocol/index.ts'
import {
  bookletDbName,
  type DocStore,
  deleteBooklet,
  getDb,
  guardPersistence,
  onRecordsArrived,
} from '../../storage/index.ts'
import type { SealedRoom } from '../../transport/index.ts'
import {
  deleteReceived,
  getReceived,
  listReceived,
  putReceived,
  type ReceivedRecord,
  type ReceivedStatus,
  receivedRecords,
} from './records.ts'

/** An open copy of a received share. */
export interface ReceivedHandle {
  id: string
  doc: Y.Doc
}

/** An open copy and what keeps it: its persistence, its live room, how many views follow it. */
export type Entry = ReceivedHandle & {
  persistence: IndexeddbPersistence | undefined
  store: DocStore | undefined
  room: SealedRoom | undefined
  followers: number
  /** The record while the copy is being written (undefined once stored). */
  pending: ReceivedRecord | undefined
  /** The record as received in this session: the view shows it at once, before storage answers. */
  received?: ReceivedRecord
  /** Settles once the copy is written (or failed to be). */
  stored: Promise<void>
}

/** The copies open on this device, by id. */
export const openCopies = new Map<string, Entry>()
const listeners = new Set<() => void>()

/** Calls `cb` whenever a received record changes (stored, ended, deleted); returns the unsubscribe. */
export function onReceivedChanged(cb: () => void): () => void {
  listeners.add(cb)
  return () => listeners.delete(cb)
}

// Booklets received (or deleted) on another of the person's devices, or brought by a backup: the
// open list and view reload at once.
onRecordsArrived((kinds) => {
  if (kinds.has(receivedRecords.kind)) changed()
})

/** Tells the listeners that a received record changed. */
export const changed = () => {
  for (const cb of listeners) {
    try {
      cb()
    } catch {
      // A screen's listener never breaks the runtime.
    }
  }
}

const attach = async (
  id: string,
  doc: Y.Doc,
): Promise<{ persistence: IndexeddbPersistence; store: DocStore }> => {
  const persistence = new IndexeddbPersistence(bookletDbName(id as BookletId), doc)
  const store = guardPersistence(persistence, { reportHealth: false })
  await persistence.whenSynced
  return { persistence, store }
}

/** Resolves once every write queued on `p`'s updates store so far has committed: a later
 * transaction on the same store starts only after the earlier read-write ones have finished. */
const committed = (p: IndexeddbPersistence): Promise<void> =>
  new Promise((resolve, reject) => {
    const db = p.db
    if (!db) return reject(new Error('persistence not open'))
    const tx = db.transaction(['updates'], 'readonly')
    tx.oncomplete = () => resolve()
    tx.onerror = () => reject(tx.error)
    tx.onabort = () => reject(tx.error)
  })

const closeEntry = async (entry: Entry): Promise<void> => {
  openCopies.delete(entry.id)
  await entry.stored.catch(() => {})
  entry.room?.destroy()
  entry.room = undefined
  if (entry.store) {
    await entry.store.flush()
    entry.store.detach()
  }
  await entry.persistence?.destroy()
  entry.doc.destroy()
}

/** How many items a copy holds (the list shows it). */
export const itemCount = (doc: Y.Doc): number =>
  SECTIONS.reduce((n, s) => n + countItems(doc, s), 0) + doc.getMap('situation').size

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))

/** Writes a new copy to this device: the document (y-indexeddb writes the doc's whole state when
 * it attaches; one encode), then the registry row and the record, so the list never names a copy
 * that is not stored. Runs after the view had a chance to render (the copy is in memory). */
async function persistCopy(entry: Entry, record: ReceivedRecord, replaces: boolean): Promise<void> {
  await nextTask()
  if (replaces) await deleteBooklet(entry.id as BookletId).catch(() => {})
  const { persistence, store } = await attach(entry.id, entry.doc)
  entry.persistence = persistence
  entry.store = store
  await committed(persistence)
  await getDb().booklets.put({
    id: entry.id as BookletId,
    title: record.displayName,
    role: 'received',
    createdAt: record.receivedAt,
    updatedAt: record.receivedAt,
  })
  await putReceived(record)
  entry.pending = undefined
  performance.mark('livret:receive-stored')
  changed()
}

/** Keeps `doc` (an opened share) as this device's copy and returns its id. The copy is shown from
 * memory at once and written to the device just after (see whenStored). */
export async function storeCopy(
  doc: Y.Doc,
  meta: ShareMeta,
  roomId: RoomId,
  source: ReceivedRecord['source'],
  link: ReceivedRecord['link'],
  room: SealedRoom | undefined,
): Promise<string> {
  const earlier = (await listReceived()).find((r) => r.roomId === roomId)
  const id = earlier?.id ?? newId<BookletId>()
  const running = openCopies.get(id)
  if (running) await closeEntry(running)
  const now = new Date().toISOString()
  const record: ReceivedRecord = {
    id,
    roomId,
    source,
    recipient: meta.recipient,
    displayName: getProfile(doc)?.displayName ?? '',
    mode: meta.mode,
    sharedAt: meta.sharedAt,
    expiresAt: meta.expiresAt,
    receivedAt: now,
    status: 'active',
    itemCount: itemCount(doc),
    ...(link ? { link } : {}),
  }
  const entry: Entry = {
    id,
    doc,
    persistence: undefined,
    store: undefined,
    room,
    followers: 0,
    pending: record,
    received: record,
    stored: Promise.resolve(),
  }
  openCopies.set(id, entry)
  entry.stored = persistCopy(entry, record, earlier !== undefined)
  entry.stored.catch(async (e: unknown) => {
    // Not stored (storage full, private mode): forget the copy rather than list a broken one.
    console.error('received share not stored', e)
    entry.pending = undefined
    await deleteReceivedShare(id).catch(() => {})
  })
  return id
}

/** Keeps `doc` (the share fetched again for a record that came from another device) as this
 * device's copy of `record`, written as receiving writes it; the record keeps its dates. */
export async function keepFetchedCopy(
  record: ReceivedRecord,
  doc: Y.Doc,
  room: SealedRoom | undefined,
): Promise<void> {
  const running = openCopies.get(record.id)
  if (running) await closeEntry(running)
  const kept = { ...record, itemCount: itemCount(doc) }
  const entry: Entry = {
    id: record.id,
    doc,
    persistence: undefined,
    store: undefined,
    room,
    followers: 0,
    pending: kept,
    received: kept,
    stored: Promise.resolve(),
  }
  openCopies.set(record.id, entry)
  entry.stored = persistCopy(entry, kept, true)
  await entry.stored.catch(async (e: unknown) => {
    // Not stored: forget the open copy (the record stays; the next opening fetches again).
    console.error('fetched share not stored', e)
    entry.pending = undefined
    if (openCopies.get(record.id) === entry) await closeEntry(entry)
    throw e
  })
}

/** Resolves once the copy `id` is on this device (rejects when it could not be stored). */
export async function whenStored(id: string): Promise<void> {
  await openCopies.get(id)?.stored
}

/** A copy received in this session and still in memory (its record and doc), for a first render
 * without waiting on the device's storage; undefined otherwise. */
export function peekReceived(id: string): { record: ReceivedRecord; doc: Y.Doc } | undefined {
  const entry = openCopies.get(id)
  const record = entry?.pending ?? entry?.received
  return entry && record ? { record, doc: entry.doc } : undefined
}

/** The record of received share `id`: the one being stored, or the stored one. */
export async function receivedRecord(id: string): Promise<ReceivedRecord | undefined> {
  return openCopies.get(id)?.pending ?? (await getReceived(id))
}

/** The copy of the received share `id` (loaded from this device once, then kept open); undefined
 * when it was ended or deleted. */
export async function loadReceived(id: string): Promise<ReceivedHandle | undefined> {
  const running = openCopies.get(id)
  if (running) return running
  const record = await getReceived(id)
  if (record?.status !== 'active') return undefined
  const doc = new Y.Doc()
  const { persistence, store } = await attach(id, doc)
  const again = openCopies.get(id)
  if (again) {
    // Loaded twice at once: keep the first.
    store.detach()
    await persistence.destroy()
    doc.destroy()
    return again
  }
  const entry: Entry = {
    id,
    doc,
    persistence,
    store,
    room: undefined,
    followers: 0,
    pending: undefined,
    stored: Promise.resolve(),
  }
  openCopies.set(id, entry)
  return entry
}

/** Erases the copy of share `id` and marks its record as ended (revoked or expired). */
export async function endReceived(id: string, status: Exclude<ReceivedStatus, 'active'>): Promise<void> {
  const record = await getReceived(id)
  if (record?.status !== 'active') return
  const entry = openCopies.get(id)
  if (entry) await closeEntry(entry)
  await deleteBooklet(id as BookletId).catch(() => {})
  const { link: _link, ...rest } = record
  await putReceived({ ...rest, status, endedAt: new Date().toISOString() })
  changed()
}

/** Deletes the received share `id` from this device (copy and record). */
export async function deleteReceivedShare(id: string): Promise<void> {
  const entry = openCopies.get(id)
  if (entry) await closeEntry(entry)
  await deleteBooklet(id as BookletId).catch(() => {})
  await deleteReceived(id)
  changed()
}
