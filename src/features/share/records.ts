// The holder's record of one share. It is a plain structured-cloneable object (Uint8Array
// fields), so the UI can persist it as is in IndexedDB (Dexie stores Uint8Array natively); this
// module owns no database: src/storage/db.ts belongs to the storage layer, and the UI decides
// where its list of shares lives. The signing secret never leaves the holder's device.
import * as v from 'valibot'
import {
  SHARE_MODES,
  type ShareMode,
  type ShareSelection,
  ShareSelectionSchema,
  TimestampSchema,
} from '../../domain/index.ts'
import type { RoomId } from '../../protocol/index.ts'
import { defineRecord } from '../../storage/index.ts'
import { RoomSecretsSchema } from '../../transport/index.ts'

/** Branded id of a share record. */
export type ShareId = string & { readonly __brand: 'ShareId' }

/** What the holder keeps about one share. */
export interface ShareRecord {
  id: ShareId
  roomId: RoomId
  /** Ed25519 secret of the share room: mints tokens, signs revoke/delete/expire. */
  signingSecret: Uint8Array
  /** AES key of the share room (also inside the link's fragment). */
  roomKey: Uint8Array
  recipient: string
  mode: ShareMode
  /** ISO timestamps. */
  expiresAt: string
  createdAt: string
  /** Token id of the read token inside the link currently handed out. */
  readTokenId: string
  /** Earlier read token ids (before an extension); revoked with the share. */
  previousTokenIds: string[]
  selection: ShareSelection
  /** Set once revoked (ISO). */
  revokedAt?: string
  /** When the link was opened, as last read from the relay's access log (ISO); kept here because
   * the log is erased with the room. */
  openedAt?: string[]
  /** The link currently handed out (its fragment holds the read token and the room key), kept so
   * that the holder can show the QR code again. */
  link?: string
}

const tokenIdSchema = v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/, 'invalid-token-id'))
const isoList = v.pipe(v.array(TimestampSchema), v.maxLength(10_000, 'too-many'))

/** Schema of a stored share record (the device's records are checked when read back). */
export const ShareRecordSchema = v.pipe(
  v.object({
    id: v.pipe(v.string(), v.regex(/^[0-9a-f]{24}$/, 'invalid-share-id')),
    ...RoomSecretsSchema.entries,
    recipient: v.string(),
    mode: v.picklist(SHARE_MODES),
    expiresAt: TimestampSchema,
    createdAt: TimestampSchema,
    readTokenId: tokenIdSchema,
    previousTokenIds: v.pipe(v.array(tokenIdSchema), v.maxLength(1000, 'too-many')),
    selection: ShareSelectionSchema,
    revokedAt: v.optional(TimestampSchema),
    openedAt: v.optional(isoList),
    link: v.optional(v.pipe(v.string(), v.maxLength(4096, 'too-long'))),
  }),
  v.check((r) => r.recipient === r.selection.recipient && r.mode === r.selection.mode, 'mismatch'),
  v.transform((r) => r as ShareRecord),
)

/** The device records of kind 'share' (version 1). */
export const shareRecords = defineRecord({ kind: 'share', version: 1, schema: ShareRecordSchema })

/** A fresh random share id. */
export function newShareId(): ShareId {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(12))
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('') as ShareId
}

/** True when the share's expiry has passed at `now`. */
export function isRecordExpired(record: Pick<ShareRecord, 'expiresAt'>, now: Date = new Date()): boolean {
  return !(Date.parse(record.expiresAt) > now.getTime())
}

/** Records that should be cleaned up (expired or revoked). */
export function staleRecords(records: readonly ShareRecord[], now: Date = new Date()): ShareRecord[] {
  return records.filter((r) => r.revokedAt !== undefined || isRecordExpired(r, now))
}
