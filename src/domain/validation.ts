// A trainer's validation of a competence: the record the booklet keeps of a signed, verified
// Open Badges credential (src/credential). Decisions:
// - `credential` is required: a validation exists only as a received credential. The other fields
//   are a readable copy of what the credential says; the reader re-verifies the credential and checks
//   the copy with `matchesCredential`, so an edit made underneath shows as 'not-verifiable'.
// - `issuerDid` and `fingerprint` are cached from the verification for display; never trusted.
// - `hidden` is the only field the holder may change (hideValidation); everything else is immutable.
import * as v from 'valibot'
import { timestamps } from './base.ts'
import { COMPETENCE_LEVELS, VALIDATION_METHODS, VALIDATION_STATUSES } from './enums.ts'
import { CompetenceIdSchema, ValidationIdSchema } from './ids.ts'
import { IsoDaySchema, LIMITS, requiredText, text } from './primitives.ts'

// A credential must survive storage in a Y.Map and a JSON export: a JSON object, bounded.
const isBoundedJsonObject = (x: unknown): boolean => {
  if (x === null || typeof x !== 'object' || Array.isArray(x)) return false
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
  comment: v.optional(text(LIMITS.notes)),
  /** Hidden by the holder: kept, not shown by default, not shared. */
  hidden: v.optional(v.boolean()),
  /** The signed OpenBadgeCredential exactly as received (JSON). */
  credential: v.pipe(
    v.unknown(),
    v.check(isBoundedJsonObject, 'invalid-credential'),
    v.transform((x) => x as Record<string, unknown>),
  ),
  /** Cached from the verification (display only, never trusted). */
  issuerDid: v.optional(v.pipe(v.string(), v.maxLength(300, 'too-long'))),
  /** Cached from the verification (display only, never trusted). */
  fingerprint: v.optional(v.pipe(v.string(), v.maxLength(40, 'too-long'))),
  ...timestamps,
})
/** A validation: a stored credential and its readable copy. */
export type Validation = v.InferOutput<typeof ValidationSchema>

/** Fields a holder may change on a stored validation. */
export const MUTABLE_VALIDATION_FIELDS = ['hidden', 'updatedAt'] as const
