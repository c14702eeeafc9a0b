// Inbox rooms (DESIGN §2.4): a sealed room the holder owns (`write`) and another party fills
// (`append`: a trainer's credentials, an operator's plan proposals). Its plain doc holds one Y.Array
// `messages` of JSON texts, each a typed, versioned message checked with valibot on read.
// Decisions:
// - The relay only guarantees append-only on the sealed envelope; inside the plain doc an appender
//   could still send anything (a non-string, a deletion of an earlier message). So nothing in an inbox
//   is trusted: `readInbox` parses every message, reports what is not well-formed with its index and
//   a code, and never applies anything. The holder's app copies what it accepts into the booklet
//   (validations, decisions), so a later deletion in the inbox cannot take it back.
// - A message id that appears twice keeps the first; the copy is reported as 'duplicate'.
// - Credentials are carried as JSON objects, unverified here (verification needs the lazy credential
//   module; see src/features/validations/verify.ts).
import * as v from 'valibot'
import type * as Y from 'yjs'
import { LIMITS, TimestampSchema } from '../domain/primitives.ts'
import { type PlanProposal, PlanProposalSchema } from '../domain/proposal.ts'

/** Name of the array of messages in an inbox's plain doc. */
export const INBOX_ARRAY = 'messages'
/** Version of the inbox messages this app writes and reads. */
export const INBOX_MESSAGE_VERSION = 1
/** Longest message text (a 64 KiB credential and its wrapper). */
export const MAX_MESSAGE_CHARS = LIMITS.credentialBytes + 4_096

const MessageIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'invalid-id'))
const JsonObjectSchema = v.pipe(
  v.unknown(),
  v.check((o) => o !== null && typeof o === 'object' && !Array.isArray(o), 'not-object'),
  v.record(v.string(), v.unknown()),
)
/** A credential sent by a trainer (verified only when received). */
export const CredentialMessageSchema = v.object({
  type: v.literal('livret.credential'),
  v: v.literal(INBOX_MESSAGE_VERSION),
  id: MessageIdSchema,
  sentAt: TimestampSchema,
  credential: JsonObjectSchema,
})
/** A plan proposal sent by an operator. */
export const ProposalMessageSchema = v.object({
  type: v.literal('livret.proposal'),
  v: v.literal(INBOX_MESSAGE_VERSION),
  id: MessageIdSchema,
  sentAt: TimestampSchema,
  proposal: PlanProposalSchema,
})
/** Any inbox message. */
export const InboxMessageSchema = v.variant('type', [CredentialMessageSchema, ProposalMessageSchema])
/** An inbox message. */
export type InboxMessage = v.InferOutput<typeof InboxMessageSchema>
/** A credential message. */
export type CredentialMessage = v.InferOutput<typeof CredentialMessageSchema>
/** A proposal message. */
export type ProposalMessage = v.InferOutput<typeof ProposalMessageSchema>

/** Why a message of the inbox was not taken. */
export type InboxRejectCode =
  | 'not-text'
  | 'too-large'
  | 'not-json'
  | 'unknown-type'
  | 'unsupported-version'
  | 'invalid-message'
  | 'duplicate'

/** A well-formed message and where it sits in the inbox. */
export type InboxItem = { index: number; message: InboxMessage }
/** What an inbox holds: well-formed messages, and the rest reported (never applied). */
export type InboxContent = { items: InboxItem[]; rejected: { index: number; code: InboxRejectCode }[] }

const KNOWN_TYPES = new Set(['livret.credential', 'livret.proposal'])

/** Parses one message text: the message or why it is refused. */
export const parseInboxMessage = (
  raw: unknown,
): { ok: true; value: InboxMessage } | { ok: false; code: Exclude<InboxRejectCode, 'duplicate'> } => {
  if (typeof raw !== 'string') return { ok: false, code: 'not-text' }
  if (raw.length > MAX_MESSAGE_CHARS) return { ok: false, code: 'too-large' }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { ok: false, code: 'not-json' }
  }
  if (json === null || typeof json !== 'object' || Array.isArray(json))
    return { ok: false, code: 'invalid-message' }
  const o = json as Record<string, unknown>
  if (typeof o.type !== 'string' || !KNOWN_TYPES.has(o.type)) return { ok: false, code: 'unknown-type' }
  if (o.v !== INBOX_MESSAGE_VERSION) return { ok: false, code: 'unsupported-version' }
  const r = v.safeParse(InboxMessageSchema, json)
  return r.success ? { ok: true, value: r.output } : { ok: false, code: 'invalid-message' }
}

/** The messages array of an inbox's plain doc. */
export const inboxMessages = (doc: Y.Doc): Y.Array<unknown> => doc.getArray<unknown>(INBOX_ARRAY)

/** Reads every message of an inbox: well-formed ones in order, the others reported by index. */
export const readInbox = (doc: Y.Doc): InboxContent => {
  const items: InboxItem[] = []
  const rejected: InboxContent['rejected'] = []
  const seen = new Set<string>()
  inboxMessages(doc)
    .toArray()
    .forEach((raw, index) => {
      const r = parseInboxMessage(raw)
      if (!r.ok) rejected.push({ index, code: r.code })
      else if (seen.has(r.value.id)) rejected.push({ index, code: 'duplicate' })
      else {
        seen.add(r.value.id)
        items.push({ index, message: r.value })
      }
    })
  return { items, rejected }
}

/** Appends a message (validated first; a bug throws) to an inbox's plain doc. */
export const appendInboxMessage = (doc: Y.Doc, message: InboxMessage): void => {
  const text = JSON.stringify(message)
  const r = parseInboxMessage(text)
  if (!r.ok) throw new Error(`appendInboxMessage: ${r.code}`)
  inboxMessages(doc).push([text])
}

/** A credential message for a signed credential. */
export const credentialMessage = (
  credential: Record<string, unknown>,
  now: Date = new Date(),
): CredentialMessage => ({
  type: 'livret.credential',
  v: INBOX_MESSAGE_VERSION,
  id: globalThis.crypto.randomUUID(),
  sentAt: now.toISOString(),
  credential,
})

/** A proposal message. */
export const proposalMessage = (proposal: PlanProposal, now: Date = new Date()): ProposalMessage => ({
  type: 'livret.proposal',
  v: INBOX_MESSAGE_VERSION,
  id: globalThis.crypto.randomUUID(),
  sentAt: now.toISOString(),
  proposal,
})
