// A step of an objective: who proposed it, whether the holder agrees, and who commits to what.
import * as v from 'valibot'
import { ActorSchema, CommitmentSchema } from './actor.ts'
import { timestamps } from './base.ts'
import { CONSENT, STEP_STATUSES } from './enums.ts'
import { ObjectiveIdSchema, StepIdSchema } from './ids.ts'
import { IsoDaySchema, LIMITS, requiredText, TimestampSchema, text } from './primitives.ts'

/** Schema of a step. A step the holder proposed is necessarily accepted by the holder. */
export const StepSchema = v.pipe(
  v.object({
    id: StepIdSchema,
    objectiveId: ObjectiveIdSchema,
    title: requiredText(LIMITS.label),
    description: v.optional(text(LIMITS.notes)),
    dueDate: v.optional(IsoDaySchema),
    status: v.picklist(STEP_STATUSES, 'invalid-status'),
    proposedBy: ActorSchema,
    consent: v.picklist(CONSENT, 'invalid-consent'),
    consentAt: v.optional(TimestampSchema),
    commitments: v.pipe(v.array(CommitmentSchema), v.maxLength(LIMITS.commitments, 'too-many')),
    ...timestamps,
  }),
  v.forward(
    v.partialCheck(
      [['proposedBy', 'role'], ['consent']],
      (s) => s.proposedBy.role !== 'holder' || s.consent === 'accepted',
      'holder-step-not-accepted',
    ),
    ['consent'],
  ),
)
/** A step. */
export type Step = v.InferOutput<typeof StepSchema>
