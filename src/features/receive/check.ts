// Whether a received share still holds. Revocation is learnt when online: a live share's socket is
// closed by the relay (./follow.ts), a snapshot's token is checked (`tokenStatus`) when the list or
// the view is shown. Expiry is checked on the device clock, also offline. An ended share is erased.
import type * as Y from 'yjs'
import { getProfile, readShareMeta } from '../../booklet/index.ts'
import type { ShareMeta } from '../../domain/index.ts'
import { tokenStatus } from '../../transport/index.ts'
import { changed, endReceived, itemCount } from './copies.ts'
import {
  getReceived,
  isPastExpiry,
  listReceived,
  putReceived,
  type ReceivedRecord,
  type ReceivedStatus,
} from './records.ts'

/** How a refusal of the relay ends a share, if it does. */
export const endedBy = (
  record: ReceivedRecord,
  code: string,
): Exclude<ReceivedStatus, 'active'> | undefined => {
  // The link's token ran out while the share itself was extended (its meta says a later date):
  // keep the copy until that date; the holder hands out a new link.
  if (code === 'token-expired') return isPastExpiry(record) ? 'expired' : undefined
  if (code === 'token-revoked') return 'revoked'
  // The room was erased: by the holder before the expiry, by the relay after it.
  if (code === 'room-gone') return isPastExpiry(record) ? 'expired' : 'revoked'
  return undefined
}

/** Checks whether share `id` still holds: its expiry on this device's clock, and for a link its
 * token on the relay (skipped when the relay cannot be reached). Ends it when it does not. */
export async function checkReceived(id: string): Promise<ReceivedStatus | undefined> {
  const record = await getReceived(id)
  if (record?.status !== 'active') return record?.status
  if (isPastExpiry(record)) {
    await endReceived(id, 'expired')
    return 'expired'
  }
  if (!record.link) return 'active'
  const { capability } = record.link
  const status = await tokenStatus(record.link.relayOrigin, capability.roomId, capability.token)
  if (!status.ok || status.value.ok) return 'active'
  const ended = endedBy(record, status.value.code)
  if (!ended) return 'active'
  await endReceived(id, ended)
  return ended
}

/** Checks every active received share (see checkReceived). */
export async function checkAllReceived(): Promise<void> {
  const records = await listReceived()
  await Promise.all(records.filter((r) => r.status === 'active').map((r) => checkReceived(r.id)))
}

/** The share information of an open copy, and its record kept up to date with it (a live share's
 * holder may extend it). */
export async function refreshMeta(id: string, doc: Y.Doc): Promise<ShareMeta | undefined> {
  const meta = readShareMeta(doc)
  const record = await getReceived(id)
  if (!meta || !record || record.status !== 'active') return meta
  const displayName = getProfile(doc)?.displayName ?? record.displayName
  const count = itemCount(doc)
  if (
    meta.expiresAt !== record.expiresAt ||
    displayName !== record.displayName ||
    count !== record.itemCount
  ) {
    await putReceived({ ...record, expiresAt: meta.expiresAt, displayName, itemCount: count })
    changed()
  }
  return meta
}
