// The person's device records (shares, validation requests, inboxes…) carried by the household
// (household.ts) to every device of the private room, so that a share made on the phone can be
// followed and withdrawn from the desktop. Map 'records': `kind\0id` → JSON entry as in a backup
// file (byte arrays tagged); the newest `updatedAt` wins on both sides. A record deleted on one
// device leaves a tombstone in its place (`{kind, id, updatedAt, deleted: true}`), so the others
// delete it too — unless they wrote it after the deletion, which then wins as any newer write does.
// Tombstones are kept (a device back after months must still learn of the deletion); they are a
// few dozen bytes each, one per carried record ever deleted.
import * as v from 'valibot'
import type * as Y from 'yjs'
import { jsonValue, ok, type Result } from '../../domain/index.ts'
import {
  type BackupRecord,
  collectBackupRecords,
  DEVICE_ONLY_KINDS,
  decodeValue,
  deleteRemovedRecords,
  encodeValue,
  onRecordWritten,
  RecordEntrySchema,
  type RecordTombstone,
  storeBackupRecords,
} from '../../storage/index.ts'
import type { RoomCapability } from '../../transport/index.ts'
import type { ShareNetOptions } from '../share/index.ts'
import { exchangeRoom } from './pairing-mailbox.ts'

const RECORDS = 'records'

/** A local write: which record, and whether it was deleted. */
export type RecordChange = { kind: string; id: string; deleted: boolean }

/** Where a device's records are read and written (the app's storage, or a test's). */
export interface RecordsPort {
  list(): Promise<BackupRecord[]>
  /** Stores records from another device (a newer local one is kept). */
  store(records: readonly BackupRecord[]): Promise<void>
  /** Deletes records another device deleted (a local one written after the deletion is kept);
   * a port without it keeps them. */
  remove?(tombstones: readonly RecordTombstone[]): Promise<void>
  /** Calls back after a local write (with what changed, when the port knows); returns unsubscribe. */
  onChange(listener: (change?: RecordChange) => void): () => void
}

/** The app's records (IndexedDB). */
export const storageRecords: RecordsPort = {
  list: () => collectBackupRecords(),
  store: (records) => storeBackupRecords(records),
  remove: (tombstones) => deleteRemovedRecords(tombstones),
  onChange: (listener) => onRecordWritten((kind, id, deleted) => listener({ kind, id, deleted })),
}

const keyOf = (r: Pick<BackupRecord, 'kind' | 'id'>) => `${r.kind}\u0000${r.id}`

const parse = (json: unknown): BackupRecord | undefined => {
  const entry = v.safeParse(RecordEntrySchema, jsonValue(json, 200_000))
  if (!entry.success || DEVICE_ONLY_KINDS.includes(entry.output.kind)) return undefined
  const value = decodeValue(entry.output.value)
  if (value === undefined) return undefined
  const { kind, id, updatedAt, version } = entry.output
  return { kind, id, updatedAt, value, ...(version !== undefined ? { version } : {}) }
}

const TombstoneSchema = v.strictObject({
  kind: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  deleted: v.literal(true),
})

const parseTombstone = (json: unknown): RecordTombstone | undefined => {
  const t = v.safeParse(TombstoneSchema, jsonValue(json, 2_000))
  if (!t.success || DEVICE_ONLY_KINDS.includes(t.output.kind)) return undefined
  return { kind: t.output.kind, id: t.output.id, updatedAt: t.output.updatedAt }
}

/** When the household's entry under `key` was last written (a record or a tombstone). */
const stampOf = (json: unknown): string | undefined => (parseTombstone(json) ?? parse(json))?.updatedAt

/** The entries of a household doc that `read` takes. */
const readEntries = <T>(doc: Y.Doc, read: (json: unknown) => T | undefined): T[] =>
  [...doc.getMap<unknown>(RECORDS).values()].flatMap((json) => read(json) ?? [])

/** Writes the entry of each carried item that `wanted` takes given the household's stamp for it;
 * returns how many were written. */
const pushEntries = <T extends Pick<BackupRecord, 'kind' | 'id' | 'updatedAt'>>(
  doc: Y.Doc,
  items: readonly T[],
  wanted: (known: string | undefined, item: T) => boolean,
  entry: (item: T) => object,
): number => {
  const map = doc.getMap<unknown>(RECORDS)
  let changed = 0
  doc.transact(() => {
    for (const item of items) {
      if (DEVICE_ONLY_KINDS.includes(item.kind) || !wanted(stampOf(map.get(keyOf(item))), item)) continue
      map.set(keyOf(item), JSON.stringify(entry(item)))
      changed++
    }
  })
  return changed
}

/** A deletion goes to the household when the record is there, written before it. Never carried (a
 * draft, an outbox entry made and sent here): no other device has it, so no tombstone. */
const tombstoneWanted = (known: string | undefined, t: RecordTombstone): boolean =>
  known !== undefined && known < t.updatedAt

/** The deletions a household doc holds. */
export const readHouseholdTombstones = (doc: Y.Doc): RecordTombstone[] => readEntries(doc, parseTombstone)

/** Writes deletions made on this device of records the household carries (an entry written after
 * one of them is kept). */
export const pushHouseholdTombstones = (doc: Y.Doc, tombstones: readonly RecordTombstone[]): number =>
  pushEntries(doc, tombstones, tombstoneWanted, (t) => ({
    kind: t.kind,
    id: t.id,
    updatedAt: t.updatedAt,
    deleted: true,
  }))

/** The deletions of `deletions` a household doc does not cover yet: neither a tombstone as new nor a
 * later write is there, and the record was carried (a record never carried needs no tombstone). */
export function unsentDeletions(doc: Y.Doc, deletions: readonly RecordTombstone[]): RecordTombstone[] {
  const map = doc.getMap<unknown>(RECORDS)
  return deletions.filter(
    (t) => !DEVICE_ONLY_KINDS.includes(t.kind) && tombstoneWanted(stampOf(map.get(keyOf(t))), t),
  )
}

/** The records a household doc holds (entries that do not parse are left out). */
export const readHouseholdRecords = (doc: Y.Doc): BackupRecord[] => readEntries(doc, parse)

/** Writes the local records that are newer than the household's (or missing there). */
export const pushHouseholdRecords = (doc: Y.Doc, records: readonly BackupRecord[]): number =>
  pushEntries(
    doc,
    records,
    (known, r) => known === undefined || known < r.updatedAt,
    (r) => ({
      kind: r.kind,
      id: r.id,
      updatedAt: r.updatedAt,
      ...(r.version !== undefined ? { version: r.version } : {}),
      value: encodeValue(r.value),
    }),
  )

/** The raw entries of a household's records (to carry them into a new household). */
export async function copyHouseholdRecords(
  household: RoomCapability,
  net: ShareNetOptions,
): Promise<Result<Map<string, string>, string>> {
  const r = await exchangeRoom(household, net, (doc) => {
    const out = new Map<string, string>()
    for (const [k, json] of doc.getMap<unknown>(RECORDS).entries())
      if (typeof json === 'string') out.set(k, json)
    return out
  })
  return r.ok ? ok(r.value) : r
}

/** Writes entries copied with copyHouseholdRecords. */
export function writeHouseholdRecordEntries(doc: Y.Doc, entries: ReadonlyMap<string, string>): void {
  const map = doc.getMap<unknown>(RECORDS)
  for (const [k, json] of entries) map.set(k, json)
}
