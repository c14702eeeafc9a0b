import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { sampleCompetence, sampleExperience, sampleJournalEntry } from '../domain/index.ts'
import { createBookletDoc } from './layout.ts'
import { MIGRATIONS, migrate } from './migrations.ts'
import { putProfile } from './profile.ts'
import { getItem, listItems } from './read.ts'
import { storedFields } from './record.ts'
import { putSituationItem } from './situation.ts'
import { BOOKLET_SCHEMA_VERSION, openMode } from './version.ts'
import { putItem, removeItem } from './write.ts'

// A booklet as version 1 of the app wrote it: levels as words, experiences with `type`.
const v1Doc = () => {
  const doc = new Y.Doc()
  const c = sampleCompetence()
  const e = sampleExperience()
  doc.transact(() => {
    doc.getMap('meta').set('schemaVersion', 1)
    const cm = new Y.Map<unknown>()
    doc.getMap('competences').set(c.id, cm)
    for (const [k, val] of Object.entries({ ...c, level: 'confirme' })) cm.set(k, val)
    const em = new Y.Map<unknown>()
    doc.getMap('experiences').set(e.id, em)
    const { kind, ...rest } = e
    for (const [k, val] of Object.entries({ ...rest, type: kind })) em.set(k, val)
  })
  return { doc, c, e }
}

const setVersion = (doc: Y.Doc, v: unknown) => doc.getMap('meta').set('schemaVersion', v)

describe('migrations', () => {
  it('are ordered, consecutive and end at the current version', () => {
    MIGRATIONS.forEach((m, i) => {
      expect(m.from).toBe(i + 1)
      expect(m.to).toBe(m.from + 1)
    })
    expect(MIGRATIONS.at(-1)?.to).toBe(BOOKLET_SCHEMA_VERSION)
  })
  it('a v1 booklet shows its items as invalid until migrated, then valid', () => {
    const { doc, c, e } = v1Doc()
    expect(listItems(doc, 'competences').invalid).toHaveLength(1)
    expect(listItems(doc, 'experiences').invalid).toHaveLength(1)
    expect(migrate(doc)).toEqual({ ok: true, value: { from: 1, to: BOOKLET_SCHEMA_VERSION } })
    expect(getItem(doc, 'competences', c.id)).toEqual({ ...c, level: 3 })
    expect(getItem(doc, 'experiences', e.id)).toEqual(e)
    expect(storedFields(doc.getMap('experiences'), e.id)?.type).toBeUndefined()
    expect(doc.getMap('meta').get('schemaVersion')).toBe(BOOKLET_SCHEMA_VERSION)
  })
  it('maps every v1 level word and leaves unknown words for the invalid list', () => {
    for (const [word, n] of [
      ['debutant', 1],
      ['intermediaire', 2],
      ['Expert', 4],
      ['guru', 'guru'],
    ] as const) {
      const { doc, c } = v1Doc()
      ;(doc.getMap('competences').get(c.id) as Y.Map<unknown>).set('level', word)
      migrate(doc)
      expect(storedFields(doc.getMap('competences'), c.id)?.level).toBe(n)
    }
  })
  it('is idempotent: a second run changes nothing', () => {
    const { doc } = v1Doc()
    migrate(doc)
    const before = Y.encodeStateAsUpdate(doc)
    expect(migrate(doc)).toEqual({
      ok: true,
      value: { from: BOOKLET_SCHEMA_VERSION, to: BOOKLET_SCHEMA_VERSION },
    })
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })
  it('a booklet with content but no version is version 1', () => {
    const { doc } = v1Doc()
    doc.getMap('meta').delete('schemaVersion')
    expect(migrate(doc)).toEqual({ ok: true, value: { from: 1, to: BOOKLET_SCHEMA_VERSION } })
  })
  it('an empty document without version stays unstamped (a device before its first sync)', () => {
    const doc = new Y.Doc()
    expect(migrate(doc).ok).toBe(true)
    expect(doc.getMap('meta').has('schemaVersion')).toBe(false)
    putItem(doc, 'journal', sampleJournalEntry())
    expect(doc.getMap('meta').get('schemaVersion')).toBe(BOOKLET_SCHEMA_VERSION)
  })
  it('putItem on an older booklet migrates it first', () => {
    const { doc, c } = v1Doc()
    expect(putItem(doc, 'journal', sampleJournalEntry()).ok).toBe(true)
    expect(getItem(doc, 'competences', c.id)?.level).toBe(3)
  })
})

describe('a booklet written by a newer app', () => {
  for (const version of [BOOKLET_SCHEMA_VERSION + 1, 'three', -1, 2.5]) {
    it(`opens read-only and is never written (schemaVersion ${String(version)})`, () => {
      const doc = createBookletDoc()
      const j = sampleJournalEntry()
      putItem(doc, 'journal', j)
      setVersion(doc, version)
      expect(openMode(doc)).toBe('read-only-newer')
      const before = Y.encodeStateAsUpdate(doc)
      expect(migrate(doc)).toEqual({ ok: false, code: 'newer-version' })
      expect(putItem(doc, 'journal', sampleJournalEntry())).toEqual({ ok: false, code: 'read-only' })
      expect(removeItem(doc, 'journal', j.id)).toBeUndefined()
      expect(
        putProfile(doc, { displayName: 'x', languages: [], createdAt: j.createdAt, updatedAt: j.updatedAt }),
      ).toEqual({ ok: false, code: 'read-only' })
      expect(putSituationItem(doc, { area: 'health', status: 'ok', note: '' })).toEqual({
        ok: false,
        code: 'read-only',
      })
      expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
      // Still readable.
      expect(getItem(doc, 'journal', j.id)).toEqual(j)
    })
  }
  it('a current booklet is editable', () => expect(openMode(createBookletDoc())).toBe('editable'))
})
