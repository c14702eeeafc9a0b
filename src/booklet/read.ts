// Reading collections: validated on read, invalid items reported beside the valid ones.
// `countItems` never validates; `listItems` and `listItemsPage` reuse per-item parses until an item changes.
import type * as Y from 'yjs'
import type { Result } from '../domain/index.ts'
import { hookDoc, type InvalidItem, listCache, parseEntry } from './item-map.ts'
import { sectionMap } from './layout.ts'
import { eachEntry, entryOf, type RawFields, rawFieldsOf } from './record.ts'
import { type ItemOf, SECTION_SCHEMAS, type Section } from './sections.ts'

/** Valid items of a section and the ids of the invalid ones with their issues. */
export type ListResult<S extends Section> = { items: ItemOf<S>[]; invalid: InvalidItem[] }

/** One page of a section: its items, the invalid items met on it, and the section's total size. */
export type PageResult<S extends Section> = ListResult<S> & { total: number }

/** Sort of a page: a stored field compared raw (strings, numbers), ties broken by id. `fallback`
 * is used for items without `field` (experiences without a start date sort by creation time); `tieBreak`
 * breaks ties (same direction) before the id does. */
export type PageSort = { field: string; fallback?: string; tieBreak?: string; direction?: 'asc' | 'desc' }

/** Keeps only the items whose stored `field` equals `equals` (compared raw, no validation). */
export type PageWhere = { field: string; equals: string | number }

/** Number of stored items of a section, valid or not (no validation: cheap). */
export const countItems = (doc: Y.Doc, section: Section): number => sectionMap(doc, section)?.size ?? 0

/** Calls `f` with the raw (unvalidated) fields of each stored record of a section, in either stored
 * form; entries holding no record are skipped. For cheap figures that check the fields they read. */
export const rawRecords = (
  doc: Y.Doc,
  section: Section,
  f: (id: string, fields: RawFields) => void,
): void => {
  const map = sectionMap(doc, section)
  if (!map) return
  eachEntry(map, (key, entry) => {
    const fields = rawFieldsOf(entry)
    if (fields) f(key, fields)
  })
}

/** All items of a section, validated (same array returned until the section changes). */
export const listItems = <S extends Section>(doc: Y.Doc, section: S): ListResult<S> => {
  hookDoc(doc)
  const map = sectionMap(doc, section)
  if (!map) return { items: [], invalid: [] }
  const memo = listCache(map)
  const hit = memo?.get('list')
  if (hit) return hit as ListResult<S>
  const schema = SECTION_SCHEMAS[section]
  const items: ItemOf<S>[] = []
  const invalid: InvalidItem[] = []
  eachEntry(map, (key, entry) => {
    const p = parseEntry(schema, key, entry)
    if (p.ok) items.push(p.item as ItemOf<S>)
    else invalid.push(p.invalid)
  })
  const result = { items, invalid }
  memo?.set('list', result)
  return result
}

/** Reads one item: 'missing' when absent, 'invalid' (with issues) when stored but not valid. */
export const readItem = <S extends Section>(
  doc: Y.Doc,
  section: S,
  id: string,
): Result<ItemOf<S>, 'missing' | 'invalid'> => {
  hookDoc(doc)
  const map = sectionMap(doc, section)
  const entry = map ? entryOf(map, id) : undefined
  if (entry === undefined) return { ok: false, code: 'missing' }
  const p = parseEntry(SECTION_SCHEMAS[section], id, entry)
  return p.ok
    ? { ok: true, value: p.item as ItemOf<S> }
    : { ok: false, code: 'invalid', issues: p.invalid.issues }
}

/** One valid item, or undefined when missing or invalid. */
export const getItem = <S extends Section>(doc: Y.Doc, section: S, id: string): ItemOf<S> | undefined => {
  const r = readItem(doc, section, id)
  return r.ok ? r.value : undefined
}

const rank = (x: unknown): string | number => (typeof x === 'number' || typeof x === 'string' ? x : '')
const compareRaw = (a: string | number, b: string | number): number =>
  typeof a === 'number' && typeof b === 'number'
    ? a - b
    : String(a) < String(b)
      ? -1
      : String(a) > String(b)
        ? 1
        : 0

// Keys of a section in the requested order (and filter), memoised until the section (or any of its
// items) changes.
const orderedKeys = (
  map: Y.Map<unknown>,
  sort: PageSort | undefined,
  where: PageWhere | undefined,
): string[] => {
  const memoKey = JSON.stringify(['keys', sort ?? null, where ?? null])
  const memo = listCache(map)
  const hit = memo?.get(memoKey)
  if (hit) return hit as string[]
  const keep = (raw: RawFields | undefined): boolean => !where || raw?.[where.field] === where.equals
  let keys: string[]
  if (!sort) {
    keys = []
    eachEntry(map, (key, entry) => {
      if (!where || keep(rawFieldsOf(entry))) keys.push(key)
    })
  } else {
    const sign = sort.direction === 'desc' ? -1 : 1
    const rows: [string, string | number, string | number][] = []
    eachEntry(map, (key, entry) => {
      const raw = rawFieldsOf(entry)
      if (!keep(raw)) return
      const value = raw?.[sort.field]
      const first = value === undefined && sort.fallback ? raw?.[sort.fallback] : value
      rows.push([key, rank(first), sort.tieBreak ? rank(raw?.[sort.tieBreak]) : ''])
    })
    rows.sort(
      (a, b) =>
        sign * (compareRaw(a[1], b[1]) || compareRaw(a[2], b[2])) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0),
    )
    keys = rows.map((r) => r[0])
  }
  memo?.set(memoKey, keys)
  return keys
}

const bound = (x: number | undefined, fallback: number): number =>
  x !== undefined && Number.isFinite(x) ? Math.max(0, Math.floor(x)) : fallback

/** A page of a section for long lists: sorts (and filters) on raw stored fields, validates only the
 * page. `total` counts the items that pass `where` (all stored items without it). */
export const listItemsPage = <S extends Section>(
  doc: Y.Doc,
  section: S,
  opts: { offset?: number; limit?: number; sort?: PageSort; where?: PageWhere } = {},
): PageResult<S> => {
  hookDoc(doc)
  const map = sectionMap(doc, section)
  if (!map) return { items: [], invalid: [], total: 0 }
  const offset = bound(opts.offset, 0)
  const limit = bound(opts.limit, 50)
  const all = orderedKeys(map, opts.sort, opts.where)
  const keys = all.slice(offset, offset + limit)
  const schema = SECTION_SCHEMAS[section]
  const items: ItemOf<S>[] = []
  const invalid: InvalidItem[] = []
  for (const key of keys) {
    const p = parseEntry(schema, key, entryOf(map, key))
    if (p.ok) items.push(p.item as ItemOf<S>)
    else invalid.push(p.invalid)
  }
  return { items, invalid, total: all.length }
}
