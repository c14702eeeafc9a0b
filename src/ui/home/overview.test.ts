import { describe, expect, it } from 'vitest'
import { EMPTY_OVERVIEW, isOverview } from './overview.ts'

const good = {
  ...EMPTY_OVERVIEW,
  families: { savoir: 1, 'savoir-faire': 2, 'savoir-etre': 3 },
  next: [{ id: 's1', title: 'Appeler le centre', objectiveId: 'o1', dueDate: '2026-12-01' }],
  stages: [
    {
      id: 'p1',
      kind: 'training',
      trainingLevel: 'qualifying',
      organisation: 'CISP',
      startDate: '2024-03-05',
    },
  ],
  counts: { competences: 6 },
}

describe('remembered home overview', () => {
  it('accepts what the app writes', () => {
    expect(isOverview(JSON.parse(JSON.stringify(good)))).toBe(true)
    expect(isOverview(EMPTY_OVERVIEW)).toBe(true)
  })

  it('refuses damaged or hostile values', () => {
    expect(isOverview(null)).toBe(false)
    expect(isOverview([])).toBe(false)
    expect(isOverview({ ...good, families: { savoir: -1, 'savoir-faire': 0, 'savoir-etre': 0 } })).toBe(false)
    expect(isOverview({ ...good, counts: { competences: '6' } })).toBe(false)
    expect(isOverview({ ...good, stages: [{ ...good.stages[0], kind: 'prison' }] })).toBe(false)
    expect(isOverview({ ...good, next: [good.next[0], good.next[0], good.next[0], good.next[0]] })).toBe(
      false,
    )
    expect(isOverview({ ...good, next: [{ id: 's', title: 'x'.repeat(5000), objectiveId: 'o' }] })).toBe(
      false,
    )
  })
})

describe('remembered home overview, older shape', () => {
  it('refuses a progress remembered before commitments were counted, so it is computed again', () => {
    const { partsDone: _d, partsTotal: _t, ...old } = EMPTY_OVERVIEW.progress
    expect(isOverview({ ...EMPTY_OVERVIEW, progress: old })).toBe(false)
  })
})
