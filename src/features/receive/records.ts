// The operator's record of one received share (device record kind 'received', id = the booklet id
// of the stored copy). The copy itself is a booklet document of role 'received' (y-indexeddb), so a
// live share keeps merging small updates into it. The record says where it came from, for whom it
// was shared, when, until when, whether it is still valid, and — for a live share — the link's
// capability (room, read token, key) so the copy keeps following the holder's booklet.
// Version 2 keeps that capability in the transport's one schema (RoomCapabilitySchema, or
// RoomTokenSchema without a key) instead of the strings of version 1.
import * as v from 'valibot'
import { SHARE_MODES } from '../../domain/index.ts'
import { fromBase64Url } from '../../protocol/index.ts'
import { defineRecord } from '../../storage/index.ts'
import { RoomCapabilitySchema, RoomTokenSchema } from '../../transport/index.ts'

/** Where a share came from. */
export const RECEIVED_SOURCES = ['link', 'file'] as const
/** Whether the share still holds: 'active', or why it ended. */
export const RECEIVED_STATUSES = ['active', 'revoked', 'expired'] as const
/** The state of a received share. */
export type ReceivedStatus = (typeof RECEIVED_STATUSES)[number]

const text = v.pipe(v.string(), v.maxLength(2000))

/** The link capability kept for a share received by link: the read capability of a live share (it
 * keeps following), only the room and token of a snapshot (its room need not be read again). */
export const ReceivedLinkSchema = v.object({
  relayOrigin: text,
  capability: v.union([RoomCapabilitySchema, RoomTokenSchema]),
})

/** Schema of a received-share record (checked on every read). */
export const ReceivedRecordSchema = v.object({
  id: text,
  roomId: text,
  source: v.picklist(RECEIVED_SOURCES),
  recipient: text,
  displayName: text,
  mode: v.picklist(SHARE_MODES),
  sharedAt: text,
  expiresAt: text,
  receivedAt: text,
  status: v.picklist(RECEIVED_STATUSES),
  /** When this device learnt the share had ended (ISO); its copy was erased then. */
  endedAt: v.optional(text),
  itemCount: v.number(),
  link: v.optional(ReceivedLinkSchema),
})
/** A received-share record. */
export type ReceivedRecord = v.InferOutput<typeof ReceivedRecordSchema>

/** Version 1 → 2: the link's `roomId`, `token` and base64url `key` become one capability (a key that
 * does not decode to 32 bytes is left out, as version 1's reader ignored it). */
export const receivedV1toV2 = (value: unknown): unknown => {
  if (typeof value !== 'object' || value === null) return value
  const { link, ...rest } = value as { link?: unknown }
  if (typeof link !== 'object' || link === null) return rest
  const { relayOrigin, roomId, token, key } = link as Record<string, unknown>
  const roomKey = typeof key === 'string' ? fromBase64Url(key) : undefined
  const capability = { roomId, token, ...(roomKey?.length === 32 ? { roomKey } : {}) }
  return { ...rest, link: { relayOrigin, capability } }
}

/** The device records of kind 'received' (version 2). */
export const receivedRecords = defineRecord({
  kind: 'received',
  version: 2,
  schema: ReceivedRecordSchema,
  migrations: { 1: receivedV1toV2 },
})

/** Stores (or replaces) a received-share record. */
export const putReceived = (record: ReceivedRecord): Promise<void> => receivedRecords.put(record.id, record)

/** The record `id`, or undefined when missing or damaged. */
export async function getReceived(id: string): Promise<ReceivedRecord | undefined> {
  const r = await receivedRecords.get(id)
  return r?.ok ? r.value : undefined
}

/** Every readable received-share record, most recently shared first. */
export async function listReceived(): Promise<ReceivedRecord[]> {
  const rows = await receivedRecords.list()
  return rows.flatMap((r) => (r.ok ? [r.value] : [])).sort((a, b) => b.receivedAt.localeCompare(a.receivedAt))
}

/** Removes the record `id`. */
export const deleteReceived = (id: string): Promise<void> => receivedRecords.delete(id)

/** True when the share's expiry has passed at `now`. */
export const isPastExpiry = (record: Pick<ReceivedRecord, 'expiresAt'>, now: Date = new Date()): boolean =>
  !(Date.parse(record.expiresAt) > now.getTime())
