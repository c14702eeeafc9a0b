// Plan proposals (issue 5, DOMAIN scenario 4): an operator proposes an objective and/or steps with
// commitments per actor through the holder's inbox; the holder accepts (merged into the plan) or
// refuses (with an optional reason). Decisions:
// - A proposal either creates an objective (`objective`) or adds steps to one the operator saw in a
//   share (`objectiveId`), never both, never neither.
// - Ids inside a proposal are the operator's: on accept the holder's app gives the new items fresh
//   ids, so a proposal can never overwrite an existing item.
// - A proposal by the holder makes no sense (their own steps need no consent): refused.
import * as v from 'valibot'
import { ActorSchema, CommitmentSchema } from './actor.ts'
import { ObjectiveIdSchema } from './ids.ts'
import { IsoDaySchema, LIMITS, requiredText, TimestampSchema, text } from './primitives.ts'

/** Most steps one proposal may carry. */
export const MAX_PROPOSAL_STEPS = 20

/** A proposal id: same shape as item ids. */
export const ProposalIdSchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'invalid-id'),
  v.brand('ProposalId'),
)
/** A proposal id. */
export type ProposalId = v.InferOutput<typeof ProposalIdSchema>

/** A proposed step: a Step without ids, status or consent (the holder's app sets those). */
export const ProposedStepSchema = v.object({
  title: requiredText(LIMITS.label),
  description: v.optional(text(LIMITS.notes)),
  dueDate: v.optional(IsoDaySchema),
  commitments: v.pipe(v.array(CommitmentSchema), v.maxLength(LIMITS.commitments, 'too-many')),
})
/** A proposed step. */
export type ProposedStep = v.InferOutput<typeof ProposedStepSchema>

/** A proposed objective. */
export const ProposedObjectiveSchema = v.object({
  title: requiredText(LIMITS.label),
  description: v.optional(text(LIMITS.notes)),
  targetDate: v.optional(IsoDaySchema),
})

/** Schema of a plan proposal. */
export const PlanProposalSchema = v.pipe(
  v.object({
    id: ProposalIdSchema,
    proposedBy: v.pipe(
      ActorSchema,
      v.check((a) => a.role !== 'holder', 'holder-cannot-propose'),
    ),
    createdAt: TimestampSchema,
    objective: v.optional(ProposedObjectiveSchema),
    objectiveId: v.optional(ObjectiveIdSchema),
    steps: v.pipe(v.array(ProposedStepSchema), v.maxLength(MAX_PROPOSAL_STEPS, 'too-many')),
  }),
  v.check((p) => (p.objective === undefined) !== (p.objectiveId === undefined), 'objective-xor-objective-id'),
  v.check((p) => p.objective !== undefined || p.steps.length > 0, 'nothing-proposed'),
)
/** A plan proposal. */
export type PlanProposal = v.InferOutput<typeof PlanProposalSchema>
/** What an operator's app hands in to propose (ids as plain strings). */
export type PlanProposalInput = v.InferInput<typeof PlanProposalSchema>

/** The holder's answer. */
export const PROPOSAL_DECISIONS = ['accepted', 'refused'] as const
/** One decision. */
export type ProposalDecisionKind = (typeof PROPOSAL_DECISIONS)[number]

/** The holder's answer on one proposed step (issue 12: decided step by step). */
export const StepDecisionSchema = v.object({
  decision: v.picklist(PROPOSAL_DECISIONS, 'invalid-decision'),
  reason: v.optional(text(LIMITS.shortText)),
  /** Where an accepted step went in the plan. */
  stepId: v.optional(v.string()),
})
/** One step's decision. */
export type StepDecision = v.InferOutput<typeof StepDecisionSchema>

/** Schema of a decision record (kept by the holder, visible to the operator through a share).
 * `decision` stays whole-proposal ('accepted' when at least one step was), so older apps still read
 * it; `steps`, when present, holds one answer per proposed step, in the proposal's order. */
export const ProposalDecisionSchema = v.object({
  proposalId: ProposalIdSchema,
  decision: v.picklist(PROPOSAL_DECISIONS, 'invalid-decision'),
  reason: v.optional(text(LIMITS.shortText)),
  decidedAt: TimestampSchema,
  proposedBy: ActorSchema,
  /** Where an accepted proposal went in the plan. */
  objectiveId: v.optional(ObjectiveIdSchema),
  stepIds: v.optional(v.pipe(v.array(v.string()), v.maxLength(MAX_PROPOSAL_STEPS, 'too-many'))),
  steps: v.optional(v.pipe(v.array(StepDecisionSchema), v.maxLength(MAX_PROPOSAL_STEPS, 'too-many'))),
})
/** A decision record. */
export type ProposalDecision = v.InferOutput<typeof ProposalDecisionSchema>
