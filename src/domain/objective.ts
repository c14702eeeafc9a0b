// An objective of the single action plan; its progress comes from its steps (see plan-progress.ts).
import * as v from 'valibot'
import { timestamps } from './base.ts'
import { ObjectiveIdSchema, ProjectIdSchema } from './ids.ts'
import { IsoDaySchema, LIMITS, requiredText, text } from './primitives.ts'

/** Schema of an objective. */
export const ObjectiveSchema = v.object({
  id: ObjectiveIdSchema,
  title: requiredText(LIMITS.label),
  description: v.optional(text(LIMITS.notes)),
  projectId: v.optional(ProjectIdSchema),
  targetDate: v.optional(IsoDaySchema),
  ...timestamps,
})
/** An objective. */
export type Objective = v.InferOutput<typeof ObjectiveSchema>
