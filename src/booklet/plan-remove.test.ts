import { describe, expect, it } from 'vitest'
import { sampleObjective, sampleStep } from '../domain/index.ts'
import { createBookletDoc } from './layout.ts'
import { removeObjectiveWithSteps, restoreObjectiveWithSteps } from './plan-remove.ts'
import { countItems, getItem } from './read.ts'
import { patchRecord, recordMap } from './record-fixture.ts'
import { SCHEMA_VERSION_KEY } from './version.ts'
import { putItem } from './write.ts'

const setup = () => {
  const doc = createBookletDoc()
  const o = sampleObjective({ title: 'Trouver une formation' })
  const other = sampleObjective({ title: 'Passer le permis' })
  const steps = [sampleStep(o.id, { title: 'Appeler' }), sampleStep(o.id, { title: 'Visiter' })]
  const otherStep = sampleStep(other.id, { title: 'Code' })
  for (const x of [o, other]) expect(putItem(doc, 'objectives', x).ok).toBe(true)
  for (const s of [...steps, otherStep]) expect(putItem(doc, 'steps', s).ok).toBe(true)
  return { doc, o, other, steps, otherStep }
}

describe('removeObjectiveWithSteps', () => {
  it('removes the objective and only its steps, in one transaction, and returns them', () => {
    const { doc, o, other, steps, otherStep } = setup()
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    const removed = removeObjectiveWithSteps(doc, o.id)
    expect(transactions).toBe(1)
    expect(removed?.objective).toEqual(o)
    expect(removed?.steps.map((s) => s.id).sort()).toEqual(steps.map((s) => s.id).sort())
    expect(getItem(doc, 'objectives', o.id)).toBeUndefined()
    for (const s of steps) expect(getItem(doc, 'steps', s.id)).toBeUndefined()
    expect(getItem(doc, 'objectives', other.id)).toEqual(other)
    expect(getItem(doc, 'steps', otherStep.id)).toEqual(otherStep)
  })
  it('undo restores the objective and all its steps in one transaction', () => {
    const { doc, o, steps } = setup()
    const removed = removeObjectiveWithSteps(doc, o.id)
    if (!removed) throw new Error('nothing removed')
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    expect(restoreObjectiveWithSteps(doc, removed)).toEqual({ ok: true, value: undefined })
    expect(transactions).toBe(1)
    expect(getItem(doc, 'objectives', o.id)).toEqual(o)
    for (const s of steps) expect(getItem(doc, 'steps', s.id)).toEqual(s)
    expect(countItems(doc, 'steps')).toBe(3)
  })
  it('also removes an invalid step of the objective (not returned)', () => {
    const { doc, o } = setup()
    const broken = sampleStep(o.id)
    putItem(doc, 'steps', broken)
    patchRecord(recordMap(doc, 'steps'), broken.id, { status: 'nonsense' })
    const removed = removeObjectiveWithSteps(doc, o.id)
    expect(removed?.steps.some((s) => s.id === broken.id)).toBe(false)
    expect(countItems(doc, 'steps')).toBe(1)
  })
  it('returns undefined for a missing objective and on a read-only document, removing nothing', () => {
    const { doc, o } = setup()
    expect(removeObjectiveWithSteps(doc, 'nope')).toBeUndefined()
    doc.getMap('meta').set(SCHEMA_VERSION_KEY, 999)
    expect(removeObjectiveWithSteps(doc, o.id)).toBeUndefined()
    expect(countItems(doc, 'objectives')).toBe(2)
    expect(countItems(doc, 'steps')).toBe(3)
  })
})
