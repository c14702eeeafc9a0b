// Converting one item's Y.Map to a validated domain value, with a cache keyed by the Y.Map's identity.
// The cache is dropped for every type a transaction changed, in `beforeObserverCalls`, so observers
// (and anything after them) read fresh values. Nothing is cached while a transaction is open, since
// types created inside it are not reported as changed.
import * as v from 'valibot'
import * as Y from 'yjs'
import { type Issue, isIdShaped, toIssues } from '../domain/index.ts'

/** An item that failed validation: shown as invalid, never as valid. */
export type InvalidItem = { id: string; issues: Issue[] }

/** Outcome of reading one stored item. */
export type Parsed<T> = { ok: true; item: T } | { ok: false; invalid: InvalidItem }

const itemCache = new WeakMap<object, Parsed<unknown>>()
const listCaches = new WeakMap<object, Map<string, unknown>>()
const hooked = new WeakSet<Y.Doc>()

// A nested shared type where a plain value is expected: refused by every schema.
const NESTED_TYPE = Symbol('nested-y-type')

/** Invalidation hook; installed once per document on first read. */
export const hookDoc = (doc: Y.Doc): void => {
  if (hooked.has(doc)) return
  hooked.add(doc)
  doc.on('beforeObserverCalls', (tr: Y.Transaction) => {
    for (const type of tr.changed.keys()) {
      itemCache.delete(type)
      listCaches.delete(type)
      const parent = type._item?.parent
      if (parent) listCaches.delete(parent)
    }
    for (const type of tr.changedParentTypes.keys()) listCaches.delete(type)
  })
}

const inTransaction = (doc: Y.Doc | null): boolean => doc !== null && doc._transaction !== null

/** Per-container memo for derived lists (sorted keys, parsed lists), dropped when the container changes. */
export const listCache = (container: { doc: Y.Doc | null }): Map<string, unknown> | undefined => {
  if (inTransaction(container.doc)) return undefined
  let m = listCaches.get(container)
  if (!m) {
    m = new Map()
    listCaches.set(container, m)
  }
  return m
}

/** A plain object of a Y.Map's fields, with a null prototype so keys like '__proto__' stay inert. */
export const toPlain = (m: Y.Map<unknown>): Record<string, unknown> => {
  const o: Record<string, unknown> = Object.create(null)
  m.forEach((value, key) => {
    o[key] = value instanceof Y.AbstractType ? NESTED_TYPE : value
  })
  return o
}

// Parsed items are shared by every reader (cache) and may hold values owned by the document (a
// credential): frozen, so a caller's mutation throws instead of corrupting either.
const deepFreeze = <T>(x: T): T => {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x)
    for (const value of Object.values(x)) deepFreeze(value)
  }
  return x
}

/** Validates one stored entry (key → value) against a schema. The id is the key: it is not stored
 * as a field (one struct less per item), and a stray stored `id` field is ignored. */
export const parseEntry = (schema: v.GenericSchema, key: string, value: unknown): Parsed<unknown> => {
  if (!(value instanceof Y.Map))
    return { ok: false, invalid: { id: key, issues: [{ path: '', code: 'not-a-map' }] } }
  const useCache = !inTransaction(value.doc)
  const cached = useCache ? itemCache.get(value) : undefined
  if (cached) return cached
  let parsed: Parsed<unknown>
  if (!isIdShaped(key))
    parsed = { ok: false, invalid: { id: key, issues: [{ path: '', code: 'invalid-key' }] } }
  else {
    const plain = toPlain(value as Y.Map<unknown>)
    plain.id = key
    const r = v.safeParse(schema, plain)
    parsed = r.success
      ? { ok: true, item: deepFreeze(r.output) }
      : { ok: false, invalid: { id: key, issues: toIssues(r.issues) } }
  }
  if (useCache) itemCache.set(value, parsed)
  return parsed
}

// Stored values are JSON-able; compare by content so unchanged fields are not rewritten (a rewrite
// would win over a concurrent edit of that field on another device).
const sameValue = (a: unknown, b: unknown): boolean =>
  a === b ||
  (typeof a === 'object' &&
    typeof b === 'object' &&
    a !== null &&
    b !== null &&
    JSON.stringify(a) === JSON.stringify(b))

// Plain JSON copy for objects and arrays, so later mutation by the caller cannot reach the document.
const stored = (x: unknown): unknown =>
  typeof x === 'object' && x !== null ? JSON.parse(JSON.stringify(x)) : x

/** Writes the known fields of a validated value into a Y.Map: changed ones set, absent ones deleted,
 * unknown stored fields left alone. Call inside a transaction. */
export const writeFields = (
  m: Y.Map<unknown>,
  fields: readonly string[],
  value: Record<string, unknown>,
): void => {
  for (const key of fields) {
    const next = value[key]
    if (next === undefined) {
      if (m.has(key)) m.delete(key)
    } else if (!sameValue(m.get(key), next)) m.set(key, stored(next))
  }
}
