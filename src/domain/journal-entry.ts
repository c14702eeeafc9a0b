// A journal entry: what happened on a day, in the holder's words. Sensitive: private by default.
import * as v from 'valibot'
import { timestamps } from './base.ts'
import { JOURNAL_MOODS } from './enums.ts'
import { JournalEntryIdSchema } from './ids.ts'
import { IsoDaySchema, LIMITS, requiredText } from './primitives.ts'

/** Schema of a journal entry. */
export const JournalEntrySchema = v.object({
  id: JournalEntryIdSchema,
  date: IsoDaySchema,
  text: requiredText(LIMITS.notes),
  mood: v.optional(v.picklist(JOURNAL_MOODS, 'invalid-mood')),
  ...timestamps,
})
/** A journal entry. */
export type JournalEntry = v.InferOutput<typeof JournalEntrySchema>
