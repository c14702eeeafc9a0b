// A room's access log as the relay keeps it and its owner reads it (`GET /rooms/<id>/log`,
// docs/protocol.md §7): one entry per socket event, saying who (token id), what, when and how
// many bytes, never what was in them. One definition for the relay's storage and the client.
import type { Role } from './token.ts'

/** One entry of a room's access log: who (token id), what, when and how many bytes; no content. */
export interface AccessLogEntry {
  tokenId: string
  role: Role
  event: 'open' | 'close' | 'refused'
  /** Unix seconds. */
  at: number
  bytesIn: number
  bytesOut: number
}
