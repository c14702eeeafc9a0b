import { describe, expect, it } from 'vitest'
import { sampleCompetence, sampleExperience } from '../domain/index.ts'
import { createBookletDoc } from './layout.ts'
import { listItemsPage } from './read.ts'
import { putItem } from './write.ts'

describe('listItemsPage: fallback sort and filter', () => {
  it('sorts items without the field by the fallback field', () => {
    const doc = createBookletDoc()
    const old = sampleExperience({ title: 'old', startDate: '2019-01-01', endDate: '2019-02-01' })
    const undated = sampleExperience({ title: 'undated', createdAt: '2021-05-01T00:00:00.000Z' })
    delete (undated as { startDate?: string }).startDate
    delete (undated as { endDate?: string }).endDate
    const recent = sampleExperience({ title: 'recent', startDate: '2023-01-01', endDate: '2023-02-01' })
    for (const e of [old, undated, recent]) expect(putItem(doc, 'experiences', e).ok).toBe(true)
    const page = listItemsPage(doc, 'experiences', {
      sort: { field: 'startDate', fallback: 'createdAt', direction: 'desc' },
    })
    expect(page.items.map((e) => e.title)).toEqual(['recent', 'undated', 'old'])
  })
  it('filters on a raw field; total counts the matching items; a change refreshes the memo', () => {
    const doc = createBookletDoc()
    const se = [1, 2, 3].map((i) =>
      sampleCompetence({ label: `se ${i}`, createdAt: `2024-0${i}-01T00:00:00.000Z` }),
    )
    const sf = sampleCompetence({ family: 'savoir-faire', label: 'sf', suggestionKey: undefined })
    delete (sf as { suggestionKey?: string }).suggestionKey
    for (const c of [...se, sf]) expect(putItem(doc, 'competences', c).ok).toBe(true)
    const opts = {
      limit: 2,
      sort: { field: 'createdAt', direction: 'desc' as const },
      where: { field: 'family', equals: 'savoir-etre' },
    }
    const page = listItemsPage(doc, 'competences', opts)
    expect(page.total).toBe(3)
    expect(page.items.map((c) => c.label)).toEqual(['se 3', 'se 2'])
    expect(
      listItemsPage(doc, 'competences', { ...opts, where: { field: 'family', equals: 'savoir-faire' } })
        .total,
    ).toBe(1)
    expect(listItemsPage(doc, 'competences').total).toBe(4)
    const { suggestionKey: _, ...moved } = se[2] as (typeof se)[number]
    putItem(doc, 'competences', { ...moved, family: 'savoir' })
    const after = listItemsPage(doc, 'competences', opts)
    expect(after.total).toBe(2)
    expect(after.items.map((c) => c.label)).toEqual(['se 2', 'se 1'])
  })
})

describe('listItemsPage: tie-break field', () => {
  it('breaks ties on the sort field with `tieBreak`, in the same direction', () => {
    const doc = createBookletDoc()
    const a = sampleExperience({
      title: 'a',
      startDate: '2020-01-01',
      endDate: undefined,
      createdAt: '2024-01-01T00:00:00.000Z',
    })
    const b = sampleExperience({
      title: 'b',
      startDate: '2020-01-01',
      endDate: undefined,
      createdAt: '2024-02-01T00:00:00.000Z',
    })
    for (const e of [a, b]) {
      delete (e as { endDate?: string }).endDate
      expect(putItem(doc, 'experiences', e).ok).toBe(true)
    }
    const page = listItemsPage(doc, 'experiences', {
      sort: { field: 'startDate', tieBreak: 'createdAt', direction: 'desc' },
    })
    expect(page.items.map((e) => e.title)).toEqual(['b', 'a'])
    const asc = listItemsPage(doc, 'experiences', { sort: { field: 'startDate', tieBreak: 'createdAt' } })
    expect(asc.items.map((e) => e.title)).toEqual(['a', 'b'])
  })
})
