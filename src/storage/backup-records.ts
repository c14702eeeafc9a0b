// The device records a backup carries (version 2): the shares, validation requests, proposal
// inboxes and capabilities the person opened, as they are stored (kind, id, value), so that they
// can be followed up and withdrawn from the new device. Values are structured-cloneable (some hold
// Uint8Array keys); in the JSON file a byte array is written `{"$bytes":"<base64>"}`.
// Each feature still validates its values when it reads them back (src/storage/records.ts).
import * as v from 'valibot'
import { base64ToBytes, bytesToBase64, isBase64 } from './base64.ts'
import { type DeviceRecord, getDb, type LivretDb } from './db.ts'
import { recordsArrived } from './records.ts'

/** Kinds a backup leaves out: 'pairing' is this device's own membership of the private room
 * (its token must stay this device's, so that a lost device can be removed alone). */
export const DEVICE_ONLY_KINDS: readonly string[] = ['pairing']
/** Most records in one backup. */
export const MAX_BACKUP_RECORDS = 10_000
const MAX_DEPTH = 32

/** One record as written in a backup file. */
export const RecordEntrySchema = v.strictObject({
  kind: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
  /** The record's version (defineRecord); absent means 1, as for rows written before versions. */
  version: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(1000))),
  value: v.unknown(),
})

/** One record entry of a backup (value in its JSON form). */
export type RecordEntry = v.InferOutput<typeof RecordEntrySchema>
/** One record restored from a backup (value back in its stored form). */
export type BackupRecord = { kind: string; id: string; updatedAt: string; value: unknown; version?: number }

/** The JSON form of a stored value (byte arrays tagged); throws on what cannot be stored as JSON. */
export function encodeValue(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) throw new Error('record value nested too deeply')
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('record value holds a non-finite number')
    return value
  }
  if (value instanceof Uint8Array) return { $bytes: bytesToBase64(value) }
  if (Array.isArray(value)) return value.map((x) => encodeValue(x, depth + 1))
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(value)) if (x !== undefined) out[k] = encodeValue(x, depth + 1)
    return out
  }
  throw new Error(`record value of type ${typeof value} cannot be backed up`)
}

/** The stored form of a value read from a file, or undefined when it is malformed. */
export function decodeValue(value: unknown, depth = 0): unknown {
  if (depth > MAX_DEPTH) return undefined
  if (value === null || ['string', 'boolean', 'number'].includes(typeof value)) return value
  if (Array.isArray(value)) {
    const out = value.map((x) => decodeValue(x, depth + 1))
    return out.includes(undefined) ? undefined : out
  }
  if (typeof value !== 'object') return undefined
  const entries = Object.entries(value as Record<string, unknown>)
  if (entries.length === 1 && entries[0]?.[0] === '$bytes') {
    const text = entries[0][1]
    return typeof text === 'string' && isBase64(text) ? base64ToBytes(text) : undefined
  }
  const out: Record<string, unknown> = {}
  for (const [k, x] of entries) {
    if (k === '__proto__') return undefined
    const d = decodeValue(x, depth + 1)
    if (d === undefined) return undefined
    out[k] = d
  }
  return out
}

/** Every record of this device a backup carries (all kinds but DEVICE_ONLY_KINDS). */
export async function collectBackupRecords(db: LivretDb = getDb()): Promise<BackupRecord[]> {
  const rows = await db.records.toArray()
  return rows
    .filter((r) => !DEVICE_ONLY_KINDS.includes(r.kind))
    .map((r) => ({
      kind: r.kind,
      id: r.id,
      updatedAt: r.updatedAt,
      value: r.value,
      ...(r.version !== undefined ? { version: r.version } : {}),
    }))
}

/** Runs `apply` on each item another device carried (device-only kinds left out) with the record
 * this device holds under its key, in one transaction; then tells the listeners of every kind where
 * `apply` changed something (it returns true). */
async function applyCarried<T extends { kind: string; id: string }>(
  items: readonly T[],
  db: LivretDb,
  apply: (item: T, known: DeviceRecord | undefined) => Promise<boolean>,
): Promise<void> {
  const kinds = new Set<string>()
  await db.transaction('rw', db.records, async () => {
    for (const item of items) {
      if (DEVICE_ONLY_KINDS.includes(item.kind)) continue
      if (await apply(item, await db.records.get([item.kind, item.id]))) kinds.add(item.kind)
    }
  })
  recordsArrived(kinds)
}

/**
 * Stores restored records. A record this device already holds and wrote later is kept (merging a
 * backup never rolls a share back to before its withdrawal); others are written as they were.
 */
export async function storeBackupRecords(
  records: readonly BackupRecord[],
  db: LivretDb = getDb(),
): Promise<void> {
  await applyCarried(records, db, async (r, known) => {
    if (known && known.updatedAt > r.updatedAt) return false
    const version = r.version !== undefined ? { version: r.version } : {}
    await db.records.put({ kind: r.kind, id: r.id, value: r.value, updatedAt: r.updatedAt, ...version })
    return known?.updatedAt !== r.updatedAt
  })
}

/** A record deleted on another device: its kind, id and when it was deleted. */
export type RecordTombstone = { kind: string; id: string; updatedAt: string }

/** Deletes the records another device deleted, unless this device wrote them after the deletion. */
export async function deleteRemovedRecords(
  tombstones: readonly RecordTombstone[],
  db: LivretDb = getDb(),
): Promise<void> {
  await applyCarried(tombstones, db, async (t, known) => {
    if (!known || known.updatedAt > t.updatedAt) return false
    await db.records.delete([t.kind, t.id])
    return true
  })
}

/** How many records of each kind a backup brought (for "3 partages, 1 demande…"). */
export function countByKind(records: readonly BackupRecord[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const r of records) counts[r.kind] = (counts[r.kind] ?? 0) + 1
  return counts
}
