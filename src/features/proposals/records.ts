// What this device keeps about plan proposals (src/storage/records.ts):
// - holder, kind 'proposal-inbox': one record per professional allowed to propose, with the secrets
//   of the inbox and answers rooms, the link handed over, and a copy of the inbox's content (so the
//   pending proposals show offline too);
// - operator, kind 'proposal-capability': one record per link opened, with the link's fragment, who
//   proposes, every proposal made through it (sent or still waiting for the network) and the last
//   answers read.
import * as v from 'valibot'
import { PlanProposalSchema, ProposalDecisionSchema } from '../../domain/index.ts'
import { defineRecord } from '../../storage/index.ts'
import { RoomSecretsSchema, TokenSchema } from '../../transport/index.ts'

const BytesSchema = v.custom<Uint8Array>((x) => x instanceof Uint8Array, 'not-bytes')
// The holder's end of an inbox or answers room: the room's secrets and the write token given out.
const HeldRoomSchema = v.object({
  secrets: RoomSecretsSchema,
  writeToken: TokenSchema,
  expiresAt: v.number(),
})

/** Schema of a holder's proposal inbox record. */
export const InboxRecordSchema = v.object({
  id: v.string(),
  professional: v.string(),
  organisation: v.optional(v.string()),
  link: v.string(),
  createdAt: v.string(),
  inbox: HeldRoomSchema,
  answers: HeldRoomSchema,
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

/** The holder's proposal inboxes: device records of kind 'proposal-inbox' (version 1). */
export const inboxRecords = defineRecord({ kind: 'proposal-inbox', version: 1, schema: InboxRecordSchema })
/** The operator's proposal capabilities: kind 'proposal-capability' (version 1). */
export const capabilityRecords = defineRecord({
  kind: 'proposal-capability',
  version: 1,
  schema: CapabilityRecordSchema,
})

/** Every proposal inbox of this device (damaged records counted, not used). */
export async function listInboxRecords(): Promise<{ records: InboxRecord[]; damaged: number }> {
  const rows = await inboxRecords.list()
  return {
    records: rows.flatMap((r) => (r.ok ? [r.value] : [])),
    damaged: rows.filter((r) => !r.ok).length,
  }
}

/** Saves a proposal inbox record. */
export const saveInboxRecord = (r: InboxRecord): Promise<void> => inboxRecords.put(r.id, r)

/** Every proposal capability of this device. */
export async function listCapabilityRecords(): Promise<CapabilityRecord[]> {
  const rows = await capabilityRecords.list()
  return rows.flatMap((r) => (r.ok ? [r.value] : []))
}

/** One proposal capability record, if it is there and readable. */
export async function getCapabilityRecord(id: string): Promise<CapabilityRecord | undefined> {
  const r = await capabilityRecords.get(id)
  return r?.ok ? r.value : undefined
}

/** Saves a proposal capability record. */
export const saveCapabilityRecord = (r: CapabilityRecord): Promise<void> => capabilityRecords.put(r.id, r)
