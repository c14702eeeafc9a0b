// Branded ids: an id of one entity cannot be passed where another's is expected.
// Ids are created with crypto.randomUUID; on read we accept any 1–64 char [A-Za-z0-9_-] string that
// starts with a letter or digit, so keys like '__proto__' or 'constructor'-style tricks are refused.
import * as v from 'valibot'

/** Pattern every id must match. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/

/** Schema of an id with the given brand. */
export const idSchema = <B extends string>(brand: B) =>
  v.pipe(v.string(), v.regex(ID_PATTERN, 'invalid-id'), v.brand(brand))

/** Booklet id (one Y.Doc). */
export const BookletIdSchema = idSchema('BookletId')
/** Experience id. */
export const ExperienceIdSchema = idSchema('ExperienceId')
/** Competence id. */
export const CompetenceIdSchema = idSchema('CompetenceId')
/** Professional project id. */
export const ProjectIdSchema = idSchema('ProjectId')
/** Plan objective id. */
export const ObjectiveIdSchema = idSchema('ObjectiveId')
/** Plan step id. */
export const StepIdSchema = idSchema('StepId')
/** Path stage id. */
export const PathStageIdSchema = idSchema('PathStageId')
/** Contact id. */
export const ContactIdSchema = idSchema('ContactId')
/** Journal entry id. */
export const JournalEntryIdSchema = idSchema('JournalEntryId')
/** Validation id. */
export const ValidationIdSchema = idSchema('ValidationId')

/** Id of a booklet. */
export type BookletId = v.InferOutput<typeof BookletIdSchema>
/** Id of an experience. */
export type ExperienceId = v.InferOutput<typeof ExperienceIdSchema>
/** Id of a competence. */
export type CompetenceId = v.InferOutput<typeof CompetenceIdSchema>
/** Id of a professional project. */
export type ProjectId = v.InferOutput<typeof ProjectIdSchema>
/** Id of a plan objective. */
export type ObjectiveId = v.InferOutput<typeof ObjectiveIdSchema>
/** Id of a plan step. */
export type StepId = v.InferOutput<typeof StepIdSchema>
/** Id of a path stage. */
export type PathStageId = v.InferOutput<typeof PathStageIdSchema>
/** Id of a contact. */
export type ContactId = v.InferOutput<typeof ContactIdSchema>
/** Id of a journal entry. */
export type JournalEntryId = v.InferOutput<typeof JournalEntryIdSchema>
/** Id of a validation. */
export type ValidationId = v.InferOutput<typeof ValidationIdSchema>

/** A fresh random id of the requested brand: `newId<ExperienceId>()`. */
export const newId = <T extends string>(): T => globalThis.crypto.randomUUID() as T

/** True when a string has the shape of an id (used for Y.Map keys read from remote updates). */
export const isIdShaped = (s: unknown): s is string => typeof s === 'string' && ID_PATTERN.test(s)
