// Writing collections: validate first, then store the whole record (record.ts) in one transaction,
// keeping stored fields this app does not know. Invalid input or a read-only document leaves the
// document untouched. Concurrent edits of the same record on two devices: the last writer wins.
import type * as v from 'valibot'
import type * as Y from 'yjs'
import { parse, type Result } from '../domain/index.ts'
import { sameJson } from '../lib/index.ts'
import { sectionMap, writableSectionMap } from './layout.ts'
import { syncLinksOnPut, syncLinksOnRemove } from './links.ts'
import { migrate } from './migrations.ts'
import { readItem } from './read.ts'
import { entryOf, isOldForm, rawFieldsOf, recordOf, storeRecord } from './record.ts'
import { type ItemInput, type ItemOf, SECTION_SCHEMAS, type Section, storedFieldsOf } from './sections.ts'
import { BOOKLET_SCHEMA_VERSION, openMode, readSchemaVersion, SCHEMA_VERSION_KEY } from './version.ts'

/** Refuses writes to a newer document, brings an older one up to date, stamps a fresh one. */
export const prepareWrite = (doc: Y.Doc): Result<void, 'read-only'> => {
  if (openMode(doc) !== 'editable') return { ok: false, code: 'read-only' }
  const version = readSchemaVersion(doc)
  if (version === undefined) doc.getMap('meta').set(SCHEMA_VERSION_KEY, BOOKLET_SCHEMA_VERSION)
  else if (typeof version === 'number' && version < BOOKLET_SCHEMA_VERSION) {
    const m = migrate(doc)
    if (!m.ok) return { ok: false, code: 'read-only' }
  }
  return { ok: true, value: undefined }
}

/** Validates `input` with `schema`, then readies the document for the write (prepareWrite): the
 * value to store, or 'invalid' with field issues (nothing touched), or 'read-only'. */
export const validForWrite = <S extends v.GenericSchema>(
  doc: Y.Doc,
  schema: S,
  input: unknown,
): Result<v.InferOutput<S>, 'invalid' | 'read-only'> => {
  const r = parse(schema, input)
  if (!r.ok) return r
  const ready = prepareWrite(doc)
  return ready.ok ? r : ready
}

/** Validates and stores an item (creates or replaces its record). Returns the stored value. */
export const putItem = <S extends Section>(
  doc: Y.Doc,
  section: S,
  item: ItemInput<S>,
): Result<ItemOf<S>, 'invalid' | 'read-only'> => {
  if (openMode(doc) !== 'editable') return { ok: false, code: 'read-only' }
  const r = validForWrite(doc, SECTION_SCHEMAS[section], item)
  if (!r.ok) return r
  const value = r.value as ItemOf<S> & { id: string }
  doc.transact(() => {
    const map = writableSectionMap(doc, section)
    const entry = entryOf(map, value.id)
    const previous = entry ? rawFieldsOf(entry) : undefined
    syncLinksOnPut(doc, section, value.id, previous, value)
    const record = recordOf(storedFieldsOf(section), value as Record<string, unknown>, previous)
    // An unchanged record (already in the new form) is not rewritten: a rewrite would win over a
    // concurrent edit of it on another device.
    if (entry && !isOldForm(entry) && sameJson(previous, record)) return
    storeRecord(map, value.id, record)
  })
  return { ok: true, value }
}

/** Removes an item and returns it (valid) so the UI can undo with putItem; undefined if absent,
 * invalid (still removed) or the document is read-only (nothing removed). An experience or a
 * competence also leaves the other side's link lists, in the same transaction (putItem restores both). */
export const removeItem = <S extends Section>(doc: Y.Doc, section: S, id: string): ItemOf<S> | undefined => {
  if (openMode(doc) !== 'editable') return undefined
  const map = sectionMap(doc, section)
  if (!map?.has(id)) return undefined
  const before = readItem(doc, section, id)
  doc.transact(() => {
    const entry = entryOf(map, id)
    syncLinksOnRemove(doc, section, id, entry ? rawFieldsOf(entry) : undefined)
    map.delete(id)
  })
  return before.ok ? before.value : undefined
}
