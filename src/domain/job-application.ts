// A job application the person logs (issue 13, point 3; optional for them): where, which job, when,
// how, the answer and the next step. Proofs (a photo of the letter, a sent e-mail) are device blobs
// (storage BlobRecord) named by id here: the booklet holds the ids, never the bytes. Private like the
// journal: shared only when picked item by item.
import * as v from 'valibot'
import { timestamps } from './base.ts'
import { ID_PATTERN, idSchema } from './ids.ts'
import { IsoDaySchema, LIMITS, requiredText, text } from './primitives.ts'

/** Job application id. */
export const JobApplicationIdSchema = idSchema('JobApplicationId')
/** Id of a job application. */
export type JobApplicationId = v.InferOutput<typeof JobApplicationIdSchema>

/** How the person applied. */
export const APPLICATION_CHANNELS = ['letter', 'email', 'visit', 'phone', 'online', 'other'] as const
/** One channel. */
export type ApplicationChannel = (typeof APPLICATION_CHANNELS)[number]

/** Where the application stands. */
export const APPLICATION_ANSWERS = ['waiting', 'interview', 'accepted', 'refused', 'no-answer'] as const
/** One answer. */
export type ApplicationAnswer = (typeof APPLICATION_ANSWERS)[number]

/** Most proofs one application keeps. */
export const MAX_APPLICATION_PROOFS = 10

/** Schema of a job application. */
export const JobApplicationSchema = v.object({
  id: JobApplicationIdSchema,
  employer: requiredText(LIMITS.label),
  job: requiredText(LIMITS.label),
  date: IsoDaySchema,
  channel: v.picklist(APPLICATION_CHANNELS, 'invalid-channel'),
  answer: v.picklist(APPLICATION_ANSWERS, 'invalid-answer'),
  answerNote: v.optional(text(LIMITS.shortText)),
  nextStep: v.optional(text(LIMITS.shortText)),
  nextStepDate: v.optional(IsoDaySchema),
  /** Ids of device blobs (photos, files) proving the application; kept on this device only. */
  proofIds: v.pipe(
    v.array(v.pipe(v.string(), v.regex(ID_PATTERN, 'invalid-id'))),
    v.maxLength(MAX_APPLICATION_PROOFS, 'too-many'),
  ),
  notes: v.optional(text(LIMITS.notes)),
  ...timestamps,
})
/** A job application. */
export type JobApplication = v.InferOutput<typeof JobApplicationSchema>
