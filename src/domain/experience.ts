// An experience: any lived situation that built competences (job, training, volunteering, daily life…).
import * as v from 'valibot'
import { endNotBeforeStart, timestamps } from './base.ts'
import { EXPERIENCE_KINDS } from './enums.ts'
import { CompetenceIdSchema, ExperienceIdSchema } from './ids.ts'
import { IsoDaySchema, LIMITS, requiredText, text } from './primitives.ts'

/** Schema of an experience. Unknown fields are stripped (never stored back). */
export const ExperienceSchema = v.pipe(
  v.object({
    id: ExperienceIdSchema,
    kind: v.picklist(EXPERIENCE_KINDS, 'invalid-kind'),
    title: requiredText(LIMITS.label),
    organisation: v.optional(text(LIMITS.label)),
    place: v.optional(text(LIMITS.label)),
    startDate: v.optional(IsoDaySchema),
    endDate: v.optional(IsoDaySchema),
    description: v.optional(text(LIMITS.notes)),
    competenceIds: v.pipe(v.array(CompetenceIdSchema), v.maxLength(LIMITS.ids, 'too-many')),
    ...timestamps,
  }),
  v.forward(v.partialCheck([['startDate'], ['endDate']], endNotBeforeStart, 'end-before-start'), ['endDate']),
)
/** An experience. */
export type Experience = v.InferOutput<typeof ExperienceSchema>
