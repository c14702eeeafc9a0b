// Converting one stored record (either form, record.ts) to a validated domain value, cached per identity:
// per Yjs item for a record (its content never changes: a write makes a new item), per nested Y.Map
// for an old-form item. Those maps and the list memos are dropped for every type a transaction
// changed, in `beforeObserverCalls`, so observers (and anything after them) read fresh values; they
// are not cached while a transaction is open, since types created inside it are not reported.
import * as v from 'valibot'
import * as Y from 'yjs'
import { type Issue, isIdShaped, toIssues } from '../domain/index.ts'
import { entryValue, rawFieldsOf } from './record.ts'

export { toPlain } from './record.ts'

/** An item that failed validation: shown as invalid, never as valid. */
export type InvalidItem = { id: string; issues: Issue[] }

/** Outcome of reading one stored item. */
export type Parsed<T> = { ok: true; item: T } | { ok: false; invalid: InvalidItem }

const itemCache = new WeakMap<object, Parsed<unknown>>()
const listCaches = new WeakMap<object, Map<string, unknown>>()
const hooked = new WeakSet<Y.Doc>()

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

// Parsed items are shared by every reader (cache) and may hold values owned by the document (a
// credential): frozen, so a caller's mutation throws instead of corrupting either.
const deepFreeze = <T>(x: T): T => {
  if (typeof x === 'object' && x !== null && !Object.isFrozen(x)) {
    Object.freeze(x)
    for (const value of Object.values(x)) deepFreeze(value)
  }
  return x
}

/** Validates one stored entry (key → Yjs item) against a schema, in either stored form
 * (record.ts). The id is the key: it is not stored as a field, and a stray stored `id` is ignored.
 * New-form entries are cached per Yjs item (immutable content), old-form ones per nested Y.Map. */
export const parseEntry = (
  schema: v.GenericSchema,
  key: string,
  entry: Y.Item | undefined,
): Parsed<unknown> => {
  const value = entry ? entryValue(entry) : undefined
  const old = value instanceof Y.Map
  const cacheKey: object | undefined = old ? value : entry
  const useCache = cacheKey !== undefined && (!old || !inTransaction(value.doc))
  const cached = useCache ? itemCache.get(cacheKey) : undefined
  if (cached) return cached
  let parsed: Parsed<unknown>
  const raw = entry ? rawFieldsOf(entry) : undefined
  if (!raw) parsed = { ok: false, invalid: { id: key, issues: [{ path: '', code: 'not-a-record' }] } }
  else if (!isIdShaped(key))
    parsed = { ok: false, invalid: { id: key, issues: [{ path: '', code: 'invalid-key' }] } }
  else {
    const plain: Record<string, unknown> = Object.assign(Object.create(null), raw)
    plain.id = key
    const r = v.safeParse(schema, plain)
    parsed = r.success
      ? { ok: true, item: deepFreeze(r.output) }
      : { ok: false, invalid: { id: key, issues: toIssues(r.issues) } }
  }
  if (useCache && cacheKey) itemCache.set(cacheKey, parsed)
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
