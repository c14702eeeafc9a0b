// A person or service the holder deals with (counsellor, trainer, social worker…).
import * as v from 'valibot'
import { timestamps } from './base.ts'
import { ContactIdSchema } from './ids.ts'
import { EmailSchema, LIMITS, PhoneSchema, requiredText, text } from './primitives.ts'

/** Schema of a contact. */
export const ContactSchema = v.object({
  id: ContactIdSchema,
  name: requiredText(LIMITS.name),
  organisation: v.optional(text(LIMITS.label)),
  role: v.optional(text(LIMITS.name)),
  phone: v.optional(PhoneSchema),
  email: v.optional(EmailSchema),
  address: v.optional(text(LIMITS.shortText)),
  notes: v.optional(text(LIMITS.notes)),
  ...timestamps,
})
/** A contact. */
export type Contact = v.InferOutput<typeof ContactSchema>
