// The holder's profile: how they present themselves. A single record per booklet.
import * as v from 'valibot'
import { timestamps } from './base.ts'
import { EmailSchema, IsoDaySchema, LIMITS, PhoneSchema, requiredText, text } from './primitives.ts'

/** Schema of the profile. */
export const ProfileSchema = v.object({
  displayName: requiredText(LIMITS.name),
  birthDate: v.optional(IsoDaySchema),
  email: v.optional(EmailSchema),
  phone: v.optional(PhoneSchema),
  city: v.optional(text(LIMITS.label)),
  languages: v.pipe(v.array(requiredText(LIMITS.name)), v.maxLength(LIMITS.languages, 'too-many')),
  drivingLicence: v.optional(v.boolean()),
  summary: v.optional(text(LIMITS.notes)),
  ...timestamps,
})
/** The profile. */
export type Profile = v.InferOutput<typeof ProfileSchema>
