// The items the share sheet offers, with the title the person knows them by. Reads through the
// validating readers: an invalid item is never offered (the projection would skip it anyway).
import type * as Y from 'yjs'
import { getSituation, listItems } from '../../../booklet/index.ts'
import type { SituationArea, SituationStatus } from '../../../domain/index.ts'
import type { WholeSection } from './sheet-form.ts'

/** One item to tick. */
export type PickItem = { id: string; title: string }

const short = (s: string, max = 80): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

/** The items of a section that may be picked whole, in the order the booklet lists them. */
export function pickableItems(doc: Y.Doc, section: WholeSection): PickItem[] {
  switch (section) {
    case 'experiences':
      return listItems(doc, section).items.map((e) => ({
        id: e.id,
        title: e.organisation ? `${e.title} · ${e.organisation}` : e.title,
      }))
    case 'competences':
      return listItems(doc, section).items.map((c) => ({ id: c.id, title: c.label }))
    case 'projects':
      return listItems(doc, section).items.map((p) => ({ id: p.id, title: p.targetJob }))
    case 'objectives':
      return listItems(doc, section).items.map((o) => ({ id: o.id, title: o.title }))
    case 'path':
      return listItems(doc, section).items.map((p) => ({ id: p.id, title: p.title || p.organisation }))
    case 'contacts':
      return listItems(doc, section).items.map((c) => ({ id: c.id, title: c.name }))
  }
}

/** The journal entries, newest first, titled by date and the start of the text. */
export function journalItems(doc: Y.Doc): (PickItem & { date: string })[] {
  return listItems(doc, 'journal')
    .items.map((j) => ({ id: j.id, date: j.date, title: short(j.text) }))
    .sort((a, b) => b.date.localeCompare(a.date))
}

/** The job applications, newest first, titled by date, job and employer (picked one by one only). */
export function applicationItems(doc: Y.Doc): (PickItem & { date: string })[] {
  return listItems(doc, 'applications')
    .items.map((a) => ({ id: a.id, date: a.date, title: short(`${a.job} · ${a.employer}`) }))
    .sort((a, b) => b.date.localeCompare(a.date))
}

/** The seven situation areas with their status. */
export function situationItems(doc: Y.Doc): { area: SituationArea; status: SituationStatus }[] {
  return getSituation(doc).map((s) => ({ area: s.area, status: s.status }))
}
