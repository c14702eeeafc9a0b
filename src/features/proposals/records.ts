// What this device keeps about plan proposals (src/storage/records.ts):
// - holder, kind 'proposal-inbox': one record per professional allowed to propose, with the secrets
//   of the inbox and answers rooms, the link handed over, and a copy of the inbox's content (so the
//   pending proposals show offline too);
// - operator, kind 'proposal-capability': one record per link opened, with the link's fragment, who
//   proposes, every proposal made through it (sent or still waiting for the network) and the last
//   answers read.
import * as v from 'valibot'
import { PlanProposalSchema, ProposalDecisionSchema } from '../../domain/index.ts'
import { isRoomId, type RoomId } from '../../protocol/index.ts'
import { getRecord, listRecords, putRecord } from '../../storage/index.ts'

/** Record kind of the holder's proposal inboxes. */
export const INBOX_KIND = 'proposal-inbox'
/** Record kind of the operator's proposal capabilities. */
export const CAPABILITY_KIND = 'proposal-capability'

const BytesSchema = v.custom<Uint8Array>((x) => x instanceof Uint8Array, 'not-bytes')
const RoomIdSchema = v.custom<RoomId>((s) => typeof s === 'string' && isRoomId(s), 'invalid-room')
const OwnedRoomSchema = v.object({
  secrets: v.object({
    roomId: RoomIdSchema,
    signingSecret: BytesSchema,
    roomKey: BytesSchema,
  }),
  writeToken: v.string(),
  expiresAt: v.number(),
})

/** Schema of a holder's proposal inbox record. */
export const InboxRecordSchema = v.object({
  id: v.string(),
  professional: v.string(),
  organisation: v.optional(v.string()),
  link: v.string(),
  createdAt: v.string(),
  inbox: OwnedRoomSchema,
  answers: OwnedRoomSchema,
  /** Yjs state of the inbox's plain doc, as last seen. */
  cache: v.optional(BytesSchema),
})
/** A holder's proposal inbox record. */
export type InboxRecord = v.InferOutput<typeof InboxRecordSchema>

/** One proposal the operator made, and whether it reached the relay. */
export const SentProposalSchema = v.object({
  proposal: PlanProposalSchema,
  sent: v.boolean(),
  sentAt: v.optional(v.string()),
})
/** One proposal the operator made. */
export type SentProposal = v.InferOutput<typeof SentProposalSchema>

/** Schema of an operator's proposal capability record. */
export const CapabilityRecordSchema = v.object({
  id: v.string(),
  /** The link's fragment (capabilities and labels). */
  fragment: v.string(),
  openedAt: v.string(),
  me: v.object({ name: v.optional(v.string()), organisation: v.optional(v.string()) }),
  proposals: v.array(SentProposalSchema),
  outcomes: v.array(ProposalDecisionSchema),
})
/** An operator's proposal capability record. */
export type CapabilityRecord = v.InferOutput<typeof CapabilityRecordSchema>

/** Every proposal inbox of this device (damaged records counted, not used). */
export async function listInboxRecords(): Promise<{ records: InboxRecord[]; damaged: number }> {
  const rows = await listRecords(INBOX_KIND, InboxRecordSchema)
  return {
    records: rows.flatMap((r) => (r.ok ? [r.value] : [])),
    damaged: rows.filter((r) => !r.ok).length,
  }
}

/** Saves a proposal inbox record. */
export const saveInboxRecord = (r: InboxRecord): Promise<void> => putRecord(INBOX_KIND, r.id, r)

/** Every proposal capability of this device. */
export async function listCapabilityRecords(): Promise<CapabilityRecord[]> {
  const rows = await listRecords(CAPABILITY_KIND, CapabilityRecordSchema)
  return rows.flatMap((r) => (r.ok ? [r.value] : []))
}

/** One proposal capability record, if it is there and readable. */
export async function getCapabilityRecord(id: string): Promise<CapabilityRecord | undefined> {
  const r = await getRecord(CAPABILITY_KIND, id, CapabilityRecordSchema)
  return r?.ok ? r.value : undefined
}

/** Saves a proposal capability record. */
export const saveCapabilityRecord = (r: CapabilityRecord): Promise<void> =>
  putRecord(CAPABILITY_KIND, r.id, r)
