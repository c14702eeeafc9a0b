// Test and benchmark fixture (not used by the app): raw record edits (what a peer or damaged data
// may hold), and documents in the record form of schema version 3 and older — one nested Y.Map per
// item with one key per field, as an older app (or a paired device still running one) writes them.
// See record.ts for the current form.
import * as Y from 'yjs'
import { sectionMap } from './layout.ts'
import { eachEntry, rawFieldsOf, storedFields, storeRecord } from './record.ts'
import { SECTIONS, type Section } from './sections.ts'
import { SCHEMA_VERSION_KEY } from './version.ts'

/** Writes one record the old way: a new nested Y.Map under `key` (call inside a transaction or not). */
export const putOldForm = (
  map: Y.Map<unknown>,
  key: string,
  fields: Record<string, unknown>,
): Y.Map<unknown> => {
  const m = new Y.Map<unknown>()
  map.set(key, m)
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) m.set(k, JSON.parse(JSON.stringify(v)))
  return m
}

/** The map of a section or the situation. */
export const recordMap = (doc: Y.Doc, section: Section | 'situation'): Y.Map<unknown> => {
  const map = section === 'situation' ? doc.getMap<unknown>('situation') : sectionMap(doc, section)
  if (!map) throw new Error(`no map for ${section}`)
  return map
}

/** Rewrites every record of `doc` in the old form and stamps it `version` (3: the last old one),
 * in one transaction: a booklet as the app before version 4 left it. */
export const toOldForm = (doc: Y.Doc, version = 3): void => {
  doc.transact(() => {
    for (const section of [...SECTIONS, 'situation'] as const) {
      const map = recordMap(doc, section)
      const records: [string, Record<string, unknown>][] = []
      eachEntry(map, (key, entry) => {
        const fields = rawFieldsOf(entry)
        if (fields && !(entry.content.getContent()[0] instanceof Y.Map)) records.push([key, { ...fields }])
      })
      for (const [key, fields] of records) putOldForm(map, key, fields)
    }
    doc.getMap('meta').set(SCHEMA_VERSION_KEY, version)
  })
}

/** Changes raw fields of a stored record (new form), bypassing validation: `undefined` deletes. */
export const patchRecord = (map: Y.Map<unknown>, key: string, patch: Record<string, unknown>): void => {
  const next: Record<string, unknown> = { ...storedFields(map, key) }
  for (const [k, v] of Object.entries(patch)) {
    if (v === undefined) delete next[k]
    else next[k] = v
  }
  storeRecord(map, key, next)
}
