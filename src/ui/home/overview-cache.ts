// The home overview, remembered on this device so that the next start shows it at once while
// the whole document loads (a ten-year booklet takes a second or more to load on a slow phone).
// Written after every change of the live overview; read back with a schema, and ignored when
// it does not match (it is only a preview: the live document always replaces it).
import * as v from 'valibot'
import type * as Y from 'yjs'
import { countItems, listItems } from '../../booklet/index.ts'
import { PATH_STAGE_KINDS, type PathStage, TRAINING_LEVELS } from '../../domain/index.ts'
import { byStartAsc } from '../path-order.ts'
import { familyCounts, planOverview } from './overview-data.ts'

const KEY = 'livret.overview'
const n = v.pipe(v.number(), v.integer(), v.minValue(0))
const s = v.pipe(v.string(), v.maxLength(1000))

const OverviewSchema = v.object({
  families: v.object({ savoir: n, 'savoir-faire': n, 'savoir-etre': n }),
  progress: v.object({
    objectivesDone: n,
    objectivesInProgress: n,
    stepsDone: n,
    stepsTotal: n,
    ratio: v.number(),
  }),
  next: v.pipe(
    v.array(v.object({ id: s, title: s, dueDate: v.optional(s), objectiveId: s })),
    v.maxLength(3),
  ),
  stages: v.pipe(
    v.array(
      v.object({
        id: s,
        kind: v.picklist(PATH_STAGE_KINDS),
        trainingLevel: v.optional(v.picklist(TRAINING_LEVELS)),
        organisation: s,
        startDate: s,
        endDate: v.optional(s),
      }),
    ),
    v.maxLength(8),
  ),
  counts: v.record(s, n),
})

/** Everything the home shows. */
export type Overview = v.InferOutput<typeof OverviewSchema>

/** A stage as drawn on the timeline. */
export type TimelineStage = Overview['stages'][number]

const SECTIONS = [
  'experiences',
  'competences',
  'projects',
  'objectives',
  'path',
  'contacts',
  'journal',
] as const

const stageOf = (p: PathStage): TimelineStage => {
  const out: TimelineStage = { id: p.id, kind: p.kind, organisation: p.organisation, startDate: p.startDate }
  if (p.trainingLevel) out.trainingLevel = p.trainingLevel
  if (p.endDate) out.endDate = p.endDate
  return out
}

/** The overview of a document, from cheap reads (raw fields and counts). */
export function computeOverview(doc: Y.Doc): Overview {
  const { progress, next } = planOverview(doc)
  const counts: Record<string, number> = {}
  for (const section of SECTIONS) counts[section] = countItems(doc, section)
  const stages = [...listItems(doc, 'path').items].sort(byStartAsc).slice(-8).map(stageOf)
  return {
    families: familyCounts(doc),
    progress,
    next: next.map((x) =>
      x.dueDate === undefined
        ? { id: x.id, title: x.title, objectiveId: x.objectiveId }
        : { ...x, dueDate: x.dueDate },
    ),
    stages,
    counts,
  }
}

/** The overview remembered at the last change, if any. */
export function loadOverview(): Overview | undefined {
  try {
    const raw = localStorage.getItem(KEY)
    if (!raw) return undefined
    const r = v.safeParse(OverviewSchema, JSON.parse(raw))
    return r.success ? r.output : undefined
  } catch {
    return undefined
  }
}

let last = ''
/** Remembers the overview (skipped when unchanged). */
export function saveOverview(o: Overview): void {
  const json = JSON.stringify(o)
  if (json === last) return
  last = json
  try {
    localStorage.setItem(KEY, json)
  } catch {
    // Full or private storage: the next start simply waits for the document.
  }
}

/** Forgets the remembered overview (e.g. after the booklet is replaced). */
export function clearOverview(): void {
  last = ''
  try {
    localStorage.removeItem(KEY)
  } catch {
    // Nothing to forget.
  }
}
