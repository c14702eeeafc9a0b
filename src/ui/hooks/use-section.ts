// Items of one section of the booklet, validated on read, cached per document and re-read only
// after a change in that section, so going back to a list costs nothing.
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { type ItemOf, listItems, observeSection, type Section } from '../../booklet/index.ts'

/** A section's items (sorted) and how many stored items were refused as invalid. */
export type SectionView<S extends Section> = { items: ItemOf<S>[]; invalid: number; version: number }

type Entry = { view: SectionView<Section>; sortKey: unknown; stale: boolean; unobserve: () => void }
const cache = new WeakMap<Y.Doc, Map<Section, Entry>>()

/** A section's items sorted, from the per-document cache (re-read after a change in the section). */
export function readSection<S extends Section>(
  doc: Y.Doc,
  section: S,
  sort: (a: ItemOf<S>, b: ItemOf<S>) => number,
): SectionView<S> {
  let perDoc = cache.get(doc)
  if (!perDoc) {
    perDoc = new Map()
    cache.set(doc, perDoc)
  }
  const entry = perDoc.get(section)
  if (entry && !entry.stale && entry.sortKey === sort) return entry.view as unknown as SectionView<S>
  const listed = listItems(doc, section)
  // listItems returns a shared array: sort a copy.
  const items = [...listed.items].sort(sort)
  const invalid = listed.invalid
  const view: SectionView<S> = { items, invalid: invalid.length, version: (entry?.view.version ?? 0) + 1 }
  const next: Entry = {
    view: view as unknown as SectionView<Section>,
    sortKey: sort,
    stale: false,
    unobserve:
      entry?.unobserve ??
      observeSection(doc, section, () => {
        const e = perDoc.get(section)
        if (e) e.stale = true
      }),
  }
  perDoc.set(section, next)
  return view
}

/** The items of `section`, kept up to date; `sort` must be a stable function (module level). */
export function useSection<S extends Section>(
  doc: Y.Doc,
  section: S,
  sort: (a: ItemOf<S>, b: ItemOf<S>) => number,
): SectionView<S> {
  const [view, setView] = useState(() => readSection(doc, section, sort))
  useEffect(() => {
    setView(readSection(doc, section, sort))
    return observeSection(doc, section, () => {
      const e = cache.get(doc)?.get(section)
      if (e) e.stale = true
      setView(readSection(doc, section, sort))
    })
  }, [doc, section, sort])
  return view
}

/** Newest first by creation time. */
export const byCreatedDesc = (a: { createdAt: string }, b: { createdAt: string }): number =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0
