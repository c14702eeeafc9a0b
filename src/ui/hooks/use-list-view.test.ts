import { describe, expect, it } from 'vitest'
import { createBookletDoc, putItem } from '../../booklet/index.ts'
import { type Competence, sampleCompetence } from '../../domain/index.ts'
import type { SectionConfig } from '../crud/section-config.ts'
import { readListView } from './use-list-view.ts'
import { byCreatedDesc } from './use-section.ts'

const base: SectionConfig<'competences'> = {
  section: 'competences',
  route: 'competences',
  icon: 'competences',
  text: {
    title: 'comp.title',
    intro: 'comp.intro',
    add: 'comp.add',
    newTitle: 'comp.newTitle',
    editTitle: 'comp.editTitle',
    empty: 'comp.empty',
  },
  fields: [],
  blank: () => ({}),
  summary: (c) => ({ title: c.label, lines: [] }),
  sort: byCreatedDesc,
  filter: { label: 'comp.filter', options: [], test: (c, v) => c.family === v, field: 'family' },
}

const booklet = () => {
  const doc = createBookletDoc()
  const items: Competence[] = []
  for (let i = 0; i < 40; i++) {
    const family = i % 4 === 0 ? 'savoir' : 'savoir-etre'
    const c = sampleCompetence({
      label: `c${i}`,
      family,
      createdAt: `2024-01-01T00:00:${String(i).padStart(2, '0')}.000Z`,
      ...(family === 'savoir' ? { suggestionKey: undefined } : {}),
    })
    if (family === 'savoir') delete (c as { suggestionKey?: string }).suggestionKey
    expect(putItem(doc, 'competences', c).ok).toBe(true)
    items.push(c)
  }
  return doc
}

describe('readListView', () => {
  it('a paged section shows the first items in order, the filtered total, and grows with "Voir plus"', () => {
    const doc = booklet()
    const paged = { ...base, page: { field: 'createdAt', direction: 'desc' as const } }
    const first = readListView(doc, paged, 30, '')
    expect(first.total).toBe(40)
    expect(first.items).toHaveLength(30)
    expect(first.items[0]?.label).toBe('c39')
    expect(readListView(doc, paged, 60, '').items).toHaveLength(40)
    const savoir = readListView(doc, paged, 30, 'savoir')
    expect(savoir.total).toBe(10)
    expect(savoir.items.map((c) => c.label).slice(0, 2)).toEqual(['c36', 'c32'])
  })
  it('gives the same first page as the whole-list path', () => {
    const doc = booklet()
    const paged = readListView(
      doc,
      { ...base, page: { field: 'createdAt', direction: 'desc' } },
      30,
      'savoir-etre',
    )
    const whole = readListView(doc, base, 30, 'savoir-etre')
    expect(paged.total).toBe(whole.total)
    expect(paged.items.map((c) => c.id)).toEqual(whole.items.map((c) => c.id))
  })
})
