// The holder decides step by step (issue 12 §1): accept this step, refuse that one with a reason.
// One decision record per proposal still (older operator apps read its whole-proposal `decision`:
// 'accepted' when at least one step was taken, 'refused' when none), plus `steps`, one answer per
// proposed step in order. Accepted steps are merged like acceptProposal does (fresh ids, consent,
// the proposed objective created only when at least one of its steps is taken).
import type * as Y from 'yjs'
import {
  fail,
  newId,
  type ObjectiveId,
  ok,
  type PlanProposal,
  type ProposalDecision,
  ProposalDecisionSchema,
  parse,
  type Result,
  type StepDecision,
  type StepId,
} from '../domain/index.ts'
import {
  acceptProposal,
  actorJson,
  type DecideError,
  mergeBlocker,
  mergeIntoPlan,
  recordDecision,
  refuseProposal,
} from './proposals.ts'

/** What the holder chose for one proposed step. */
export type StepChoice = { accept: boolean; reason?: string }

/** Records the holder's answer on each step of `proposal` (one choice per step, in order). */
export function decideProposal(
  booklet: Y.Doc,
  proposal: PlanProposal,
  choices: readonly StepChoice[],
  now: Date = new Date(),
): Result<ProposalDecision, DecideError> {
  if (choices.length !== proposal.steps.length) return fail('invalid')
  if (proposal.steps.length === 0) {
    // An objective alone: nothing to decide step by step.
    return acceptProposal(booklet, proposal, now)
  }
  if (choices.every((c) => c.accept))
    return withSteps(booklet, acceptProposal(booklet, proposal, now), choices)
  const taken = choices.some((c) => c.accept)
  if (!taken) {
    // The reasons also go to the whole decision, which older operator apps show.
    const reasons = choices.flatMap((c) => (c.reason?.trim() ? [c.reason.trim()] : [])).join(' · ')
    const refused = refuseProposal(booklet, proposal, reasons.slice(0, 500) || undefined, now)
    return withSteps(booklet, refused, choices)
  }
  const blocked = mergeBlocker(booklet, proposal)
  if (blocked) return blocked
  const objectiveId = proposal.objectiveId ?? newId<ObjectiveId>()
  const steps: StepDecision[] = choices.map((c) =>
    c.accept ? { decision: 'accepted', stepId: newId<StepId>() } : refusedStep(c),
  )
  const decision = parse(ProposalDecisionSchema, {
    proposalId: proposal.id,
    decision: 'accepted',
    decidedAt: now.toISOString(),
    proposedBy: actorJson(proposal.proposedBy),
    objectiveId,
    stepIds: steps.flatMap((s) => (s.stepId ? [s.stepId] : [])),
    steps,
  })
  if (!decision.ok) return decision
  mergeIntoPlan(
    booklet,
    proposal,
    objectiveId,
    steps.map((s) => s.stepId as StepId | undefined),
    decision.value,
    'decideProposal',
  )
  return ok(decision.value)
}

/** The answer on a refused step, with its reason when one was given. */
const refusedStep = (c: StepChoice): StepDecision => ({
  decision: 'refused',
  ...(c.reason?.trim() ? { reason: c.reason.trim() } : {}),
})

/** Adds the per-step answers to a whole-proposal decision just recorded. */
function withSteps(
  booklet: Y.Doc,
  r: Result<ProposalDecision, DecideError>,
  choices: readonly StepChoice[],
): Result<ProposalDecision, DecideError> {
  if (!r.ok) return r
  const steps: StepDecision[] = choices.map((c, i) =>
    c.accept
      ? { decision: 'accepted', ...(r.value.stepIds?.[i] ? { stepId: r.value.stepIds[i] } : {}) }
      : refusedStep(c),
  )
  const full = parse(ProposalDecisionSchema, { ...r.value, steps })
  if (!full.ok) return full
  recordDecision(booklet, full.value)
  return ok(full.value)
}

/** The answer on step `index` of a decided proposal: its own when decided step by step, else the
 * whole proposal's (decisions made before per-step answers existed). */
export const stepDecisionOf = (d: ProposalDecision, index: number): StepDecision => {
  const own = d.steps?.[index]
  if (own) return own
  return {
    decision: d.decision,
    ...(d.reason ? { reason: d.reason } : {}),
    ...(d.stepIds?.[index] ? { stepId: d.stepIds[index] } : {}),
  }
}
