// What a list-and-form screen needs to know about its section.
import type { ComponentChildren } from 'preact'
import type { ItemOf, PageSort, Section } from '../../booklet/index.ts'
import type { MessageKey } from '../../i18n/index.ts'
import type { IconName } from '../components/Icon.tsx'
import type { FieldDef, Option, Values } from './field-types.ts'

/** Declaration of a section screen (experiences, competences, projects, path, contacts, journal). */
export type SectionConfig<S extends Section> = {
  section: S
  route: string
  icon: IconName
  text: {
    title: MessageKey
    intro: MessageKey
    add: MessageKey
    newTitle: MessageKey
    editTitle: MessageKey
    empty: MessageKey
  }
  fields: readonly FieldDef[]
  /** Values of a new item's form. */
  blank: () => Values
  /** Title and detail lines of an item's card. */
  summary: (item: ItemOf<S>) => { title: string; lines: string[] }
  /** More under an item's lines (the competences show their validations there). */
  extra?: (item: ItemOf<S>) => ComponentChildren
  sort: (a: ItemOf<S>, b: ItemOf<S>) => number
  /** For long sections: the same order on raw stored fields, so the list reads one page at a time. */
  page?: PageSort
  normalize?: (next: Values, prev: Values) => Values
  filter?: {
    label: MessageKey
    options: readonly Option[]
    test: (item: ItemOf<S>, value: string) => boolean
    /** The stored field `test` compares (needed with `page`: the filter runs on raw fields). */
    field?: string
  }
}
