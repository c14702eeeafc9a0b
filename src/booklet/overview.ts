// Figures for the home overview without validating thousands of items: only the fields a figure
// needs are read from the stored maps and checked (an item whose needed field is not a valid value
// is left out of the count). Family counts are memoised until the competences change.
import type * as Y from 'yjs'
import {
  COMPETENCE_FAMILIES,
  CONSENT,
  type CompetenceFamily,
  isIdShaped,
  type PlanProgress,
  planProgress,
  STEP_STATUSES,
  type Step,
  type StepProgressFields,
} from '../domain/index.ts'
import { hookDoc, listCache } from './item-map.ts'
import { sectionMap } from './layout.ts'
import { eachEntry, rawField, rawFieldsOf } from './record.ts'

const isOneOf = <T extends string>(list: readonly T[], x: unknown): x is T =>
  typeof x === 'string' && (list as readonly string[]).includes(x)

/** Competences per family for the overview (reads only `family`). */
export const competenceFamilyCounts = (doc: Y.Doc): Record<CompetenceFamily, number> => {
  hookDoc(doc)
  const map = sectionMap(doc, 'competences')
  const counts: Record<CompetenceFamily, number> = { savoir: 0, 'savoir-faire': 0, 'savoir-etre': 0 }
  if (!map) return counts
  const memo = listCache(map)
  const hit = memo?.get('familyCounts')
  if (hit) return hit as Record<CompetenceFamily, number>
  eachEntry(map, (_key, entry) => {
    const family = rawField(entry, 'family')
    if (isOneOf(COMPETENCE_FAMILIES, family)) counts[family]++
  })
  memo?.set('familyCounts', counts)
  return counts
}

/** Plan progress for the overview (reads only objective keys and steps' objectiveId, status, consent, commitments' done). */
export const planOverview = (doc: Y.Doc): PlanProgress => {
  hookDoc(doc)
  const objectives = sectionMap(doc, 'objectives')
  const steps = sectionMap(doc, 'steps')
  if (!objectives || !steps) return planProgress([], [])
  const ids = [...objectives.keys()].filter(isIdShaped).map((id) => ({ id }))
  const rows: (StepProgressFields & Pick<Step, 'objectiveId'>)[] = []
  eachEntry(steps, (_key, entry) => {
    const fields = rawFieldsOf(entry)
    if (!fields) return
    const objectiveId = fields.objectiveId
    const status = fields.status
    const consent = fields.consent
    const raw: unknown = fields.commitments
    // A commitment counts as kept only when its `done` is exactly true; a malformed list counts as none.
    const commitments = Array.isArray(raw)
      ? raw.map((c: unknown) => ({
          done: typeof c === 'object' && c !== null && (c as { done?: unknown }).done === true,
        }))
      : []
    if (isIdShaped(objectiveId) && isOneOf(STEP_STATUSES, status) && isOneOf(CONSENT, consent))
      rows.push({ objectiveId: objectiveId as Step['objectiveId'], status, consent, commitments })
  })
  return planProgress(ids as { id: Step['objectiveId'] }[], rows)
}
