// What the status feature needs from the outside, injected so tests run without a browser: HTTP,
// the device's records and the clock. The defaults are the browser's fetch and Dexie's records table.
import * as v from 'valibot'
import { defineRecord, type ReadRecord } from '../../storage/index.ts'

/** Where status records live. */
export type StatusRecords = {
  get<T>(kind: string, id: string, schema: v.GenericSchema<unknown, T>): Promise<ReadRecord<T> | undefined>
  list<T>(kind: string, schema: v.GenericSchema<unknown, T>): Promise<ReadRecord<T>[]>
  put(kind: string, id: string, value: unknown): Promise<void>
  delete(kind: string, id: string): Promise<void>
}

/** HTTP, records and clock. */
export type StatusDeps = {
  fetch: typeof globalThis.fetch
  records: StatusRecords
  now: () => Date
}

/** A version-1 record kind over any schema (the status records have one version so far). */
const kindOf = <T>(kind: string, schema: v.GenericSchema<unknown, T>) =>
  defineRecord({ kind, version: 1, schema: schema as v.GenericSchema<unknown, T> })
const ANY = v.unknown()

/** The device's own records (Dexie), through defineRecord. */
export const deviceRecords: StatusRecords = {
  get: (kind, id, schema) => kindOf(kind, schema).get(id),
  list: (kind, schema) => kindOf(kind, schema).list(),
  put: (kind, id, value) => kindOf(kind, ANY).put(id, value),
  delete: (kind, id) => kindOf(kind, ANY).delete(id),
}

/** The browser's defaults. */
export const defaultStatusDeps = (): StatusDeps => ({
  fetch: (input, init) => globalThis.fetch(input, init),
  records: deviceRecords,
  now: () => new Date(),
})

/** A Map-backed StatusRecords (tests, and a reader with no storage). */
export const memoryRecords = (): StatusRecords & { rows: Map<string, unknown> } => {
  const rows = new Map<string, unknown>()
  const read = <T>(id: string, value: unknown, schema: v.GenericSchema<unknown, T>): ReadRecord<T> => {
    const parsed = (schema as v.GenericSchema<unknown, T>)['~standard'].validate(value)
    if (parsed instanceof Promise) throw new Error('async schema')
    return 'value' in parsed && !parsed.issues
      ? { ok: true, id, value: parsed.value as T }
      : { ok: false, id, code: 'record-damaged' }
  }
  return {
    rows,
    get: async (kind, id, schema) => {
      const k = `${kind}\u0000${id}`
      return rows.has(k) ? read(id, rows.get(k), schema) : undefined
    },
    list: async (kind, schema) =>
      [...rows.entries()]
        .filter(([k]) => k.startsWith(`${kind}\u0000`))
        .map(([k, value]) => read(k.slice(kind.length + 1), value, schema)),
    put: async (kind, id, value) => {
      rows.set(`${kind}\u0000${id}`, structuredClone(value))
    },
    delete: async (kind, id) => {
      rows.delete(`${kind}\u0000${id}`)
    },
  }
}
