import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { LIMITS, newId, sampleCompetence, sampleExperience } from '../domain/index.ts'
import { createBookletDoc } from './layout.ts'
import { getItem } from './read.ts'
import { patchRecord } from './record-fixture.ts'
import { putItem, removeItem } from './write.ts'

const setup = () => {
  const doc = createBookletDoc()
  const c1 = sampleCompetence({ label: 'Accueillir' })
  const c2 = sampleCompetence({ label: 'Ranger' })
  const e1 = sampleExperience({ title: 'Banque alimentaire' })
  const e2 = sampleExperience({ title: 'Cuisine' })
  for (const c of [c1, c2]) expect(putItem(doc, 'competences', c).ok).toBe(true)
  for (const e of [e1, e2]) expect(putItem(doc, 'experiences', e).ok).toBe(true)
  return { doc, c1, c2, e1, e2 }
}

describe('experience ↔ competence links', () => {
  it('adding competences to an experience links the experience on each competence', () => {
    const { doc, c1, c2, e1 } = setup()
    putItem(doc, 'experiences', { ...e1, competenceIds: [c1.id, c2.id] })
    expect(getItem(doc, 'competences', c1.id)?.experienceIds).toEqual([e1.id])
    expect(getItem(doc, 'competences', c2.id)?.experienceIds).toEqual([e1.id])
  })
  it('removing a link on one side removes it on the other, and keeps the other links', () => {
    const { doc, c1, c2, e1, e2 } = setup()
    putItem(doc, 'experiences', { ...e1, competenceIds: [c1.id, c2.id] })
    putItem(doc, 'experiences', { ...e2, competenceIds: [c1.id] })
    putItem(doc, 'experiences', { ...e1, competenceIds: [c2.id] })
    expect(getItem(doc, 'competences', c1.id)?.experienceIds).toEqual([e2.id])
    expect(getItem(doc, 'competences', c2.id)?.experienceIds).toEqual([e1.id])
  })
  it('works from the competence side too', () => {
    const { doc, c1, e1, e2 } = setup()
    putItem(doc, 'competences', { ...c1, experienceIds: [e1.id, e2.id] })
    expect(getItem(doc, 'experiences', e1.id)?.competenceIds).toEqual([c1.id])
    putItem(doc, 'competences', { ...c1, experienceIds: [e2.id] })
    expect(getItem(doc, 'experiences', e1.id)?.competenceIds).toEqual([])
    expect(getItem(doc, 'experiences', e2.id)?.competenceIds).toEqual([c1.id])
  })
  it('writes both sides in one transaction and leaves the other item’s other fields alone', () => {
    const { doc, c1, e1 } = setup()
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    putItem(doc, 'experiences', { ...e1, competenceIds: [c1.id] })
    expect(transactions).toBe(1)
    const after = getItem(doc, 'competences', c1.id)
    expect(after).toEqual({ ...c1, experienceIds: [e1.id] })
  })
  it('repairs a one-sided link when the item is saved again', () => {
    const { doc, c1, e1 } = setup()
    // A link stored only on the experience (older app): re-saving it adds the back link.
    patchRecord(doc.getMap('experiences'), e1.id, { competenceIds: [c1.id] })
    putItem(doc, 'experiences', { ...e1, competenceIds: [c1.id] })
    expect(getItem(doc, 'competences', c1.id)?.experienceIds).toEqual([e1.id])
  })
  it('ignores ids of missing items and does not create them', () => {
    const { doc, e1 } = setup()
    const ghost = newId()
    expect(putItem(doc, 'experiences', { ...e1, competenceIds: [ghost] }).ok).toBe(true)
    expect(doc.getMap('competences').has(ghost)).toBe(false)
  })
  it('never grows the other side beyond the limit', () => {
    const { doc, c1, e1 } = setup()
    const full = Array.from({ length: LIMITS.ids }, () => newId())
    patchRecord(doc.getMap('competences'), c1.id, { experienceIds: full })
    putItem(doc, 'experiences', { ...e1, competenceIds: [c1.id] })
    expect(getItem(doc, 'competences', c1.id)?.experienceIds).toHaveLength(LIMITS.ids)
  })
  it('deleting an item unlinks it on the other side; putting it back (undo) relinks both', () => {
    const { doc, c1, c2, e1, e2 } = setup()
    putItem(doc, 'experiences', { ...e1, competenceIds: [c1.id, c2.id] })
    putItem(doc, 'experiences', { ...e2, competenceIds: [c1.id] })
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    const removed = removeItem(doc, 'competences', c1.id)
    expect(transactions).toBe(1)
    expect(removed?.experienceIds).toEqual([e1.id, e2.id])
    expect(getItem(doc, 'experiences', e1.id)?.competenceIds).toEqual([c2.id])
    expect(getItem(doc, 'experiences', e2.id)?.competenceIds).toEqual([])
    if (!removed) throw new Error('nothing removed')
    expect(putItem(doc, 'competences', removed).ok).toBe(true)
    expect(getItem(doc, 'experiences', e1.id)?.competenceIds).toEqual([c2.id, c1.id])
    expect(getItem(doc, 'experiences', e2.id)?.competenceIds).toEqual([c1.id])
    expect(getItem(doc, 'competences', c1.id)?.experienceIds).toEqual([e1.id, e2.id])
  })
  it('deleting an experience unlinks it from its competences', () => {
    const { doc, c1, e1 } = setup()
    putItem(doc, 'competences', { ...c1, experienceIds: [e1.id] })
    removeItem(doc, 'experiences', e1.id)
    expect(getItem(doc, 'competences', c1.id)?.experienceIds).toEqual([])
  })
  it('an invalid put changes neither side', () => {
    const { doc, c1, e1 } = setup()
    const before = Y.encodeStateAsUpdate(doc)
    const r = putItem(doc, 'experiences', { ...e1, title: '', competenceIds: [c1.id] })
    expect(r.ok).toBe(false)
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  })
})
