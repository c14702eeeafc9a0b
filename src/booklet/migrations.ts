// Ordered, forward-only migrations of the booklet document. Each step is idempotent (it only touches
// data still in the old shape) and runs in one transaction that also records the new version.
// A document without a version but with content predates versioning: it is version 1.
import * as Y from 'yjs'
import type { Result } from '../domain/index.ts'
import { ensureLayout, isEmptyBooklet, sectionMap } from './layout.ts'
import { eachEntry, entryValue, recordOf, storeRecord, toPlain } from './record.ts'
import { SECTIONS } from './sections.ts'
import { BOOKLET_SCHEMA_VERSION, readSchemaVersion, SCHEMA_VERSION_KEY } from './version.ts'

/** One migration from version `from` to `from + 1`. */
export type Migration = { from: number; to: number; description: string; up: (doc: Y.Doc) => void }

const eachItem = (doc: Y.Doc, section: string, f: (item: Y.Map<unknown>) => void): void => {
  doc.getMap(section).forEach((value) => {
    if (value instanceof Y.Map) f(value as Y.Map<unknown>)
  })
}

/** Version 1 stored competence levels as words. */
export const V1_LEVEL_WORDS: Readonly<Record<string, number>> = {
  debutant: 1,
  intermediaire: 2,
  confirme: 3,
  expert: 4,
}

/** The migrations, in order; the last `to` equals BOOKLET_SCHEMA_VERSION. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    to: 2,
    description: 'competence level: word (debutant…expert) → number 1..4',
    up: (doc) =>
      eachItem(doc, 'competences', (c) => {
        const level = c.get('level')
        if (typeof level !== 'string') return
        const n = V1_LEVEL_WORDS[level.trim().toLowerCase()]
        if (n !== undefined) c.set('level', n)
      }),
  },
  {
    from: 2,
    to: 3,
    description: 'experience: field `type` renamed to `kind`',
    up: (doc) =>
      eachItem(doc, 'experiences', (e) => {
        if (!e.has('type')) return
        if (!e.has('kind')) e.set('kind', e.get('type'))
        e.delete('type')
      }),
  },
  {
    from: 3,
    to: 4,
    description: 'records: one nested Y.Map per item → one JSON text per item (record.ts)',
    up: (doc) => {
      for (const map of recordMaps(doc))
        eachEntry(map, (key, entry) => {
          const value = entryValue(entry)
          if (!(value instanceof Y.Map)) return
          // A field holding a shared type is invalid; converting would drop it and could make the
          // record read as valid: such a record stays as it is (still shown as invalid).
          let nested = false
          value.forEach((field) => {
            if (field instanceof Y.AbstractType) nested = true
          })
          if (!nested) storeRecord(map, key, recordOf([], {}, toPlain(value as Y.Map<unknown>)))
        })
    },
  },
]

// Every map whose entries are records: the collections and the situation.
const recordMaps = (doc: Y.Doc): Y.Map<unknown>[] => [
  ...SECTIONS.flatMap((s) => sectionMap(doc, s) ?? []),
  doc.getMap<unknown>('situation'),
]

/** Brings a document up to BOOKLET_SCHEMA_VERSION. 'newer-version' (nothing touched) when it is newer
 * or its version is unreadable. An empty document without a version is left unstamped, so that a device
 * that has not synced yet does not claim a version for data it has not seen. */
export const migrate = (doc: Y.Doc): Result<{ from: number; to: number }, 'newer-version'> => {
  const stored = readSchemaVersion(doc)
  if (stored === 'garbage' || (stored !== undefined && stored > BOOKLET_SCHEMA_VERSION))
    return { ok: false, code: 'newer-version' }
  ensureLayout(doc)
  if (stored === undefined && isEmptyBooklet(doc))
    return { ok: true, value: { from: BOOKLET_SCHEMA_VERSION, to: BOOKLET_SCHEMA_VERSION } }
  const from = stored ?? 1
  const meta = doc.getMap('meta')
  for (const m of MIGRATIONS) {
    if (m.from < from) continue
    doc.transact(() => {
      m.up(doc)
      meta.set(SCHEMA_VERSION_KEY, m.to)
    })
  }
  if (meta.get(SCHEMA_VERSION_KEY) !== BOOKLET_SCHEMA_VERSION)
    doc.transact(() => meta.set(SCHEMA_VERSION_KEY, BOOKLET_SCHEMA_VERSION))
  return { ok: true, value: { from, to: BOOKLET_SCHEMA_VERSION } }
}
