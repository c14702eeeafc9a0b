// Placeholder for a trainer's validation of a competence. Signing and verification come with issue 5:
// `credential` will then hold the signed record; until verified, a validation is never shown as valid.
import * as v from 'valibot'
import { timestamps } from './base.ts'
import { COMPETENCE_LEVELS, VALIDATION_METHODS, VALIDATION_STATUSES } from './enums.ts'
import { CompetenceIdSchema, ValidationIdSchema } from './ids.ts'
import { IsoDaySchema, LIMITS, requiredText, text } from './primitives.ts'

// A credential must survive storage in a Y.Map and a JSON export: JSON-able and bounded.
const isBoundedJson = (x: unknown): boolean => {
  try {
    const s = JSON.stringify(x)
    return typeof s === 'string' && s.length <= LIMITS.credentialBytes
  } catch {
    return false
  }
}

/** The trainer who assessed. */
export const TrainerSchema = v.object({
  name: requiredText(LIMITS.name),
  organisation: requiredText(LIMITS.label),
})

/** Schema of a validation. */
export const ValidationSchema = v.object({
  id: ValidationIdSchema,
  competenceId: CompetenceIdSchema,
  trainer: TrainerSchema,
  level: v.picklist(COMPETENCE_LEVELS, 'invalid-level'),
  method: v.picklist(VALIDATION_METHODS, 'invalid-method'),
  date: IsoDaySchema,
  status: v.picklist(VALIDATION_STATUSES, 'invalid-status'),
  evidence: v.optional(text(LIMITS.notes)),
  credential: v.optional(v.pipe(v.unknown(), v.check(isBoundedJson, 'invalid-credential'))),
  ...timestamps,
})
/** A validation (unsigned placeholder). */
export type Validation = v.InferOutput<typeof ValidationSchema>
