// A stage of the holder's path across organisations (timeline of DOMAIN.md "Stages of a path").
import * as v from 'valibot'
import { endNotBeforeStart, onlyWhen, timestamps } from './base.ts'
import { PATH_STAGE_KINDS, TRAINING_LEVELS } from './enums.ts'
import { ContactIdSchema, PathStageIdSchema } from './ids.ts'
import { IsoDaySchema, LIMITS, requiredText, text } from './primitives.ts'

/** Schema of a path stage; `trainingLevel` only for a 'training' stage. */
export const PathStageSchema = v.pipe(
  v.object({
    id: PathStageIdSchema,
    kind: v.picklist(PATH_STAGE_KINDS, 'invalid-kind'),
    trainingLevel: v.optional(v.picklist(TRAINING_LEVELS, 'invalid-training-level')),
    title: v.optional(text(LIMITS.label)),
    organisation: requiredText(LIMITS.label),
    referent: v.optional(text(LIMITS.name)),
    contactId: v.optional(ContactIdSchema),
    startDate: IsoDaySchema,
    endDate: v.optional(IsoDaySchema),
    notes: v.optional(text(LIMITS.notes)),
    ...timestamps,
  }),
  v.forward(v.partialCheck([['startDate'], ['endDate']], endNotBeforeStart, 'end-before-start'), ['endDate']),
  onlyWhen('trainingLevel', 'kind', 'training', 'training-level-not-training'),
)
/** A path stage. */
export type PathStage = v.InferOutput<typeof PathStageSchema>
