// Structured logs (pino). They never carry content, keys or tokens: rooms appear as a short
// hash of their id, tokens by their token id only.
import { createHash } from 'node:crypto'
import pino, { type DestinationStream, type Logger } from 'pino'

/** Creates the relay logger; LOG_LEVEL sets the level (tests use 'silent'). */
export function createLogger(
  level = process.env.LOG_LEVEL ?? 'info',
  destination?: DestinationStream,
): Logger {
  const options = { level, base: { service: 'livret-relay' } }
  return destination ? pino(options, destination) : pino(options)
}

/** Short, non-reversible label of a room id for logs. */
export function roomLabel(roomId: string): string {
  return createHash('sha256').update(roomId).digest('base64url').slice(0, 10)
}
