// Validation requests the trainer has opened, kept on the device (kind 'trainer-request', id = the
// inbox room id; valibot-checked on read) so the form works offline once the link was opened: the
// link fragment (capabilities), the shared competences as a Yjs update, and what was signed so far.
import * as v from 'valibot'
import * as Y from 'yjs'
import { listItems } from '../../booklet/index.ts'
import { type Competence, type Experience, TimestampSchema } from '../../domain/index.ts'
import { verifyToken } from '../../protocol/index.ts'
import { base64ToBytes, bytesToBase64, defineRecord } from '../../storage/index.ts'
import { encodeRoomFragment, fragmentOf } from '../../transport/index.ts'
import { type OpenLinkCode, openShareLink } from '../receive/index.ts'
import { parseRequestLink, type RequestCapabilities } from '../validations/index.ts'
import { markRestoredWithdrawn, restoredResults } from './issued-backup.ts'

const SignedSchema = v.object({
  competenceId: v.pipe(v.string(), v.maxLength(100)),
  credentialId: v.pipe(v.string(), v.maxLength(200)),
  messageId: v.pipe(v.string(), v.maxLength(64)),
  status: v.picklist(['validated', 'partial', 'not-yet']),
  signedAt: TimestampSchema,
  /** Where the credential can be withdrawn (its status list and index); absent before issue #11. */
  statusList: v.optional(
    v.object({
      url: v.pipe(v.string(), v.maxLength(2_000)),
      index: v.pipe(v.string(), v.regex(/^\d{1,7}$/)),
    }),
  ),
  /** Set once the trainer withdrew it (ISO date-time). */
  withdrawnAt: v.optional(TimestampSchema),
  /** Why, as the trainer said (kept on this device only: the status list carries one bit). */
  withdrawnReason: v.optional(v.picklist(['mistake', 'fraud', 'key-lost'])),
})
const StoredRequestSchema = v.object({
  fragment: v.pipe(v.string(), v.maxLength(4_000)),
  openedAt: TimestampSchema,
  recipient: v.pipe(v.string(), v.maxLength(300)),
  expiresAt: v.pipe(v.string(), v.maxLength(40)),
  share: v.pipe(v.string(), v.maxLength(8_000_000)),
  signed: v.array(SignedSchema),
})
const requestRecords = defineRecord({ kind: 'trainer-request', version: 1, schema: StoredRequestSchema })

/** A stored request as kept on the device. */
export type StoredRequest = v.InferOutput<typeof StoredRequestSchema>
/** One signed result of a request. */
export type SignedResult = v.InferOutput<typeof SignedSchema>

/** An opened request, ready for the form. */
export type OpenedRequest = {
  id: string
  capabilities: RequestCapabilities
  shareDoc: Y.Doc
  competences: Competence[]
  experiences: Experience[]
  stored: StoredRequest
}

/** Why a request link cannot be opened. */
export type RequestCode = OpenLinkCode | 'request-malformed' | 'request-expired' | 'request-damaged'

const toOpened = (capabilities: RequestCapabilities, stored: StoredRequest): OpenedRequest | undefined => {
  const bytes = base64ToBytes(stored.share)
  if (!bytes) return undefined
  const shareDoc = new Y.Doc()
  try {
    Y.applyUpdate(shareDoc, bytes)
  } catch {
    return undefined
  }
  return {
    id: capabilities.inbox.roomId,
    capabilities,
    shareDoc,
    competences: listItems(shareDoc, 'competences').items,
    experiences: listItems(shareDoc, 'experiences').items,
    stored,
  }
}

/** Opens a request link: from the device when it was opened before, else from the relay (then kept). */
export async function openRequest(
  input: string,
  now: Date = new Date(),
): Promise<{ ok: true; value: OpenedRequest } | { ok: false; code: RequestCode }> {
  const fragment = fragmentOf(input.trim())
  const capabilities = parseRequestLink(fragment)
  if (!capabilities) return { ok: false, code: 'request-malformed' }
  const id = capabilities.inbox.roomId
  const inboxClaims = verifyToken(capabilities.inbox.token, id, Math.floor(now.getTime() / 1000))
  if (!inboxClaims.ok && inboxClaims.code !== 'token-expired') return { ok: false, code: 'link-bad-token' }
  if (inboxClaims.ok && inboxClaims.value.role !== 'append') return { ok: false, code: 'link-wrong-role' }
  const known = await requestRecords.get(id)
  if (known?.ok) {
    const opened = toOpened(capabilities, known.value)
    return opened ? { ok: true, value: opened } : { ok: false, code: 'request-damaged' }
  }
  if (!inboxClaims.ok) return { ok: false, code: 'request-expired' }
  const share = await openShareLink(`${location.origin}/recu#${encodeRoomFragment(capabilities.share)}`, {
    relayOrigin: location.origin,
    follow: false,
    now,
  })
  if (!share.ok) return share
  const stored: StoredRequest = {
    fragment,
    openedAt: now.toISOString(),
    recipient: share.value.meta.recipient,
    expiresAt: share.value.meta.expiresAt,
    share: bytesToBase64(Y.encodeStateAsUpdate(share.value.doc)),
    signed: [],
  }
  share.value.stop()
  await requestRecords.put(id, stored)
  const opened = toOpened(capabilities, stored)
  return opened ? { ok: true, value: opened } : { ok: false, code: 'request-damaged' }
}

/** Records signed results of a request. */
export async function recordSigned(
  request: OpenedRequest,
  added: readonly SignedResult[],
): Promise<StoredRequest> {
  const stored = { ...request.stored, signed: [...request.stored.signed, ...added] }
  await requestRecords.put(request.id, stored)
  return stored
}

/** A request in the trainer's list. */
export type RequestSummary = {
  id: string
  fragment: string
  openedAt: string
  recipient: string
  competences: number
  signed: number
}

/** Every request kept on the device, most recent first (damaged ones left out). */
export async function listRequests(): Promise<RequestSummary[]> {
  const rows = await requestRecords.list()
  return rows.flatMap((r) => {
    if (!r.ok) return []
    const bytes = base64ToBytes(r.value.share)
    const doc = new Y.Doc()
    try {
      if (bytes) Y.applyUpdate(doc, bytes)
    } catch {
      return []
    }
    const competences = listItems(doc, 'competences').items.length
    doc.destroy()
    const { fragment, openedAt, recipient, signed } = r.value
    return [
      {
        id: r.id,
        fragment,
        openedAt,
        recipient,
        competences,
        signed: new Set(signed.map((s) => s.competenceId)).size,
      },
    ]
  })
}

/** Why a signed result was withdrawn. */
export type WithdrawReason = NonNullable<SignedResult['withdrawnReason']>

/** A signed result in the trainer's history, with its request and competence. */
export type HistoryItem = SignedResult & { requestId: string; recipient: string; competenceLabel: string }

/** Every result signed on this device or restored from a backup, newest first (the trainer's history). */
export async function listSignedResults(): Promise<HistoryItem[]> {
  const rows = await requestRecords.list()
  const out: HistoryItem[] = []
  for (const r of rows) {
    if (!r.ok) continue
    const bytes = base64ToBytes(r.value.share)
    const doc = new Y.Doc()
    try {
      if (bytes) Y.applyUpdate(doc, bytes)
    } catch {
      // A damaged copy: the labels are missing, the results are still listed.
    }
    const labels = new Map(listItems(doc, 'competences').items.map((c) => [c.id as string, c.label]))
    doc.destroy()
    for (const s of r.value.signed)
      out.push({
        ...s,
        requestId: r.id,
        recipient: r.value.recipient,
        competenceLabel: labels.get(s.competenceId) ?? s.competenceId,
      })
  }
  // Results restored from an identity backup (signed on another device), unless also signed here.
  const here = new Set(out.map((r) => r.credentialId))
  for (const r of await restoredResults()) if (!here.has(r.credentialId)) out.push(r)
  return out.sort((a, b) => b.signedAt.localeCompare(a.signedAt))
}

/** Marks signed results as withdrawn (by credential id), with the reason. */
export async function markWithdrawn(
  credentialIds: ReadonlySet<string>,
  reason: WithdrawReason,
  at: Date = new Date(),
): Promise<void> {
  for (const r of await requestRecords.list()) {
    if (!r.ok || !r.value.signed.some((s) => credentialIds.has(s.credentialId) && !s.withdrawnAt)) continue
    const signed = r.value.signed.map((s) =>
      credentialIds.has(s.credentialId) && !s.withdrawnAt
        ? { ...s, withdrawnAt: at.toISOString(), withdrawnReason: reason }
        : s,
    )
    await requestRecords.put(r.id, { ...r.value, signed })
  }
  await markRestoredWithdrawn(credentialIds, reason, at)
}
