// Schema version 4: one JSON record per item instead of a nested Y.Map (record.ts). Old-form items
// (older app, paired device on an older version) are read alike, migrated once in one transaction,
// and rewritten in the new form by the next write.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  sampleCompetence,
  sampleExperience,
  sampleJournalEntry,
  sampleObjective,
  sampleStep,
} from '../domain/index.ts'
import { createBookletDoc } from './layout.ts'
import { migrate } from './migrations.ts'
import { projectionFixture } from './projection-fixture.ts'
import { getItem, listItems } from './read.ts'
import { entryOf, isOldForm, storedFields } from './record.ts'
import { putOldForm, recordMap, toOldForm } from './record-fixture.ts'
import { SECTIONS, type Section } from './sections.ts'
import { readSituation } from './situation.ts'
import { BOOKLET_SCHEMA_VERSION } from './version.ts'
import { putItem, removeItem } from './write.ts'

// Everything a reader sees: every section's valid and invalid items (sorted by id), the situation.
const readAll = (doc: Y.Doc) => ({
  sections: Object.fromEntries(
    SECTIONS.map((s) => {
      const { items, invalid } = listItems(doc, s)
      const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1)
      return [s, { items: [...items].sort(byId), invalid: [...invalid].sort(byId) }]
    }),
  ),
  situation: readSituation(doc),
})

const forms = (doc: Y.Doc) => {
  const count = { old: 0, record: 0 }
  for (const section of [...SECTIONS, 'situation'] as const) {
    const map = recordMap(doc, section)
    for (const key of map.keys()) {
      const entry = entryOf(map, key)
      if (entry && isOldForm(entry)) count.old++
      else count.record++
    }
  }
  return count
}

const copyOf = (doc: Y.Doc): Y.Doc => {
  const other = new Y.Doc()
  Y.applyUpdate(other, Y.encodeStateAsUpdate(doc))
  return other
}

const exchange = (a: Y.Doc, b: Y.Doc) => {
  const toB = Y.encodeStateAsUpdate(a, Y.encodeStateVector(b))
  const toA = Y.encodeStateAsUpdate(b, Y.encodeStateVector(a))
  Y.applyUpdate(b, toB)
  Y.applyUpdate(a, toA)
}

describe('record form (schema version 4)', () => {
  it('stores an item as one JSON text under its id, without the id', () => {
    const doc = createBookletDoc()
    const c = sampleCompetence()
    putItem(doc, 'competences', c)
    const stored = doc.getMap('competences').get(c.id)
    expect(typeof stored).toBe('string')
    const { id: _id, ...fields } = c
    expect(JSON.parse(stored as string)).toEqual(JSON.parse(JSON.stringify(fields)))
  })

  it('an old-form booklet reads the same before and after its migration, which runs in one transaction', () => {
    const { doc } = projectionFixture()
    const before = readAll(doc)
    toOldForm(doc)
    expect(forms(doc).record).toBe(0)
    expect(readAll(doc)).toEqual(before)
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    expect(migrate(doc)).toEqual({ ok: true, value: { from: 3, to: BOOKLET_SCHEMA_VERSION } })
    expect(transactions).toBe(1)
    expect(readAll(doc)).toEqual(before)
    expect(forms(doc).old).toBe(0)
    // A field unknown to this app (written by a newer one) survives the migration.
    const picked = [...doc.getMap('experiences').keys()].find(
      (k) => storedFields(doc.getMap('experiences'), k)?.futureField !== undefined,
    )
    expect(picked).toBeDefined()
  })

  it('a migrated booklet still reads an item written in the old form by a device on an older app, and the next write rewrites it', () => {
    const a = createBookletDoc()
    const kept = sampleExperience({ title: 'écrit avant' })
    putItem(a, 'experiences', kept)
    toOldForm(a)
    const b = copyOf(a) // the paired device, still on the older app
    migrate(a)
    expect(forms(a).old).toBe(0)
    // Meanwhile B (older app) adds an experience and a step, in its form.
    const late = sampleExperience({ title: 'écrit sur l’ancien appareil' })
    const { id: lateId, ...lateFields } = late
    putOldForm(b.getMap('experiences'), lateId, lateFields)
    exchange(a, b)
    expect(getItem(a, 'experiences', late.id)).toEqual(late)
    expect(getItem(a, 'experiences', kept.id)).toEqual(kept)
    expect(listItems(a, 'experiences').invalid).toEqual([])
    const entry = entryOf(a.getMap('experiences'), late.id)
    expect(entry && isOldForm(entry)).toBe(true)
    // The next write of it stores the new form, with the edit.
    expect(putItem(a, 'experiences', { ...late, title: 'modifié' }).ok).toBe(true)
    expect(typeof a.getMap('experiences').get(late.id)).toBe('string')
    expect(getItem(a, 'experiences', late.id)?.title).toBe('modifié')
    // A field edit inside an old-form item (older app) is read too.
    const older = copyOf(a)
    const journal = sampleJournalEntry({ text: 'avant' })
    const { id: jid, ...jfields } = journal
    const jm = putOldForm(older.getMap('journal'), jid, jfields)
    exchange(a, older)
    jm.set('text', 'après')
    exchange(a, older)
    expect(getItem(a, 'journal', jid)?.text).toBe('après')
  })

  it('an unchanged write stores nothing; an old-form item is rewritten even when unchanged', () => {
    const doc = createBookletDoc()
    const o = sampleObjective()
    putItem(doc, 'objectives', o)
    const s = sampleStep(o.id)
    const { id: sid, ...sfields } = s
    putOldForm(recordMap(doc, 'steps'), sid, sfields)
    const before = Y.encodeStateVector(doc)
    putItem(doc, 'objectives', o)
    expect(Y.encodeStateVector(doc)).toEqual(before)
    putItem(doc, 'steps', s)
    expect(typeof recordMap(doc, 'steps').get(sid)).toBe('string')
    expect(getItem(doc, 'steps', sid)).toEqual(s)
  })

  it('links to an old-form item are kept on both sides, and removing works in both forms', () => {
    const doc = createBookletDoc()
    const c = sampleCompetence()
    const { id: cid, ...cfields } = c
    putOldForm(doc.getMap('competences'), cid, cfields)
    const e = sampleExperience({ competenceIds: [cid] })
    putItem(doc, 'experiences', e)
    expect(getItem(doc, 'competences', cid)?.experienceIds).toEqual([...c.experienceIds, e.id])
    expect(removeItem(doc, 'competences', cid)).toBeDefined()
    expect(getItem(doc, 'experiences', e.id)?.competenceIds).toEqual([])
  })

  it('a record that is not JSON, not an object, or an old-form item holding a shared type is invalid, never lost', () => {
    const doc = createBookletDoc()
    const map = doc.getMap('journal')
    const good = sampleJournalEntry()
    putItem(doc, 'journal', good)
    const ids = [sampleJournalEntry().id, sampleJournalEntry().id, sampleJournalEntry().id]
    doc.transact(() => {
      map.set(ids[0] as string, '{not json')
      map.set(ids[1] as string, '[1,2]')
      const nested = putOldForm(map, ids[2] as string, { text: 'x' })
      nested.set('date', new Y.Text('2025-01-01'))
    })
    const { items, invalid } = listItems(doc, 'journal')
    expect(items).toEqual([good])
    expect(invalid.map((i) => i.id).sort()).toEqual([...ids].sort())
    doc.getMap('meta').set('schemaVersion', 3)
    migrate(doc)
    // Still invalid, still there: the migration leaves an item it cannot convert as it is.
    expect(listItems(doc, 'journal').invalid).toHaveLength(3)
  })

  it('two devices editing the same record: the last writer wins the whole record, on both', () => {
    const a = createBookletDoc()
    const e = sampleExperience()
    putItem(a, 'experiences', e)
    const b = copyOf(a)
    putItem(a, 'experiences', { ...e, title: 'sur A' })
    putItem(b, 'experiences', { ...e, description: 'sur B' })
    exchange(a, b)
    const onA = getItem(a, 'experiences', e.id)
    expect(onA).toEqual(getItem(b, 'experiences', e.id))
    expect([
      { ...e, title: 'sur A' },
      { ...e, description: 'sur B' },
    ]).toContainEqual(onA)
  })

  it('every section and the situation accept both forms', () => {
    const { doc } = projectionFixture()
    const before = readAll(doc)
    const sections = Object.keys(before.sections) as Section[]
    expect(sections.length).toBe(SECTIONS.length)
    toOldForm(doc)
    expect(readAll(doc)).toEqual(before)
  })
})
