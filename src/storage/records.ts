// Device-side records of the features (shares, received booklets, inboxes, pairing, the trainer's
// identity…), one table for all. Each kind is declared once with `defineRecord` — its version, its
// schema and the migrations from every older version — like tldraw's versioned records: a record
// read back is migrated to the current version and validated; one written by a newer app, or damaged,
// is reported with a code, never trusted and never thrown at the UI.
import * as v from 'valibot'
import { type DeviceRecord, getDb, type LivretDb } from './db.ts'

/** Why a stored record could not be read. */
export type RecordFailure = 'record-damaged' | 'record-too-new'

/** A record read back: its current-version value, or a failure code with its id. */
export type ReadRecord<T> =
  | { ok: true; id: string; value: T }
  | { ok: false; id: string; code: RecordFailure }

/** Migration from version `n` (the key) to `n + 1`: takes the stored value, returns the next shape. */
export type Migrations = Readonly<Record<number, (value: unknown) => unknown>>

/** What declares one record kind. */
export interface RecordDefinition<S extends v.GenericSchema> {
  /** Names the feature's records in the table ('share', 'received'…). */
  kind: string
  /** Current version (1, 2…); written with every record. */
  version: number
  /** Schema of a value at the current version. */
  schema: S
  /** One step for each older version: `migrations[1]` turns a v1 value into a v2 one, and so on. */
  migrations?: Migrations
}

/** One record kind: reads (migrated, validated), writes (stamped with the version) and deletes;
 * `T` is what a read gives, `In` what is stored (they differ where the schema decodes, e.g. base64). */
export interface RecordType<T, In = T> {
  readonly kind: string
  readonly version: number
  /** Migrates and checks a stored row (exposed for tests and for readers of raw rows). */
  read(row: Pick<DeviceRecord, 'id' | 'value' | 'version'>): ReadRecord<T>
  /** The record `id`, or undefined when there is none. */
  get(id: string, db?: LivretDb): Promise<ReadRecord<T> | undefined>
  /** Every record of the kind, most recently written first. */
  list(db?: LivretDb): Promise<ReadRecord<T>[]>
  /** Stores (or replaces) the record `id` at the current version. */
  put(id: string, value: In, db?: LivretDb): Promise<void>
  /** Removes the record `id` (nothing happens if it is not there). */
  delete(id: string, db?: LivretDb): Promise<void>
}

const written = new Set<(kind: string, id: string, deleted: boolean) => void>()

/** Calls `listener` after any record is written or deleted through defineRecord (the household
 * carries the person's shares and requests to the other devices); returns unsubscribe. */
export function onRecordWritten(listener: (kind: string, id: string, deleted: boolean) => void): () => void {
  written.add(listener)
  return () => written.delete(listener)
}

const tell = (kind: string, id: string, deleted: boolean) => {
  for (const listener of written) {
    try {
      listener(kind, id, deleted)
    } catch {
      // A listener never breaks a write.
    }
  }
}

const arrived = new Set<(kinds: ReadonlySet<string>) => void>()

/** Calls `listener` with the kinds changed when records arrive from elsewhere (another device, a
 * backup) rather than through defineRecord: open lists reload; returns unsubscribe. Apart from
 * onRecordWritten so that what arrives is not sent straight back. */
export function onRecordsArrived(listener: (kinds: ReadonlySet<string>) => void): () => void {
  arrived.add(listener)
  return () => arrived.delete(listener)
}

/** Tells the onRecordsArrived listeners (nothing when no kind changed). */
export function recordsArrived(kinds: ReadonlySet<string>): void {
  if (kinds.size === 0) return
  for (const listener of arrived) {
    try {
      listener(kinds)
    } catch {
      // A screen's listener never breaks storage.
    }
  }
}

/** Declares a record kind; every device record goes through one (see the file's header). */
export function defineRecord<S extends v.GenericSchema>(
  def: RecordDefinition<S>,
): RecordType<v.InferOutput<S>, v.InferInput<S>> {
  type T = v.InferOutput<S>
  const { kind, version, schema, migrations = {} } = def
  if (!Number.isInteger(version) || version < 1) throw new Error(`record ${kind}: bad version ${version}`)
  for (let n = 1; n < version; n++) {
    if (!migrations[n]) throw new Error(`record ${kind}: no migration from version ${n}`)
  }
  const read = (row: Pick<DeviceRecord, 'id' | 'value' | 'version'>): ReadRecord<T> => {
    const from = row.version ?? 1
    if (!Number.isInteger(from) || from < 1) return { ok: false, id: row.id, code: 'record-damaged' }
    if (from > version) return { ok: false, id: row.id, code: 'record-too-new' }
    let value = row.value
    try {
      for (let n = from; n < version; n++) value = (migrations[n] as (x: unknown) => unknown)(value)
    } catch {
      // A migration that meets a value it cannot read: the record is damaged, the app goes on.
      return { ok: false, id: row.id, code: 'record-damaged' }
    }
    const parsed = v.safeParse(schema, value)
    return parsed.success
      ? { ok: true, id: row.id, value: parsed.output }
      : { ok: false, id: row.id, code: 'record-damaged' }
  }
  return {
    kind,
    version,
    read,
    async get(id, db = getDb()) {
      const row = await db.records.get([kind, id])
      return row ? read(row) : undefined
    },
    async list(db = getDb()) {
      const rows = await db.records.where('kind').equals(kind).toArray()
      rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      return rows.map(read)
    },
    async put(id, value, db = getDb()) {
      await db.records.put({ kind, id, value, version, updatedAt: new Date().toISOString() })
      tell(kind, id, false)
    },
    async delete(id, db = getDb()) {
      await db.records.delete([kind, id])
      tell(kind, id, true)
    },
  }
}
