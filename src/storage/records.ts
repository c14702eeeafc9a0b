// Device-side records of the sharing, operator and trainer features, one table for all: each
// feature picks its own `kind` and validates its values when it reads them back (a record written
// by another version, or damaged, is reported, never trusted).
import * as v from 'valibot'
import { type DeviceRecord, getDb, type LivretDb } from './db.ts'

/** Stores (or replaces) the record `id` of `kind`. */
export async function putRecord(
  kind: string,
  id: string,
  value: unknown,
  db: LivretDb = getDb(),
): Promise<void> {
  await db.records.put({ kind, id, value, updatedAt: new Date().toISOString() })
}

/** Removes the record `id` of `kind` (nothing happens if it is not there). */
export async function deleteRecord(kind: string, id: string, db: LivretDb = getDb()): Promise<void> {
  await db.records.delete([kind, id])
}

/** A record read back: its value when it matches `schema`, or `damaged` with its id. */
export type ReadRecord<T> =
  | { ok: true; id: string; value: T }
  | { ok: false; id: string; code: 'record-damaged' }

const check = <T>(schema: v.GenericSchema<unknown, T>, row: DeviceRecord): ReadRecord<T> => {
  const parsed = v.safeParse(schema, row.value)
  return parsed.success
    ? { ok: true, id: row.id, value: parsed.output }
    : { ok: false, id: row.id, code: 'record-damaged' }
}

/** The record `id` of `kind`, checked against `schema`; undefined when there is none. */
export async function getRecord<T>(
  kind: string,
  id: string,
  schema: v.GenericSchema<unknown, T>,
  db: LivretDb = getDb(),
): Promise<ReadRecord<T> | undefined> {
  const row = await db.records.get([kind, id])
  return row ? check(schema, row) : undefined
}

/** Every record of `kind`, checked against `schema`, most recently written first. */
export async function listRecords<T>(
  kind: string,
  schema: v.GenericSchema<unknown, T>,
  db: LivretDb = getDb(),
): Promise<ReadRecord<T>[]> {
  const rows = await db.records.where('kind').equals(kind).toArray()
  rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
  return rows.map((row) => check(schema, row))
}
