// Deleting a plan objective takes its steps with it, in one transaction, and can be undone as a whole.
import type * as Y from 'yjs'
import type { Objective, Result, Step } from '../domain/index.ts'
import { sectionMap } from './layout.ts'
import { readItem } from './read.ts'
import { eachEntry, rawField } from './record.ts'
import { openMode } from './version.ts'
import { putItem } from './write.ts'

/** What removeObjectiveWithSteps took away: the objective and its (valid) steps, for undo. */
export type RemovedObjective = { objective: Objective; steps: Step[] }

/** Removes an objective and every step pointing to it in one transaction. Returns what was removed
 * (invalid steps are removed but not returned); undefined if the objective is absent or invalid, or
 * the document is read-only (then nothing is removed). */
export const removeObjectiveWithSteps = (doc: Y.Doc, id: string): RemovedObjective | undefined => {
  if (openMode(doc) !== 'editable') return undefined
  const objectives = sectionMap(doc, 'objectives')
  if (!objectives?.has(id)) return undefined
  const objective = readItem(doc, 'objectives', id)
  const stepsMap = sectionMap(doc, 'steps')
  const stepIds: string[] = []
  if (stepsMap)
    eachEntry(stepsMap, (key, entry) => {
      if (rawField(entry, 'objectiveId') === id) stepIds.push(key)
    })
  const steps: Step[] = []
  for (const key of stepIds) {
    const s = readItem(doc, 'steps', key)
    if (s.ok) steps.push(s.value)
  }
  doc.transact(() => {
    for (const key of stepIds) stepsMap?.delete(key)
    objectives.delete(id)
  })
  return objective.ok ? { objective: objective.value, steps } : undefined
}

/** Puts back an objective and its steps in one transaction (the undo of removeObjectiveWithSteps). */
export const restoreObjectiveWithSteps = (
  doc: Y.Doc,
  removed: RemovedObjective,
): Result<void, 'invalid' | 'read-only'> => {
  let failed: Result<void, 'invalid' | 'read-only'> | undefined
  doc.transact(() => {
    const o = putItem(doc, 'objectives', removed.objective)
    if (!o.ok) {
      failed = o
      return
    }
    for (const s of removed.steps) {
      const r = putItem(doc, 'steps', s)
      if (!r.ok) failed ??= r
    }
  })
  return failed ?? { ok: true, value: undefined }
}
