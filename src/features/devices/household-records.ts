// The person's device records (shares, validation requests, inboxes…) carried by the household
// (household.ts) to every device of the private room, so that a share made on the phone can be
// followed and withdrawn from the desktop. Map 'records': `kind\0id` → JSON entry as in a backup
// file (byte arrays tagged); the newest `updatedAt` wins on both sides. A record deleted on one
// device is not deleted on the others (features withdraw by writing a status, not by deleting).
import * as v from 'valibot'
import type * as Y from 'yjs'
import { ok, type Result } from '../../domain/index.ts'
import {
  type BackupRecord,
  collectBackupRecords,
  DEVICE_ONLY_KINDS,
  decodeValue,
  encodeValue,
  onRecordWritten,
  RecordEntrySchema,
  storeBackupRecords,
} from '../../storage/index.ts'
import type { RoomCapability } from '../../transport/index.ts'
import type { ShareNetOptions } from '../share/index.ts'
import { exchangeRoom } from './pairing-mailbox.ts'

const RECORDS = 'records'

/** Where a device's records are read and written (the app's storage, or a test's). */
export interface RecordsPort {
  list(): Promise<BackupRecord[]>
  /** Stores records from another device (a newer local one is kept). */
  store(records: readonly BackupRecord[]): Promise<void>
  /** Calls back after a local write; returns unsubscribe. */
  onChange(listener: () => void): () => void
}

/** The app's records (IndexedDB). */
export const storageRecords: RecordsPort = {
  list: () => collectBackupRecords(),
  store: (records) => storeBackupRecords(records),
  onChange: (listener) => onRecordWritten(() => listener()),
}

const keyOf = (r: Pick<BackupRecord, 'kind' | 'id'>) => `${r.kind}\u0000${r.id}`

const parse = (json: unknown): BackupRecord | undefined => {
  if (typeof json !== 'string' || json.length > 200_000) return undefined
  let raw: unknown
  try {
    raw = JSON.parse(json)
  } catch {
    return undefined
  }
  const entry = v.safeParse(RecordEntrySchema, raw)
  if (!entry.success || DEVICE_ONLY_KINDS.includes(entry.output.kind)) return undefined
  const value = decodeValue(entry.output.value)
  if (value === undefined) return undefined
  const { kind, id, updatedAt, version } = entry.output
  return { kind, id, updatedAt, value, ...(version !== undefined ? { version } : {}) }
}

/** The records a household doc holds (entries that do not parse are left out). */
export function readHouseholdRecords(doc: Y.Doc): BackupRecord[] {
  const out: BackupRecord[] = []
  for (const json of doc.getMap<unknown>(RECORDS).values()) {
    const r = parse(json)
    if (r) out.push(r)
  }
  return out
}

/** Writes the local records that are newer than the household's (or missing there). */
export function pushHouseholdRecords(doc: Y.Doc, records: readonly BackupRecord[]): number {
  const map = doc.getMap<unknown>(RECORDS)
  let changed = 0
  doc.transact(() => {
    for (const r of records) {
      if (DEVICE_ONLY_KINDS.includes(r.kind)) continue
      const known = parse(map.get(keyOf(r)))
      if (known && known.updatedAt >= r.updatedAt) continue
      const entry = {
        kind: r.kind,
        id: r.id,
        updatedAt: r.updatedAt,
        ...(r.version !== undefined ? { version: r.version } : {}),
        value: encodeValue(r.value),
      }
      map.set(keyOf(r), JSON.stringify(entry))
      changed++
    }
  })
  return changed
}

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
