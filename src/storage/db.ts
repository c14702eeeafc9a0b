// The device registry: what is per device, not per booklet (DESIGN.md §2.1). Each booklet's
// content lives in its own y-indexeddb database (`livret-booklet-<id>`); this Dexie database
// only lists the booklets on this device, the settings and the attachment blobs.
// Schema changes add a new `version(n)` below the old ones; never edit a shipped version.
import { Dexie, type EntityTable, type Table } from 'dexie'
import type { BookletId } from '../domain/index.ts'

/** Name of the Dexie database. */
export const DB_NAME = 'livret'

/** Whether a booklet was started on this device or received from someone. */
export type BookletRole = 'own' | 'received'

/** One booklet known to this device. */
export type BookletRecord = {
  id: BookletId
  title: string
  role: BookletRole
  createdAt: string
  updatedAt: string
}

/** One setting (key/value). */
export type SettingRecord = { key: string; value: unknown }

/** One attachment file; primary key is [bookletId+id] so two booklets never collide. */
export type BlobRecord = {
  id: string
  bookletId: BookletId
  type: string
  name: string
  size: number
  data: Blob
}

/** One device-side record of a feature (a share, a received share, the trainer identity…):
 * `kind` names the feature, `id` the record, `version` the shape of `value` (absent = 1, rows written
 * before versions were stored); `value` is validated and migrated on read (storage/records.ts). */
export type DeviceRecord = { kind: string; id: string; value: unknown; updatedAt: string; version?: number }

/** The typed Dexie database. */
export type LivretDb = Dexie & {
  booklets: EntityTable<BookletRecord, 'id'>
  settings: EntityTable<SettingRecord, 'key'>
  blobs: Table<BlobRecord, [BookletId, string]>
  records: Table<DeviceRecord, [string, string]>
}

/** Opens (lazily) a Dexie database with the Livret schema; `name` only differs in tests. */
export function createDb(name: string = DB_NAME): LivretDb {
  const db = new Dexie(name) as LivretDb
  db.version(1).stores({
    booklets: 'id, role, updatedAt',
    settings: 'key',
    blobs: '[bookletId+id], bookletId',
  })
  db.version(2).stores({ records: '[kind+id], kind' })
  return db
}

let shared: LivretDb | undefined

/** The app's database (one instance per page). */
export function getDb(): LivretDb {
  shared ??= createDb()
  return shared
}

/** Setting keys used by storage (other modules pick their own keys). */
export const SETTING_KEYS = {
  ownBookletId: 'own-booklet-id',
  persistenceAsked: 'persistence-asked',
} as const

/** Reads a setting, or undefined. */
export async function getSetting<T>(key: string, db: LivretDb = getDb()): Promise<T | undefined> {
  const row = await db.settings.get(key)
  return row?.value as T | undefined
}

/** Writes a setting. */
export async function putSetting(key: string, value: unknown, db: LivretDb = getDb()): Promise<void> {
  await db.settings.put({ key, value })
}

/** Booklets on this device, most recently changed first. */
export async function listBooklets(db: LivretDb = getDb()): Promise<BookletRecord[]> {
  return (await db.booklets.orderBy('updatedAt').reverse().toArray()) as BookletRecord[]
}

/** Renames a booklet in the registry. */
export async function renameBooklet(id: BookletId, title: string, db: LivretDb = getDb()): Promise<void> {
  await db.booklets.update(id, { title })
}

/** Stores an attachment (replaces one with the same booklet and id). */
export async function putBlob(record: BlobRecord, db: LivretDb = getDb()): Promise<void> {
  await db.blobs.put(record)
}

/** One attachment, or undefined. */
export async function getBlob(
  bookletId: BookletId,
  id: string,
  db: LivretDb = getDb(),
): Promise<BlobRecord | undefined> {
  return db.blobs.get([bookletId, id])
}

/** Every attachment of a booklet. */
export async function listBlobs(bookletId: BookletId, db: LivretDb = getDb()): Promise<BlobRecord[]> {
  return db.blobs.where('bookletId').equals(bookletId).toArray()
}

/** Removes one attachment. */
export async function deleteBlob(bookletId: BookletId, id: string, db: LivretDb = getDb()): Promise<void> {
  await db.blobs.delete([bookletId, id])
}
