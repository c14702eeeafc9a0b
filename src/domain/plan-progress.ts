// Progress of the action plan, counted in steps (DOMAIN.md principle 4: value intermediate progress).
// Only steps the holder accepted count: a proposal waiting for an answer, a refused proposal or a
// dropped step is not part of the plan's progress. Steps of unknown objectives are ignored.
import type { Objective } from './objective.ts'
import type { Step } from './step.ts'

/** Figures shown on the home screen. `ratio` is stepsDone / stepsTotal, 0 when there is no step. */
export type PlanProgress = {
  objectivesDone: number
  objectivesInProgress: number
  stepsDone: number
  stepsTotal: number
  ratio: number
}

/** True when a step counts toward progress. */
export const countsInPlan = (s: Pick<Step, 'status' | 'consent'>): boolean =>
  s.consent === 'accepted' && s.status !== 'dropped'

/** State of one objective from its counted steps: done when all are done, in progress once one started. */
export const objectiveState = (
  steps: readonly Pick<Step, 'status' | 'consent'>[],
): 'done' | 'in-progress' | 'todo' => {
  const counted = steps.filter(countsInPlan)
  if (counted.length > 0 && counted.every((s) => s.status === 'done')) return 'done'
  return counted.some((s) => s.status === 'doing' || s.status === 'done') ? 'in-progress' : 'todo'
}

/** Computes plan progress from objectives and their steps. */
export const planProgress = (
  objectives: readonly Pick<Objective, 'id'>[],
  steps: readonly Pick<Step, 'objectiveId' | 'status' | 'consent'>[],
): PlanProgress => {
  const byObjective = new Map<string, Pick<Step, 'status' | 'consent'>[]>()
  for (const o of objectives) byObjective.set(o.id, [])
  for (const s of steps) byObjective.get(s.objectiveId)?.push(s)
  let objectivesDone = 0
  let objectivesInProgress = 0
  let stepsDone = 0
  let stepsTotal = 0
  for (const list of byObjective.values()) {
    const state = objectiveState(list)
    if (state === 'done') objectivesDone++
    else if (state === 'in-progress') objectivesInProgress++
    for (const s of list) {
      if (!countsInPlan(s)) continue
      stepsTotal++
      if (s.status === 'done') stepsDone++
    }
  }
  return {
    objectivesDone,
    objectivesInProgress,
    stepsDone,
    stepsTotal,
    ratio: stepsTotal === 0 ? 0 : stepsDone / stepsTotal,
  }
}
