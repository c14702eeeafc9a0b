// A room's access log as the relay keeps it and its owner reads it (`GET /rooms/<id>/log`,
// docs/protocol.md §7): one entry per socket event, saying who (token id), what, when and how
// many bytes, never what was in them. One definition for the relay's storage and the client,
// which checks the relay's answer against it (an answer is untrusted input like any other).
import * as v from 'valibot'

const count = v.pipe(v.number(), v.integer(), v.minValue(0))

/** Schema of one entry of a room's access log. */
export const AccessLogEntrySchema = v.object({
  tokenId: v.pipe(v.string(), v.maxLength(128)),
  role: v.picklist(['read', 'append', 'write']),
  event: v.picklist(['open', 'close', 'refused']),
  /** Unix seconds. */
  at: count,
  bytesIn: count,
  bytesOut: count,
})

/** One entry of a room's access log: who (token id), what, when and how many bytes; no content. */
export type AccessLogEntry = v.InferOutput<typeof AccessLogEntrySchema>

/** Entries a log answer may carry at most (the relay keeps its last 500). */
export const MAX_ACCESS_LOG_ENTRIES = 1000

/** Schema of a log answer's entries. */
export const AccessLogSchema = v.pipe(v.array(AccessLogEntrySchema), v.maxLength(MAX_ACCESS_LOG_ENTRIES))
