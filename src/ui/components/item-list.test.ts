// The lists the received share's view and the printed booklet share, read off the element tree:
// each listed section's order and list kind come from one table, and a page is shown as given.
import type { VNode } from 'preact'
import { describe, expect, test } from 'vitest'
import { createBookletDoc, listItems, putItem } from '../../booklet/index.ts'
import { sampleContact, sampleJournalEntry, samplePathStage } from '../../domain/samples.ts'
import { ItemList, SectionItems } from './ItemList.tsx'

type ListProps = { items: readonly Record<string, unknown>[]; ordered?: boolean; class?: string }

const list = (node: unknown) => {
  const v = node as VNode<ListProps>
  expect(v.type).toBe(ItemList)
  return v.props
}

const booklet = () => {
  const doc = createBookletDoc()
  for (const startDate of ['2024-09-01', '2023-01-15', '2025-03-01'])
    expect(putItem(doc, 'path', samplePathStage({ startDate, endDate: startDate })).ok).toBe(true)
  for (const date of ['2025-02-01', '2025-03-10', '2024-12-24'])
    expect(putItem(doc, 'journal', sampleJournalEntry({ date })).ok).toBe(true)
  for (const name of ['Mme B', 'Mme A'])
    expect(putItem(doc, 'contacts', sampleContact({ name })).ok).toBe(true)
  return doc
}

describe('SectionItems', () => {
  test('the path: oldest stage first, as a numbered list', () => {
    const props = list(SectionItems({ doc: booklet(), section: 'path', class: 'op-list' }))
    expect(props.ordered).toBe(true)
    expect(props.class).toBe('op-list')
    expect(props.items.map((s) => s.startDate)).toEqual(['2023-01-15', '2024-09-01', '2025-03-01'])
  })

  test('the journal: newest entry first, as a plain list', () => {
    const props = list(SectionItems({ doc: booklet(), section: 'journal' }))
    expect(props.ordered).toBeFalsy()
    expect(props.items.map((j) => j.date)).toEqual(['2025-03-10', '2025-02-01', '2024-12-24'])
  })

  test('contacts keep the booklet’s own order; a page given is shown as given', () => {
    const doc = booklet()
    const stored = listItems(doc, 'contacts').items
    expect(list(SectionItems({ doc, section: 'contacts' })).items).toEqual(stored)
    const page = [...stored].reverse()
    expect(list(SectionItems({ doc, section: 'contacts', items: page })).items).toBe(page)
  })
})
