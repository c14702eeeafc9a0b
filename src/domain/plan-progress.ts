// Progress of the action plan (DOMAIN.md principle 4: value intermediate progress).
// Only steps the holder accepted count: a proposal waiting for an answer, a refused proposal or a
// dropped step is not part of the plan's progress. Steps of unknown objectives are ignored.
// A step is done only when it is marked done AND every actor kept their commitment: the holder
// ticking "done" while the counsellor still has to call the bank is not a finished step, and an
// objective is reached only when all its counted steps are done. Progress is measured in parts: each
// counted step is one part for itself plus one part per commitment, so the bar moves as each actor
// keeps their word, and is full only when every step is done.
import type { Commitment } from './actor.ts'
import type { Objective } from './objective.ts'
import type { Step } from './step.ts'

/** The fields that say whether a step is done. */
export type StepDoneFields = Pick<Step, 'status'> & { commitments?: readonly Pick<Commitment, 'done'>[] }

/** The fields of a step that progress reads. */
export type StepProgressFields = StepDoneFields & Pick<Step, 'consent'>

/** Figures shown on the home and plan screens. `ratio` is partsDone / partsTotal, 0 when empty. */
export type PlanProgress = {
  objectivesDone: number
  objectivesInProgress: number
  /** Counted steps that are done with every commitment kept. */
  stepsDone: number
  stepsTotal: number
  /** Commitments of counted steps, kept or not. */
  commitmentsDone: number
  commitmentsTotal: number
  /** Parts: one per counted step plus one per commitment (see the header). */
  partsDone: number
  partsTotal: number
  ratio: number
}

/** True when a step counts toward progress. */
export const countsInPlan = (s: Pick<Step, 'status' | 'consent'>): boolean =>
  s.consent === 'accepted' && s.status !== 'dropped'

/** True when a step is marked done and every actor's commitment is kept. */
export const stepDone = (s: StepDoneFields): boolean =>
  s.status === 'done' && (s.commitments ?? []).every((c) => c.done)

/** True when a step is marked done but someone still has a commitment to keep. */
export const stepAwaitsCommitments = (s: StepDoneFields): boolean => s.status === 'done' && !stepDone(s)

const started = (s: StepDoneFields): boolean =>
  s.status === 'doing' || s.status === 'done' || (s.commitments ?? []).some((c) => c.done)

/** State of one objective from its counted steps: done when all are done, in progress once one started. */
export const objectiveState = (steps: readonly StepProgressFields[]): 'done' | 'in-progress' | 'todo' => {
  const counted = steps.filter(countsInPlan)
  if (counted.length > 0 && counted.every(stepDone)) return 'done'
  return counted.some(started) ? 'in-progress' : 'todo'
}

/** Progress of a list of steps (one objective, or the whole plan), objectives left at zero. */
export const stepsProgress = (steps: readonly StepProgressFields[]): PlanProgress => {
  const p: PlanProgress = {
    objectivesDone: 0,
    objectivesInProgress: 0,
    stepsDone: 0,
    stepsTotal: 0,
    commitmentsDone: 0,
    commitmentsTotal: 0,
    partsDone: 0,
    partsTotal: 0,
    ratio: 0,
  }
  for (const s of steps) {
    if (!countsInPlan(s)) continue
    const commitments = s.commitments ?? []
    const kept = commitments.filter((c) => c.done).length
    p.stepsTotal++
    if (stepDone(s)) p.stepsDone++
    p.commitmentsTotal += commitments.length
    p.commitmentsDone += kept
    p.partsTotal += 1 + commitments.length
    p.partsDone += (s.status === 'done' ? 1 : 0) + kept
  }
  p.ratio = p.partsTotal === 0 ? 0 : p.partsDone / p.partsTotal
  return p
}

/** Computes plan progress from objectives and their steps. */
export const planProgress = (
  objectives: readonly Pick<Objective, 'id'>[],
  steps: readonly (StepProgressFields & Pick<Step, 'objectiveId'>)[],
): PlanProgress => {
  const byObjective = new Map<string, StepProgressFields[]>()
  for (const o of objectives) byObjective.set(o.id, [])
  for (const s of steps) byObjective.get(s.objectiveId)?.push(s)
  let objectivesDone = 0
  let objectivesInProgress = 0
  for (const list of byObjective.values()) {
    const state = objectiveState(list)
    if (state === 'done') objectivesDone++
    else if (state === 'in-progress') objectivesInProgress++
  }
  return { ...stepsProgress([...byObjective.values()].flat()), objectivesDone, objectivesInProgress }
}
