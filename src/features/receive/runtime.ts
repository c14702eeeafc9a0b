// The operator's received shares on this device: receiving (a link through the relay, or a sealed
// share file with its key), storing the copy for offline reading, following a live share while it
// is shown, and ending a share. Decisions:
// - The copy is a booklet document of role 'received' in y-indexeddb (`livret-booklet-<id>`): the
//   persistence is attached to the very doc the link was opened into, so no second decode is
//   needed to show it, and a live share's small updates are appended as they arrive (guarded
//   writes, doc-store.ts) instead of rewriting the whole copy.
// - The same share received twice (same room) replaces the earlier copy under the same id.
// - A share that was revoked or has expired is ERASED from this device (document and registry
//   row); only its record stays, so the list can say in plain words what happened. The person
//   decides for how long a professional may read their booklet; an app that honours the share
//   also honours its end. (A printed page is outside the app's reach; the holder's screen says so.)
// - Revocation is learnt when online: a live share's socket is closed by the relay, a snapshot's
//   token is checked (`tokenStatus`) when the list or the view is shown. Expiry is checked on the
//   device clock, also offline.
import { IndexeddbPersistence } from 'y-indexeddb'
import * as Y from 'yjs'
import { countItems, getProfile, readShareMeta, SECTIONS } from '../../booklet/index.ts'
import { type BookletId, newId, type ShareMeta } from '../../domain/index.ts'
import { fail, fromBase64Url, ok, type Result, type RoomId, toBase64Url } from '../../protocol/index.ts'
import { bookletDbName, type DocStore, deleteBooklet, getDb, guardPersistence } from '../../storage/index.ts'
import { SealedRoom, type SealedRoomStatus, tokenStatus } from '../../transport/index.ts'
import { openShareFile, type ShareFileCode } from '../share/index.ts'
import { type OpenLinkCode, openShareLink } from './open-link.ts'
import {
  deleteReceived,
  getReceived,
  isPastExpiry,
  listReceived,
  putReceived,
  type ReceivedRecord,
  type ReceivedStatus,
} from './records.ts'

/** An open copy of a received share. */
export interface ReceivedHandle {
  id: string
  doc: Y.Doc
}

type Entry = ReceivedHandle & {
  persistence: IndexeddbPersistence | undefined
  store: DocStore | undefined
  room: SealedRoom | undefined
  followers: number
  /** The record while the copy is being written (undefined once stored). */
  pending: ReceivedRecord | undefined
  /** Settles once the copy is written (or failed to be). */
  stored: Promise<void>
}

const open = new Map<string, Entry>()
const listeners = new Set<() => void>()

/** Calls `cb` whenever a received record changes (stored, ended, deleted); returns the unsubscribe. */
export function onReceivedChanged(cb: () => void): () => void {
  listeners.add(cb)
  return () => listeners.delete(cb)
}

const changed = () => {
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
  open.delete(entry.id)
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

const itemCount = (doc: Y.Doc): number =>
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
async function storeCopy(
  doc: Y.Doc,
  meta: ShareMeta,
  roomId: RoomId,
  source: ReceivedRecord['source'],
  link: ReceivedRecord['link'],
  room: SealedRoom | undefined,
): Promise<string> {
  const earlier = (await listReceived()).find((r) => r.roomId === roomId)
  const id = earlier?.id ?? newId<BookletId>()
  const running = open.get(id)
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
    stored: Promise.resolve(),
  }
  open.set(id, entry)
  entry.stored = persistCopy(entry, record, earlier !== undefined)
  entry.stored.catch(async (e: unknown) => {
    // Not stored (storage full, private mode): forget the copy rather than list a broken one.
    console.error('received share not stored', e)
    entry.pending = undefined
    await deleteReceivedShare(id).catch(() => {})
  })
  return id
}

/** Resolves once the copy `id` is on this device (rejects when it could not be stored). */
export async function whenStored(id: string): Promise<void> {
  await open.get(id)?.stored
}

/** A copy just received and still in memory (its record and doc), for a first render without
 * waiting on the device's storage; undefined otherwise. */
export function peekReceived(id: string): { record: ReceivedRecord; doc: Y.Doc } | undefined {
  const entry = open.get(id)
  return entry?.pending ? { record: entry.pending, doc: entry.doc } : undefined
}

/** The record of received share `id`: the one being stored, or the stored one. */
export async function receivedRecord(id: string): Promise<ReceivedRecord | undefined> {
  return open.get(id)?.pending ?? (await getReceived(id))
}

/** Why receiving failed. */
export type ReceiveCode = OpenLinkCode | ShareFileCode | 'store-failed'

/** Opens a share link against its relay, stores the copy, and returns its id. A live share stays
 * connected for the view that shows it next (followReceived). */
export async function receiveLink(
  input: string,
  options: { relayOrigin?: string; timeoutMs?: number } = {},
): Promise<Result<string, ReceiveCode>> {
  performance.mark('livret:receive-start')
  const opened = await openShareLink(input, options)
  performance.mark('livret:receive-opened')
  // The token was checked unexpired before connecting: a room already erased was withdrawn.
  if (!opened.ok) return fail(opened.code === 'share-gone' ? 'share-revoked' : opened.code)
  const { doc, meta, capability } = opened.value
  const relayOrigin = options.relayOrigin ?? new URL(input.trim()).origin
  const link = {
    relayOrigin,
    roomId: capability.roomId,
    token: capability.token,
    ...(meta.mode === 'live' ? { key: toBase64Url(capability.roomKey) } : {}),
  }
  try {
    const id = await storeCopy(doc, meta, capability.roomId, 'link', link, opened.value.room)
    performance.mark('livret:receive-kept')
    return ok(id)
  } catch {
    opened.value.stop()
    return fail('store-failed')
  }
}

/** Opens a sealed share file with its key (no network), stores the copy, and returns its id. */
export async function receiveFile(bytes: Uint8Array, key: string): Promise<Result<string, ReceiveCode>> {
  const opened = await openShareFile(bytes, key)
  if (!opened.ok) return opened
  try {
    return ok(
      await storeCopy(opened.value.doc, opened.value.meta, opened.value.roomId, 'file', undefined, undefined),
    )
  } catch {
    opened.value.doc.destroy()
    return fail('store-failed')
  }
}

/** The copy of the received share `id` (loaded from this device once, then kept open); undefined
 * when it was ended or deleted. */
export async function loadReceived(id: string): Promise<ReceivedHandle | undefined> {
  const running = open.get(id)
  if (running) return running
  const record = await getReceived(id)
  if (record?.status !== 'active') return undefined
  const doc = new Y.Doc()
  const { persistence, store } = await attach(id, doc)
  const again = open.get(id)
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
  open.set(id, entry)
  return entry
}

/** Erases the copy of share `id` and marks its record as ended (revoked or expired). */
export async function endReceived(id: string, status: Exclude<ReceivedStatus, 'active'>): Promise<void> {
  const record = await getReceived(id)
  if (record?.status !== 'active') return
  const entry = open.get(id)
  if (entry) await closeEntry(entry)
  await deleteBooklet(id as BookletId).catch(() => {})
  const { link: _link, ...rest } = record
  await putReceived({ ...rest, status, endedAt: new Date().toISOString() })
  changed()
}

/** Deletes the received share `id` from this device (copy and record). */
export async function deleteReceivedShare(id: string): Promise<void> {
  const entry = open.get(id)
  if (entry) await closeEntry(entry)
  await deleteBooklet(id as BookletId).catch(() => {})
  await deleteReceived(id)
  changed()
}

const endedBy = (record: ReceivedRecord, code: string): Exclude<ReceivedStatus, 'active'> | undefined => {
  // The link's token ran out while the share itself was extended (its meta says a later date):
  // keep the copy until that date; the holder hands out a new link.
  if (code === 'token-expired') return isPastExpiry(record) ? 'expired' : undefined
  if (code === 'token-revoked') return 'revoked'
  // The room was erased: by the holder before the expiry, by the relay after it.
  if (code === 'room-gone') return isPastExpiry(record) ? 'expired' : 'revoked'
  return undefined
}

/** Checks whether share `id` still holds: its expiry on this device's clock, and for a link its
 * token on the relay (skipped when the relay cannot be reached). Ends it when it does not. */
export async function checkReceived(id: string): Promise<ReceivedStatus | undefined> {
  const record = await getReceived(id)
  if (record?.status !== 'active') return record?.status
  if (isPastExpiry(record)) {
    await endReceived(id, 'expired')
    return 'expired'
  }
  if (!record.link) return 'active'
  const status = await tokenStatus(record.link.relayOrigin, record.link.roomId as RoomId, record.link.token)
  if (!status.ok || status.value.ok) return 'active'
  const ended = endedBy(record, status.value.code)
  if (!ended) return 'active'
  await endReceived(id, ended)
  return ended
}

/** Checks every active received share (see checkReceived). */
export async function checkAllReceived(): Promise<void> {
  const records = await listReceived()
  await Promise.all(records.filter((r) => r.status === 'active').map((r) => checkReceived(r.id)))
}

/** Keeps a live share following the holder's booklet while someone shows it: connects its read
 * room to the copy (updates are applied and stored as they come), ends the share when the relay
 * says it was revoked or has expired. Returns the function that stops following. */
export async function followReceived(
  id: string,
  onStatus: (status: SealedRoomStatus) => void = () => {},
): Promise<() => void> {
  const entry = open.get(id) ?? ((await loadReceived(id)) as Entry | undefined)
  const record = await receivedRecord(id)
  if (!entry || !record || record.mode !== 'live' || !record.link?.key) return () => {}
  const roomKey = fromBase64Url(record.link.key)
  if (roomKey?.length !== 32) return () => {}
  entry.followers++
  entry.room ??= new SealedRoom({
    serverUrl: record.link.relayOrigin,
    roomId: record.link.roomId as RoomId,
    token: record.link.token,
    roomKey,
    doc: entry.doc,
    role: 'read',
  })
  const room = entry.room
  const offStatus = room.on('status', (s) => {
    onStatus(s)
    if (s.status !== 'refused') return
    const ended = endedBy(record, s.code)
    if (ended) void endReceived(id, ended)
  })
  onStatus(room.status)
  let stopped = false
  return () => {
    if (stopped) return
    stopped = true
    offStatus()
    entry.followers--
    if (entry.followers <= 0 && entry.room === room) {
      room.destroy()
      entry.room = undefined
    }
  }
}

/** The share information of an open copy, and its record kept up to date with it (a live share's
 * holder may extend it). */
export async function refreshMeta(id: string, doc: Y.Doc): Promise<ShareMeta | undefined> {
  const meta = readShareMeta(doc)
  const record = await getReceived(id)
  if (!meta || !record || record.status !== 'active') return meta
  const displayName = getProfile(doc)?.displayName ?? record.displayName
  const count = itemCount(doc)
  if (
    meta.expiresAt !== record.expiresAt ||
    displayName !== record.displayName ||
    count !== record.itemCount
  ) {
    await putReceived({ ...record, expiresAt: meta.expiresAt, displayName, itemCount: count })
    changed()
  }
  return meta
}
