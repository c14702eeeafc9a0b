// The holder's validation requests kept on this device (records kind 'validation-request'): the
// trainer named, the competences asked, the link handed over, and the secrets of the two rooms (the
// share of the competences and the inbox). The secrets never leave the device; a record read back
// that does not match the schema is reported as damaged, never used.
import * as v from 'valibot'
import { ShareSelectionSchema } from '../../domain/index.ts'
import { defineRecord } from '../../storage/index.ts'
import { OwnedRoomSchema } from '../../transport/index.ts'
import type { OwnedRoom, ValidationRequest } from './request.ts'

/** What the device keeps of one validation request. */
export const RequestRecordSchema = v.object({
  v: v.literal(1),
  id: v.string(),
  trainer: v.string(),
  organisation: v.string(),
  competenceIds: v.array(v.string()),
  createdAt: v.string(),
  expiresAt: v.string(),
  link: v.string(),
  holderRef: v.string(),
  selection: ShareSelectionSchema,
  share: OwnedRoomSchema,
  inbox: OwnedRoomSchema,
  /** The competences reached the relay (the trainer can read them). */
  pushed: v.boolean(),
  /** Credentials received and kept, as last counted. */
  received: v.number(),
  /** Closed by the holder (ISO). */
  closedAt: v.optional(v.string()),
  /** Both rooms deleted on the relay after closing. */
  relayDeleted: v.optional(v.boolean()),
})
/** A validation request as kept on the device. */
export type RequestRecord = v.InferOutput<typeof RequestRecordSchema>

/** The device records of kind 'validation-request' (version 1). */
export const requestRecords = defineRecord({
  kind: 'validation-request',
  version: 1,
  schema: RequestRecordSchema,
})

const room = (o: OwnedRoom): RequestRecord['share'] => ({
  roomId: o.secrets.roomId,
  signingSecret: o.secrets.signingSecret,
  roomKey: o.secrets.roomKey,
  writeToken: o.writeToken,
  expiresAt: o.expiresAt,
})

/** The record of a request just created (not pushed yet). */
export const recordOf = (
  request: ValidationRequest,
  trainer: { name: string; organisation: string },
  competenceIds: readonly string[],
  now: Date = new Date(),
): RequestRecord => ({
  v: 1,
  id: request.inbox.secrets.roomId,
  trainer: trainer.name,
  organisation: trainer.organisation,
  competenceIds: [...competenceIds],
  createdAt: now.toISOString(),
  expiresAt: request.selection.expiresAt,
  link: request.link,
  holderRef: request.holderRef,
  selection: request.selection,
  share: room(request.share),
  inbox: room(request.inbox),
  pushed: false,
  received: 0,
})

/** Stores (or replaces) a request record. */
export const saveRequest = (record: RequestRecord): Promise<void> => requestRecords.put(record.id, record)

/** One request record, if present and readable. */
export const getRequest = async (id: string): Promise<RequestRecord | undefined> => {
  const r = await requestRecords.get(id)
  return r?.ok ? r.value : undefined
}

/** Every request of this device, newest first, and how many records could not be read. */
export const listRequests = async (): Promise<{ requests: RequestRecord[]; damaged: number }> => {
  const rows = await requestRecords.list()
  const requests = rows.flatMap((r) => (r.ok ? [r.value] : []))
  requests.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return { requests, damaged: rows.length - requests.length }
}

/** Removes a request record for good. */
export const forgetRequest = (id: string): Promise<void> => requestRecords.delete(id)

/** Where a request stands for the holder. */
export type RequestStatus = 'not-sent' | 'waiting' | 'received' | 'expired' | 'closed'

/** The status shown for a request at `now`. */
export const requestStatus = (r: RequestRecord, now: Date = new Date()): RequestStatus => {
  if (r.closedAt !== undefined) return 'closed'
  if (!(Date.parse(r.expiresAt) > now.getTime())) return 'expired'
  if (!r.pushed) return 'not-sent'
  return r.received > 0 ? 'received' : 'waiting'
}

/** True while the request's inbox should be read (not closed, not expired). */
export const isOpen = (r: RequestRecord, now: Date = new Date()): boolean => {
  const s = requestStatus(r, now)
  return s !== 'closed' && s !== 'expired'
}
