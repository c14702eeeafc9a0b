// Figures for the home screen, read cheaply from the document's raw fields (no validation of
// every item): a ten-year booklet must open in well under 300 ms. Only `path` (a few stages)
// goes through the validated list.
import type * as Y from 'yjs'
import { type RawFields, rawRecords, sectionMap } from '../../booklet/index.ts'
import {
  COMPETENCE_FAMILIES,
  type CompetenceFamily,
  countsInPlan,
  type PlanProgress,
  planProgress,
  type Step,
  type StepProgressFields,
} from '../../domain/index.ts'

const str = (m: RawFields, key: string): string | undefined => {
  const v = m[key]
  return typeof v === 'string' ? v : undefined
}

/** Competences per family. */
export function familyCounts(doc: Y.Doc): Record<CompetenceFamily, number> {
  const counts: Record<CompetenceFamily, number> = { savoir: 0, 'savoir-faire': 0, 'savoir-etre': 0 }
  rawRecords(doc, 'competences', (_id, m) => {
    const f = str(m, 'family')
    if (f && (COMPETENCE_FAMILIES as readonly string[]).includes(f)) counts[f as CompetenceFamily]++
  })
  return counts
}

// Whether each commitment is kept: a step is done only when all are (plan-progress.ts). A commitment
// whose `done` is not exactly true counts as open; a malformed list counts as none.
const keptFlags = (raw: unknown): { done: boolean }[] =>
  Array.isArray(raw)
    ? raw.map((c: unknown) => ({
        done: typeof c === 'object' && c !== null && (c as { done?: unknown }).done === true,
      }))
    : []

/** A step as shown among the next steps. */
export type NextStep = { id: string; title: string; dueDate: string | undefined; objectiveId: string }

/** Plan progress and the three soonest open steps. */
export function planOverview(doc: Y.Doc): { progress: PlanProgress; next: NextStep[] } {
  const objectives: { id: string }[] = []
  for (const id of sectionMap(doc, 'objectives')?.keys() ?? []) objectives.push({ id })
  const steps: (StepProgressFields & NextStep)[] = []
  rawRecords(doc, 'steps', (id, m) => {
    steps.push({
      id,
      title: str(m, 'title') ?? '',
      dueDate: str(m, 'dueDate'),
      objectiveId: str(m, 'objectiveId') ?? '',
      status: (str(m, 'status') ?? 'todo') as Step['status'],
      consent: (str(m, 'consent') ?? 'proposed') as Step['consent'],
      commitments: keptFlags(m.commitments),
    })
  })
  const progress = planProgress(objectives as never, steps as never)
  const next = steps
    .filter((s) => countsInPlan(s) && (s.status === 'todo' || s.status === 'doing'))
    .sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999'))
    .slice(0, 3)
  return { progress, next }
}
