// The home overview of the open document, from cheap reads (raw fields and counts).
import type * as Y from 'yjs'
import { countItems, listItems, observeSection, type Section } from '../../booklet/index.ts'
import { type PathStage, vocabulary } from '../../domain/index.ts'
import { byStartAsc } from '../path-order.ts'
import { type Overview, overviewStore, saveOverview, type TimelineStage } from './overview.ts'
import { familyCounts, planOverview } from './overview-data.ts'

// The sections the home page counts (its own choice, not the share sheet's, though alike today).
const SECTIONS = vocabulary('experiences competences projects objectives path contacts journal')

const stageOf = (p: PathStage): TimelineStage => {
  const out: TimelineStage = { id: p.id, kind: p.kind, organisation: p.organisation, startDate: p.startDate }
  if (p.trainingLevel) out.trainingLevel = p.trainingLevel
  if (p.endDate) out.endDate = p.endDate
  return out
}

/** The overview of a document. */
export function computeOverview(doc: Y.Doc): Overview {
  const { progress, next } = planOverview(doc)
  const counts: Record<string, number> = {}
  for (const section of SECTIONS) counts[section] = countItems(doc, section)
  return {
    families: familyCounts(doc),
    progress,
    next: next.map((x) =>
      x.dueDate === undefined
        ? { id: x.id, title: x.title, objectiveId: x.objectiveId }
        : { id: x.id, title: x.title, objectiveId: x.objectiveId, dueDate: x.dueDate },
    ),
    stages: [...listItems(doc, 'path').items].sort(byStartAsc).slice(-8).map(stageOf),
    counts,
  }
}

const WATCHED: readonly Section[] = [
  'competences',
  'objectives',
  'steps',
  'path',
  'experiences',
  'projects',
  'contacts',
  'journal',
]

/** Keeps the home overview in step with the document (a little after each change, off the
 * critical path of the edit), and remembers it for the next start. Returns the unsubscribe. */
export function watchOverview(doc: Y.Doc): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const update = () => {
    timer = undefined
    const o = computeOverview(doc)
    overviewStore.set(o)
    saveOverview(o)
  }
  update()
  const offs = WATCHED.map((s) =>
    observeSection(doc, s, () => {
      timer ??= setTimeout(update, 30)
    }),
  )
  return () => {
    clearTimeout(timer)
    for (const off of offs) off()
  }
}
