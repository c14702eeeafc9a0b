// A device joining the holder's private room from a pairing link, in three checked steps:
// 1. a read-only look at the room with the link's key, on a scratch doc: the relay accepts the
//    token, and the room's entries open with the key (a key changed in the link is caught here,
//    before this device seals anything of its own booklet under it);
// 2. the device's mailbox must carry the owner's "offered" mark (written while the code is shown:
//    a changed mailbox seed, or an owner that never got online, is caught here), then the device's
//    name is written there (the owner device's list shows it);
// 3. the device's booklet doc is bound to the room: what the room holds is merged in, and what
//    this device already held (if anything) is pushed — the CRDT joins both booklets, nothing is lost.
import type * as Y from 'yjs'
import { fail, ok, type Result } from '../../domain/index.ts'
import type { RoomCapability, SealedRoom } from '../../transport/index.ts'
import { inSyncedRoom, roomSynced, type ShareNetOptions } from '../share/index.ts'
import { connectPrivateRoom, type PairingLink } from './pairing.ts'
import { exchangeMailbox, writeMailboxName } from './pairing-mailbox.ts'

/** Why joining failed: the relay's refusal ('token-revoked', 'room-gone'…), an unreachable relay,
 * a key that opens nothing, a link without a mailbox, or a mailbox the owner never marked. */
export type JoinCode =
  | 'relay-unreachable'
  | 'link-bad-key'
  | 'link-malformed'
  | 'mailbox-not-offered'
  | (string & {})

/** A joined device: its connection to the room (bound to `doc`), and its mailbox. */
export interface Joined {
  room: SealedRoom
  capability: RoomCapability
  mailbox: RoomCapability
}

/** Joins the private room of `link` with `doc` (see the top comment). */
export async function joinPrivateRoom(
  doc: Y.Doc,
  link: PairingLink,
  name: string,
  net: ShareNetOptions,
): Promise<Result<Joined, JoinCode>> {
  const { mailbox, ...capability } = link
  if (!mailbox) return fail('link-malformed')
  const timeoutMs = net.timeoutMs ?? 15_000
  const seen = await inSyncedRoom(capability, 'read', net, timeoutMs, (_, look) =>
    look.stats.refused > 0 && look.stats.opened === 0 ? fail('link-bad-key') : ok(undefined),
  )
  if (!seen.ok) return seen
  const offered = await exchangeMailbox(mailbox, net)
  if (!offered.ok) return offered
  if (!offered.value.offeredAt) return fail('mailbox-not-offered')
  const named = await exchangeMailbox(mailbox, net, (d) => writeMailboxName(d, name))
  if (!named.ok) return named
  const room = connectPrivateRoom(doc, capability, net)
  const synced = await roomSynced(room, timeoutMs)
  if (!synced.ok) {
    room.destroy()
    return synced
  }
  return ok({ room, capability, mailbox })
}
