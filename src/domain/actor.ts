// Actors of the plan and what each commits to do (the "contreparties" of DOMAIN.md).
import * as v from 'valibot'
import { ACTOR_ROLES } from './enums.ts'
import { LIMITS, requiredText, text } from './primitives.ts'

/** Someone who proposes or commits: the holder, an operator, a trainer, someone else. */
export const ActorSchema = v.object({
  role: v.picklist(ACTOR_ROLES, 'invalid-role'),
  name: v.optional(text(LIMITS.name)),
  organisation: v.optional(text(LIMITS.label)),
})
/** An actor. */
export type Actor = v.InferOutput<typeof ActorSchema>

/** What one actor commits to do for a step. */
export const CommitmentSchema = v.object({
  actor: ActorSchema,
  text: requiredText(LIMITS.shortText),
  done: v.boolean(),
})
/** A commitment. */
export type Commitment = v.InferOutput<typeof CommitmentSchema>
