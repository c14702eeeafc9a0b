// WebSocket close codes the relay uses; the names are the contract with clients (docs/protocol.md).

/** Close codes sent by the relay, by name. */
export const CloseCode = {
  'malformed-frame': 4400,
  'token-invalid': 4401,
  forbidden: 4403,
  'room-gone': 4404,
  'pending-overflow': 4408,
  'token-revoked': 4409,
  'token-expired': 4410,
  /** The socket does not read what the relay sends (queue past its bound, or asks while unread). */
  'slow-consumer': 4411,
  'frame-too-large': 4413,
  /** An update with more structs, clients and delete ranges than the per-frame budget. */
  'too-many-structs': 4414,
  'rate-limited': 4429,
  /** The socket spent more than its budget of relay time checking and applying updates. */
  'cpu-budget': 4430,
  /** The client IP used up a quota (rooms created per minute, bytes stored per hour). */
  'quota-exceeded': 4431,
  'room-busy': 4503,
  'room-full': 4507,
} as const

/** Name of a relay close code. */
export type CloseCodeName = keyof typeof CloseCode

/** Name of a numeric close code, or undefined when the relay does not use it. */
export function closeCodeName(code: number): CloseCodeName | undefined {
  for (const [name, value] of Object.entries(CloseCode)) if (value === code) return name as CloseCodeName
  return undefined
}
