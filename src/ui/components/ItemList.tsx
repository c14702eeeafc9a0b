// Lists of a booklet's items, one line each, as both the operator's view of a share and the printed
// booklet show them: each listed section's order and line are set once here, so the two read alike.
import type { JSX } from 'preact'
import type * as Y from 'yjs'
import { type ItemOf, listItems } from '../../booklet/index.ts'
import { byStartAsc } from '../path-order.ts'
import {
  ApplicationLine,
  ContactLine,
  ExperienceLine,
  JournalLine,
  PathLine,
  ProjectLine,
} from './ItemLines.tsx'

/** A list of items, one line each; `ordered` for a sequence (the path). */
export function ItemList<T>(props: {
  items: readonly T[]
  keyOf: (item: T) => string
  line: (item: T) => JSX.Element
  ordered?: boolean | undefined
  class?: string | undefined
}) {
  const rows = props.items.map((item) => <li key={props.keyOf(item)}>{props.line(item)}</li>)
  return props.ordered ? <ol class={props.class}>{rows}</ol> : <ul class={props.class}>{rows}</ul>
}

/** The sections listed as plain lines, one item each. */
export type ListedSection = 'experiences' | 'projects' | 'path' | 'contacts' | 'journal' | 'applications'

const newestFirst = (a: { date: string }, b: { date: string }) => b.date.localeCompare(a.date)

const LISTED: {
  [S in ListedSection]: {
    line: (item: ItemOf<S>) => JSX.Element
    /** The order of the whole section (none: the booklet's own). */
    order?: (a: ItemOf<S>, b: ItemOf<S>) => number
    /** A sequence, read as a numbered list. */
    ordered?: true
  }
} = {
  experiences: { line: (e) => <ExperienceLine item={e} /> },
  projects: { line: (p) => <ProjectLine item={p} /> },
  path: { line: (s) => <PathLine item={s} />, order: byStartAsc, ordered: true },
  contacts: { line: (c) => <ContactLine item={c} /> },
  journal: { line: (j) => <JournalLine item={j} />, order: newestFirst },
  applications: { line: (a) => <ApplicationLine item={a} />, order: newestFirst },
}

/** A listed section's items: `items` when given (a page, already sorted), else all, in the section's order. */
export function SectionItems<S extends ListedSection>(props: {
  doc: Y.Doc
  section: S
  items?: readonly ItemOf<S>[]
  class?: string
}) {
  const spec = LISTED[props.section]
  const all = () => {
    const items = listItems(props.doc, props.section).items
    return spec.order ? [...items].sort(spec.order) : items
  }
  return (
    <ItemList
      items={props.items ?? all()}
      keyOf={(item) => item.id}
      line={spec.line}
      ordered={spec.ordered}
      class={props.class}
    />
  )
}

/** The objectives, each with its steps; `step` draws one step (its roles are worded for the reader). */
export function PlanList(props: {
  doc: Y.Doc
  class?: string
  step: (step: ItemOf<'steps'>) => JSX.Element
}) {
  const steps = listItems(props.doc, 'steps').items
  return (
    <ItemList
      items={listItems(props.doc, 'objectives').items}
      keyOf={(o) => o.id}
      class={props.class}
      line={(o) => (
        <>
          <strong>{o.title}</strong>
          <ItemList
            items={steps.filter((s) => s.objectiveId === o.id)}
            keyOf={(s) => s.id}
            line={props.step}
          />
        </>
      )}
    />
  )
}
