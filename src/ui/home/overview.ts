// The home overview, remembered on this device so that the next start shows it at once while
// the whole document loads (a ten-year booklet takes a second or more to load on a slow phone).
// Written after every change of the live overview; read back with strict checks and ignored
// when anything is off (it is only a preview: the live document always replaces it).
// Kept free of Yjs, Dexie and valibot: it is part of the first paint.

import {
  type CompetenceFamily,
  PATH_STAGE_KINDS,
  type PathStageKind,
  TRAINING_LEVELS,
  type TrainingLevel,
} from '../../domain/enums.ts'
import { type PlanProgress, planProgress } from '../../domain/plan-progress.ts'
import { createStore } from '../store.ts'

/** A stage as drawn on the timeline. */
export type TimelineStage = {
  id: string
  kind: PathStageKind
  trainingLevel?: TrainingLevel
  organisation: string
  startDate: string
  endDate?: string
}

/** A step among the next steps. */
export type NextStep = { id: string; title: string; dueDate?: string; objectiveId: string }

/** Everything the home shows. */
export type Overview = {
  families: Record<CompetenceFamily, number>
  progress: PlanProgress
  next: NextStep[]
  stages: TimelineStage[]
  counts: Record<string, number>
}

const KEY = 'livret.overview'

type Obj = Record<string, unknown>
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x)
const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0
const isText = (x: unknown): x is string => typeof x === 'string' && x.length <= 1000
const optText = (x: unknown): boolean => x === undefined || isText(x)
const allCounts = (o: unknown, keys?: readonly string[]): boolean =>
  isObj(o) && (keys ?? Object.keys(o)).every((k) => isCount(o[k]))

const isStage = (s: unknown): boolean =>
  isObj(s) &&
  isText(s.id) &&
  (PATH_STAGE_KINDS as readonly unknown[]).includes(s.kind) &&
  (s.trainingLevel === undefined || (TRAINING_LEVELS as readonly unknown[]).includes(s.trainingLevel)) &&
  isText(s.organisation) &&
  isText(s.startDate) &&
  optText(s.endDate)

const isStep = (s: unknown): boolean =>
  isObj(s) && isText(s.id) && isText(s.title) && isText(s.objectiveId) && optText(s.dueDate)

/** True when a value read back has the shape of an Overview. */
export function isOverview(o: unknown): o is Overview {
  if (!isObj(o) || !isObj(o.progress)) return false
  return (
    allCounts(o.families, ['savoir', 'savoir-faire', 'savoir-etre']) &&
    allCounts(o.progress, [
      'objectivesDone',
      'objectivesInProgress',
      'stepsDone',
      'stepsTotal',
      'partsDone',
      'partsTotal',
    ]) &&
    typeof o.progress.ratio === 'number' &&
    Array.isArray(o.next) &&
    o.next.length <= 3 &&
    o.next.every(isStep) &&
    Array.isArray(o.stages) &&
    o.stages.length <= 8 &&
    o.stages.every(isStage) &&
    allCounts(o.counts)
  )
}

/** The overview remembered at the last change, if any. */
export function loadOverview(): Overview | undefined {
  try {
    const raw = localStorage.getItem(KEY)
    const o: unknown = raw ? JSON.parse(raw) : undefined
    return isOverview(o) ? o : undefined
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

/** What a booklet with nothing in it shows (first start). */
export const EMPTY_OVERVIEW: Overview = {
  families: { savoir: 0, 'savoir-faire': 0, 'savoir-etre': 0 },
  progress: planProgress([], []),
  next: [],
  stages: [],
  counts: {},
}

/** The overview the home shows: remembered at start, then kept live by overview-compute.ts. */
export const overviewStore = createStore<Overview>(loadOverview() ?? EMPTY_OVERVIEW)
