// Receiving a share: a link opened against its relay, or a sealed share file with its key (no
// network); either way the copy is kept on this device (./copies.ts).
import { fail, ok, type Result } from '../../domain/index.ts'
import type { RoomCapability } from '../../transport/index.ts'
import { openShareFile, type ShareFileCode } from '../share/index.ts'
import { storeCopy } from './copies.ts'
import { type OpenLinkCode, openShareLink } from './open-link.ts'
import type { ReceivedRecord } from './records.ts'

/** The link a received record keeps: the full read capability, key included, for a snapshot too —
 * the person's other paired devices get the record (not the copy) and fetch the copy once with it
 * (./fetch-copy.ts). The record only travels sealed (household, backup), like the copy itself. */
export const receivedLink = (
  relayOrigin: string,
  capability: RoomCapability,
): NonNullable<ReceivedRecord['link']> => ({ relayOrigin, capability })

/** Why receiving failed. */
export type ReceiveCode = OpenLinkCode | ShareFileCode | 'store-failed'

/** Opens a share link against its relay, stores the copy, and returns its id. A live share stays
 * connected for the view that shows it next (followReceived). */
export async function receiveLink(
  input: string,
  options: { relayOrigin?: string; timeoutMs?: number } = {},
): Promise<Result<string, ReceiveCode>> {
  performance.mark('livret:receive-start')
  const opened = await openShareLink(input, options)
  performance.mark('livret:receive-opened')
  // The token was checked unexpired before connecting: a room already erased was withdrawn.
  if (!opened.ok) return fail(opened.code === 'share-gone' ? 'share-revoked' : opened.code)
  const { doc, meta, capability } = opened.value
  const relayOrigin = options.relayOrigin ?? new URL(input.trim()).origin
  const link = receivedLink(relayOrigin, capability)
  try {
    const id = await storeCopy(doc, meta, capability.roomId, 'link', link, opened.value.room)
    performance.mark('livret:receive-kept')
    return ok(id)
  } catch {
    opened.value.stop()
    return fail('store-failed')
  }
}

/** Opens a sealed share file with its key (no network), stores the copy, and returns its id. */
export async function receiveFile(bytes: Uint8Array, key: string): Promise<Result<string, ReceiveCode>> {
  const opened = await openShareFile(bytes, key)
  if (!opened.ok) return opened
  try {
    return ok(
      await storeCopy(opened.value.doc, opened.value.meta, opened.value.roomId, 'file', undefined, undefined),
    )
  } catch {
    opened.value.doc.destroy()
    return fail('store-failed')
  }
}
