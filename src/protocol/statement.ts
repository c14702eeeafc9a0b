// Owner statements: revoke / delete / expire, signed by the room key and posted to the relay.
// Body JSON { payload: base64url(utf8 JSON), signature: base64url(Ed25519 over
// "livret-statement-v1" || payload bytes) }. The signature covers the exact payload bytes, so
// the relay never re-serialises JSON. Freshness: |now - issuedAt| <= STATEMENT_MAX_SKEW.
import { ed25519 } from '@noble/curves/ed25519.js'
import { sha256 } from '@noble/hashes/sha2.js'
import * as v from 'valibot'
import { fail, ok, type Result } from '../domain/result.ts'
import { fromBase64Url, toBase64Url } from './base64url.ts'
import { contextMessage } from './context.ts'
import { publicKeyFromRoomId, type RoomId, toHex } from './ids.ts'

/** Version of the statement payload. */
export const STATEMENT_VERSION = 1
/** Domain separation prefix of statement signatures. */
export const STATEMENT_CONTEXT = 'livret-statement-v1'
/** Largest accepted clock difference between statement and relay, in seconds. */
export const STATEMENT_MAX_SKEW = 600
/** Farthest erase time an expire statement may set, in seconds from now (400 days). */
export const MAX_ROOM_TTL = 400 * 24 * 3600
/** Largest statement body accepted, in bytes. */
export const MAX_STATEMENT_BYTES = 16 * 1024

const u32 = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(0xffffffff))

/** Schema of a statement payload. */
export const StatementSchema = v.strictObject({
  v: v.literal(STATEMENT_VERSION),
  type: v.picklist(['revoke', 'delete', 'expire']),
  room: v.string(),
  issuedAt: u32,
  tokenIds: v.optional(v.pipe(v.array(v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/))), v.maxLength(256))),
  before: v.optional(u32),
  at: v.optional(u32),
})

/** A statement payload. */
export type Statement = v.InferOutput<typeof StatementSchema> & { room: RoomId }

/** A statement as posted: base64url payload and signature. */
export interface SignedStatement {
  payload: string
  signature: string
}

/** A verified statement with its id (hex of SHA-256 of the payload bytes, 16 bytes; for replay refusal). */
export interface VerifiedStatement {
  statement: Statement
  id: string
}

/** Why a statement is refused. */
export type StatementError =
  | 'statement-malformed'
  | 'statement-bad-signature'
  | 'statement-wrong-room'
  | 'statement-stale'

const encoder = new TextEncoder()
const signedMessage = contextMessage(STATEMENT_CONTEXT)

/** Signs a statement with the room signing key. */
export function signStatement(signingSecret: Uint8Array, statement: Statement): SignedStatement {
  const payload = encoder.encode(JSON.stringify(statement))
  const signature = ed25519.sign(signedMessage(payload), signingSecret)
  return { payload: toBase64Url(payload), signature: toBase64Url(signature) }
}

/** Verifies a posted statement body for `roomId` at `nowSeconds`. */
export function verifyStatement(
  body: unknown,
  roomId: string,
  nowSeconds: number,
): Result<VerifiedStatement, StatementError> {
  if (typeof body !== 'object' || body === null) return fail('statement-malformed')
  const { payload, signature } = body as Record<string, unknown>
  if (typeof payload !== 'string' || typeof signature !== 'string') return fail('statement-malformed')
  if (payload.length > MAX_STATEMENT_BYTES) return fail('statement-malformed')
  const payloadBytes = fromBase64Url(payload)
  const signatureBytes = fromBase64Url(signature)
  if (!payloadBytes || signatureBytes?.length !== 64) return fail('statement-malformed')
  let json: unknown
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(payloadBytes))
  } catch {
    return fail('statement-malformed')
  }
  const parsed = v.safeParse(StatementSchema, json)
  if (!parsed.success) return fail('statement-malformed')
  const st = parsed.output
  if (st.type === 'revoke' && st.tokenIds === undefined && st.before === undefined)
    return fail('statement-malformed')
  if (st.type === 'expire' && st.at === undefined) return fail('statement-malformed')
  const roomKey = publicKeyFromRoomId(roomId)
  if (!roomKey || parsed.output.room !== roomId) return fail('statement-wrong-room')
  let valid = false
  try {
    valid = ed25519.verify(signatureBytes, signedMessage(payloadBytes), roomKey, { zip215: false })
  } catch {
    valid = false
  }
  if (!valid) return fail('statement-bad-signature')
  if (Math.abs(nowSeconds - parsed.output.issuedAt) > STATEMENT_MAX_SKEW) return fail('statement-stale')
  return ok({ statement: st as Statement, id: toHex(sha256(payloadBytes).subarray(0, 16)) })
}
