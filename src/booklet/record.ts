// The stored form of one record of a collection (docs/architecture.md, data model). Since schema
// version 4 an item is ONE value under its id in the collection's Y.Map: the JSON text of its fields
// (the id is the key, not a field). Older apps (and a paired device still on one) wrote a nested
// Y.Map with one entry per field; both forms are read alike, every write stores the new form.
// Why JSON text: Yjs decodes one string per record instead of one per field and value, so loading a
// ten-year booklet applies ~8,000 items instead of ~67,000 (see scripts/bench-booklet-compare.ts).
// Raw fields are parsed on first use and cached per Yjs item: an item's content never changes (a
// write makes a new item), so the cache needs no invalidation.
import * as Y from 'yjs'

/** Raw fields of a stored record: null prototype, so keys like '__proto__' stay inert. */
export type RawFields = Readonly<Record<string, unknown>>

// A nested shared type where a plain value is expected: refused by every schema.
const NESTED_TYPE = Symbol('nested-y-type')

/** The live entry (Yjs item) of `key` in a map, undefined when absent or deleted. */
export const entryOf = (map: Y.Map<unknown>, key: string): Y.Item | undefined => {
  const item = map._map.get(key)
  return item && !item.deleted ? item : undefined
}

/** Calls `f` for each live entry of a map (Y.Map.forEach without its per-entry overhead). */
export const eachEntry = (map: Y.Map<unknown>, f: (key: string, item: Y.Item) => void): void => {
  for (const [key, item] of map._map) if (!item.deleted) f(key, item)
}

/** The value an entry holds (what Y.Map.get returns for it). */
export const entryValue = (item: Y.Item): unknown => {
  const content = item.content.getContent()
  return content[content.length - 1]
}

/** A plain object of a Y.Map's fields (nested shared types marked, so schemas refuse them). */
export const toPlain = (m: Y.Map<unknown>): Record<string, unknown> => {
  const o: Record<string, unknown> = Object.create(null)
  m.forEach((value, key) => {
    o[key] = value instanceof Y.AbstractType ? NESTED_TYPE : value
  })
  return o
}

// Parsed fields per Yjs item (new form); null when the value is no record.
const rawCache = new WeakMap<object, RawFields | null>()

const isRecord = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof Y.AbstractType)

const fromText = (text: string): RawFields | null => {
  try {
    const parsed: unknown = JSON.parse(text)
    if (!isRecord(parsed)) return null
    return Object.assign(Object.create(null), parsed)
  } catch {
    return null
  }
}

/** True when an entry is stored in the old form (a nested Y.Map per record). */
export const isOldForm = (item: Y.Item): boolean => entryValue(item) instanceof Y.Map

/** Raw (unvalidated) fields of an entry in either form; undefined when it holds no record
 * (a number, a broken JSON text, another shared type…). Old-form maps are read fresh each time
 * (they change in place; their validated read is cached per map in item-map.ts). */
export const rawFieldsOf = (item: Y.Item): RawFields | undefined => {
  const value = entryValue(item)
  if (value instanceof Y.Map) return toPlain(value as Y.Map<unknown>)
  const hit = rawCache.get(item)
  if (hit !== undefined) return hit ?? undefined
  const raw =
    typeof value === 'string'
      ? fromText(value)
      : isRecord(value)
        ? (Object.assign(Object.create(null), value) as RawFields)
        : null
  // Shared by every reader through the cache: frozen, so a careless caller cannot change it.
  if (raw) Object.freeze(raw)
  rawCache.set(item, raw)
  return raw ?? undefined
}

/** One raw field of an entry (undefined when absent or not a record). */
export const rawField = (item: Y.Item, field: string): unknown => rawFieldsOf(item)?.[field]

/** What is stored for a record: its known fields from `value` (absent ones left out), then the
 * stored fields this app does not know (written by a newer app), kept as they were. */
export const recordOf = (
  fields: readonly string[],
  value: Readonly<Record<string, unknown>>,
  previous: RawFields | undefined,
): Record<string, unknown> => {
  const out: Record<string, unknown> = Object.create(null)
  for (const key of fields) if (value[key] !== undefined) out[key] = value[key]
  if (previous)
    for (const key of Object.keys(previous))
      if (!fields.includes(key) && key !== 'id' && previous[key] !== NESTED_TYPE) out[key] = previous[key]
  return out
}

/** Stores a record under `key` in the new form (call inside a transaction). */
export const storeRecord = (map: Y.Map<unknown>, key: string, record: Record<string, unknown>): void => {
  map.set(key, JSON.stringify(record))
}

/** Raw fields stored under `key` in a map (either form); undefined when absent or no record. */
export const storedFields = (map: Y.Map<unknown>, key: string): RawFields | undefined => {
  const entry = entryOf(map, key)
  return entry ? rawFieldsOf(entry) : undefined
}
