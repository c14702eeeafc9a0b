// What a section screen's list shows: the first `shown` items (after the filter) and the total.
// Long sections (config.page set) read a page with listItemsPage: sorted and filtered on raw stored
// fields, only the shown items validated, so opening a ten-year journal does not validate 5,000
// entries. Short sections read the whole (cached) list and sort it with config.sort.
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { type ItemOf, listItemsPage, observeSection, type Section } from '../../booklet/index.ts'
import type { SectionConfig } from '../crud/section-config.ts'
import { readSection } from './use-section.ts'

/** Items shown, how many match in all, and how many stored items met were refused as invalid. */
export type ListView<S extends Section> = { items: ItemOf<S>[]; total: number; invalid: number }

/** Reads the list view once (no subscription). */
export function readListView<S extends Section>(
  doc: Y.Doc,
  config: SectionConfig<S>,
  shown: number,
  filter: string,
): ListView<S> {
  const f = config.filter
  if (config.page) {
    const where = filter && f?.field ? { field: f.field, equals: filter } : undefined
    const page = listItemsPage(doc, config.section, {
      limit: shown,
      sort: config.page,
      ...(where ? { where } : {}),
    })
    return { items: page.items, total: page.total, invalid: page.invalid.length }
  }
  const all = readSection(doc, config.section, config.sort)
  const items = f && filter ? all.items.filter((i) => f.test(i, filter)) : all.items
  return { items: items.slice(0, shown), total: items.length, invalid: all.invalid }
}

/** The list view, re-read after any change in the section (local or from another device). */
export function useListView<S extends Section>(
  doc: Y.Doc,
  config: SectionConfig<S>,
  shown: number,
  filter: string,
): ListView<S> {
  const [, setTick] = useState(0)
  useEffect(() => observeSection(doc, config.section, () => setTick((n) => n + 1)), [doc, config.section])
  return readListView(doc, config, shown, filter)
}
