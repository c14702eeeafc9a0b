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
import { countItems, getItem, listItems, listItemsPage, readItem } from './read.ts'
import { storedFields } from './record.ts'
import { patchRecord } from './record-fixture.ts'
import { putItem, removeItem } from './write.ts'

const stateOf = (doc: Y.Doc) => Y.encodeStateAsUpdate(doc)

describe('putItem / getItem / listItems / removeItem', () => {
  it('round-trips an item through one record per item (JSON text, the id as key)', () => {
    const doc = createBookletDoc()
    const e = sampleExperience()
    const r = putItem(doc, 'experiences', e)
    expect(r).toEqual({ ok: true, value: e })
    expect(getItem(doc, 'experiences', e.id)).toEqual(e)
    const stored = storedFields(doc.getMap('experiences'), e.id)
    expect(typeof doc.getMap('experiences').get(e.id)).toBe('string')
    expect(stored?.title).toBe(e.title)
    expect(stored && 'id' in stored).toBe(false)
    expect(listItems(doc, 'experiences')).toEqual({ items: [e], invalid: [] })
  })
  it('stores plan objectives and steps under plan', () => {
    const doc = createBookletDoc()
    const o = sampleObjective()
    const s = sampleStep(o.id)
    expect(putItem(doc, 'objectives', o).ok).toBe(true)
    expect(putItem(doc, 'steps', s).ok).toBe(true)
    const plan = doc.getMap('plan')
    expect((plan.get('steps') as Y.Map<unknown>).has(s.id)).toBe(true)
    expect(getItem(doc, 'steps', s.id)).toEqual(s)
    expect(countItems(doc, 'objectives')).toBe(1)
  })
  it('refuses invalid input and leaves the document byte-for-byte unchanged', () => {
    const doc = createBookletDoc()
    putItem(doc, 'competences', sampleCompetence())
    const before = stateOf(doc)
    const r = putItem(doc, 'competences', { ...sampleCompetence(), level: 7 } as never)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.code).toBe('invalid')
      expect(r.issues).toEqual([{ path: 'level', code: 'invalid-level' }])
    }
    expect(stateOf(doc)).toEqual(before)
  })
  it('writes nothing when nothing changed, and removes cleared optional fields', () => {
    const doc = createBookletDoc()
    const e = sampleExperience()
    putItem(doc, 'experiences', e)
    const sizeBefore = stateOf(doc).length
    putItem(doc, 'experiences', { ...e }) // nothing changed: nothing written
    expect(stateOf(doc).length).toBe(sizeBefore)
    const { organisation: _o, ...rest } = e
    putItem(doc, 'experiences', { ...rest, title: 'Autre titre' })
    const m = storedFields(doc.getMap('experiences'), e.id)
    expect(m && 'organisation' in m).toBe(false)
    expect(m?.title).toBe('Autre titre')
  })
  it('keeps fields it does not know (written by a newer app) when updating', () => {
    const doc = createBookletDoc()
    const e = sampleExperience()
    putItem(doc, 'experiences', e)
    patchRecord(doc.getMap('experiences'), e.id, { futureField: 'kept' })
    putItem(doc, 'experiences', { ...e, title: 'Changed' })
    expect(storedFields(doc.getMap('experiences'), e.id)?.futureField).toBe('kept')
    expect(getItem(doc, 'experiences', e.id)).not.toHaveProperty('futureField')
  })
  it('removeItem returns what it removed so putItem can undo', () => {
    const doc = createBookletDoc()
    const j = sampleJournalEntry()
    putItem(doc, 'journal', j)
    const removed = removeItem(doc, 'journal', j.id)
    expect(removed).toEqual(j)
    expect(countItems(doc, 'journal')).toBe(0)
    expect(removeItem(doc, 'journal', j.id)).toBeUndefined()
    if (removed) putItem(doc, 'journal', removed)
    expect(getItem(doc, 'journal', j.id)).toEqual(j)
  })
  it('removes an invalid item too, returning nothing to undo', () => {
    const doc = createBookletDoc()
    doc.getMap('journal').set('junk', 'not a map')
    expect(removeItem(doc, 'journal', 'junk')).toBeUndefined()
    expect(countItems(doc, 'journal')).toBe(0)
  })
  it('returns frozen items: a caller cannot corrupt the cache or the document', () => {
    const doc = createBookletDoc()
    const e = sampleExperience()
    putItem(doc, 'experiences', e)
    const got = getItem(doc, 'experiences', e.id)
    expect(() => got?.competenceIds.push('x' as never)).toThrow(TypeError)
    expect(getItem(doc, 'experiences', e.id)?.competenceIds).toEqual([])
  })
  it('does not share mutable objects with the caller', () => {
    const doc = createBookletDoc()
    const e = sampleExperience({ competenceIds: [] })
    putItem(doc, 'experiences', e)
    e.competenceIds.push('x' as never)
    expect(getItem(doc, 'experiences', e.id)?.competenceIds).toEqual([])
  })
})

describe('validation on read (remote or damaged data)', () => {
  const damaged = () => {
    const doc = createBookletDoc()
    const good = sampleCompetence()
    putItem(doc, 'competences', good)
    const map = doc.getMap('competences')
    doc.transact(() => {
      const bad = new Y.Map<unknown>()
      map.set('bad1', bad)
      for (const [k, val] of Object.entries({ ...sampleCompetence(), id: 'bad1', level: 'expert' }))
        bad.set(k, val)
      const other = new Y.Map<unknown>()
      map.set('mismatch', other)
      for (const [k, val] of Object.entries(sampleCompetence())) other.set(k, val)
      map.set('plain', { label: 'an object, not a full record' })
      map.set('number', 42)
      map.set('text', 'not JSON')
      const proto = new Y.Map<unknown>()
      map.set('__proto__', proto)
      for (const [k, val] of Object.entries({ ...sampleCompetence(), id: '__proto__' })) proto.set(k, val)
      const nested = new Y.Map<unknown>()
      map.set('nested', nested)
      for (const [k, val] of Object.entries({ ...sampleCompetence(), id: 'nested' })) nested.set(k, val)
      nested.set('label', new Y.Text('hi'))
    })
    return { doc, good }
  }
  it('reports invalid items beside the valid ones without throwing', () => {
    const { doc, good } = damaged()
    const r = listItems(doc, 'competences')
    expect(r.items).toHaveLength(2)
    expect(r.items[0]).toEqual(good)
    const byId = Object.fromEntries(r.invalid.map((i) => [i.id, i.issues]))
    expect(byId.bad1).toEqual([{ path: 'level', code: 'invalid-level' }])
    expect(byId.mismatch).toBeUndefined() // a stray stored id is ignored: the key is the id
    expect(byId.plain?.length).toBeGreaterThan(0)
    expect(byId.number).toEqual([{ path: '', code: 'not-a-record' }])
    expect(byId.text).toEqual([{ path: '', code: 'not-a-record' }])
    expect(r.invalid.find((i) => i.id === '__proto__')?.issues).toEqual([{ path: '', code: 'invalid-key' }])
    expect(byId.nested?.[0]?.path).toBe('label')
    expect(r.items.find((i) => i.id === 'mismatch')?.label).toBe(good.label)
    expect(countItems(doc, 'competences')).toBe(8)
    expect(readItem(doc, 'competences', 'bad1')).toMatchObject({ ok: false, code: 'invalid' })
    expect(readItem(doc, 'competences', 'nope')).toEqual({ ok: false, code: 'missing' })
    expect(getItem(doc, 'competences', 'bad1')).toBeUndefined()
  })
  it('validates items that arrive through a remote update', () => {
    const a = createBookletDoc()
    const b = new Y.Doc()
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    expect(listItems(b, 'competences').items).toEqual([])
    const m = new Y.Map<unknown>()
    a.getMap('competences').set('c1', m)
    m.set('id', 'c1')
    m.set('label', 'x'.repeat(300))
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
    const r = listItems(b, 'competences')
    expect(r.items).toEqual([])
    expect(r.invalid[0]?.id).toBe('c1')
  })
})

describe('caching', () => {
  it('returns the same list until the section changes, locally or remotely', () => {
    const a = createBookletDoc()
    const b = new Y.Doc()
    putItem(a, 'journal', sampleJournalEntry())
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a))
    const first = listItems(b, 'journal')
    expect(listItems(b, 'journal')).toBe(first)
    const j = sampleJournalEntry({ text: 'second' })
    putItem(a, 'journal', j)
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
    const second = listItems(b, 'journal')
    expect(second).not.toBe(first)
    expect(second.items).toHaveLength(2)
    putItem(a, 'journal', { ...j, text: 'edited' })
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)))
    expect(listItems(b, 'journal').items.find((x) => x.id === j.id)?.text).toBe('edited')
  })
  it('observers of the section already read fresh values', () => {
    const doc = createBookletDoc()
    const j = sampleJournalEntry()
    putItem(doc, 'journal', j)
    listItems(doc, 'journal')
    let seen = ''
    doc.getMap('journal').observeDeep(() => {
      seen = listItems(doc, 'journal').items[0]?.text ?? ''
    })
    putItem(doc, 'journal', { ...j, text: 'new words' })
    expect(seen).toBe('new words')
  })
  it('reads inside an open transaction are fresh too', () => {
    const doc = createBookletDoc()
    const j = sampleJournalEntry()
    putItem(doc, 'journal', j)
    listItems(doc, 'journal')
    doc.transact(() => {
      patchRecord(doc.getMap('journal'), j.id, { text: 'inside' })
      expect(listItems(doc, 'journal').items[0]?.text).toBe('inside')
    })
    expect(getItem(doc, 'journal', j.id)?.text).toBe('inside')
  })
})

describe('listItemsPage', () => {
  it('sorts on a raw field, pages, and reports the total', () => {
    const doc = createBookletDoc()
    const days = ['2025-01-03', '2025-01-01', '2025-01-05', '2025-01-02', '2025-01-04']
    for (const date of days) putItem(doc, 'journal', sampleJournalEntry({ date }))
    const p1 = listItemsPage(doc, 'journal', {
      offset: 0,
      limit: 2,
      sort: { field: 'date', direction: 'desc' },
    })
    expect(p1.total).toBe(5)
    expect(p1.items.map((i) => i.date)).toEqual(['2025-01-05', '2025-01-04'])
    const p3 = listItemsPage(doc, 'journal', {
      offset: 4,
      limit: 2,
      sort: { field: 'date', direction: 'desc' },
    })
    expect(p3.items.map((i) => i.date)).toEqual(['2025-01-01'])
    // An edit that changes the order is seen by the next page read.
    const first = listItems(doc, 'journal').items.find((i) => i.date === '2025-01-01')
    if (first) putItem(doc, 'journal', { ...first, date: '2025-02-01' })
    expect(
      listItemsPage(doc, 'journal', { limit: 1, sort: { field: 'date', direction: 'desc' } }).items[0]?.date,
    ).toBe('2025-02-01')
  })
  it('handles absent plan sections and odd bounds', () => {
    const doc = new Y.Doc()
    expect(listItemsPage(doc, 'steps')).toEqual({ items: [], invalid: [], total: 0 })
    expect(listItems(doc, 'objectives')).toEqual({ items: [], invalid: [] })
    const d2 = createBookletDoc()
    putItem(d2, 'journal', sampleJournalEntry())
    expect(listItemsPage(d2, 'journal', { offset: -5, limit: Number.NaN }).items).toHaveLength(1)
    expect(listItemsPage(d2, 'journal', { offset: 1 }).items).toHaveLength(0)
    expect(listItemsPage(d2, 'journal', { offset: -5 }).items).toHaveLength(1)
  })
})
