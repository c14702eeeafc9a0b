// A competence in the person's own words, self-assessed on a four-step scale.
import * as v from 'valibot'
import { onlyWhen, timestamps } from './base.ts'
import {
  ALIGNMENT_FRAMEWORKS,
  COMPETENCE_FAMILIES,
  COMPETENCE_LEVELS,
  SAVOIR_ETRE_SUGGESTIONS,
} from './enums.ts'
import { EscoAlignmentSchema } from './esco-alignment.ts'
import { CompetenceIdSchema, ExperienceIdSchema } from './ids.ts'
import { LIMITS, requiredText, text } from './primitives.ts'

/** Optional link to a reference framework (ESCO, ROME…), filled in later by a professional. */
export const AlignmentSchema = v.object({
  framework: v.picklist(ALIGNMENT_FRAMEWORKS, 'invalid-framework'),
  code: requiredText(LIMITS.code),
  label: requiredText(LIMITS.label),
})
/** An alignment. */
export type Alignment = v.InferOutput<typeof AlignmentSchema>

/** Schema of a competence; `suggestionKey` only makes sense for a savoir-être. */
export const CompetenceSchema = v.pipe(
  v.object({
    id: CompetenceIdSchema,
    family: v.picklist(COMPETENCE_FAMILIES, 'invalid-family'),
    label: requiredText(LIMITS.label),
    level: v.picklist(COMPETENCE_LEVELS, 'invalid-level'),
    experienceIds: v.pipe(v.array(ExperienceIdSchema), v.maxLength(LIMITS.ids, 'too-many')),
    alignment: v.optional(AlignmentSchema),
    /** The ESCO skill the person picked (optional, no migration: older items simply lack it). */
    esco: v.optional(EscoAlignmentSchema),
    suggestionKey: v.optional(v.picklist(SAVOIR_ETRE_SUGGESTIONS, 'invalid-suggestion')),
    notes: v.optional(text(LIMITS.notes)),
    ...timestamps,
  }),
  onlyWhen('suggestionKey', 'family', 'savoir-etre', 'suggestion-not-savoir-etre'),
)
/** A competence. */
export type Competence = v.InferOutput<typeof CompetenceSchema>
