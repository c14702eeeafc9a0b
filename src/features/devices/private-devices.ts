// The owner device's side of pairing: a new device (with its own mailbox) and the removal of
// devices. Removal, step by step (each step must succeed before the next):
// 1. the removed devices' tokens are revoked in the current room (their sockets close at once);
// 2. a new room (new signing key, new room key) receives the whole booklet, checked on the relay;
// 3. each remaining device's new capability is written into its own mailbox, checked on the relay;
// 4. the old room is deleted: remaining devices are told 'room-gone', read their mailbox and move
//    (a device that was offline does so when it comes back; its offline edits follow it);
// 5. the removed devices' mailboxes are deleted.
// If 2–4 fail (no network), the new room is deleted again and the owner stays on the old room:
// the removed devices are already shut out by step 1, and the removal can be tried again.
import type * as Y from 'yjs'
import { fail, ok, type Result } from '../../domain/index.ts'
import type { RoomCapability, RoomSecrets, SealedRoom } from '../../transport/index.ts'
import { postStatement } from '../../transport/index.ts'
import type { ShareNetOptions } from '../share/index.ts'
import {
  abandonRekey,
  handOutPairings,
  mailboxCapabilityOf,
  type Pairing,
  pairingCapability,
  removeDevicesAndRekey,
  retirePrivateRoom,
} from './pairing.ts'
import { exchangeMailbox, mailboxFromSeed, newMailboxSeed, writeMailboxMove } from './pairing-mailbox.ts'

/** A device as the owner device knows it. */
export interface OwnedDevice {
  /** Token id of its current write token in the private room. */
  tokenId: string
  /** Name it gave itself when joining (empty until it has joined). */
  label: string
  /** ISO timestamps. */
  pairedAt: string
  expiresAt: string
  /** Its mailbox room (the owner keeps the signing secret). */
  mailbox: RoomSecrets
}

/** A pairing for a new device: a fresh mailbox, a write token of the private room, the link. */
export function pairNewDevice(
  room: RoomSecrets,
  options: { appOrigin: string; now?: Date },
): { pairing: Pairing; device: OwnedDevice } {
  const mailboxSeed = newMailboxSeed()
  const pairing = pairingCapability(room, {
    appOrigin: options.appOrigin,
    label: '',
    mailboxSeed,
    ...opt(options),
  })
  return { pairing, device: { ...pairing.device, mailbox: mailboxFromSeed(mailboxSeed) } }
}

const opt = (o: { now?: Date }) => (o.now ? { now: o.now } : {})

/** A write capability of a device's mailbox, for the owner. */
export const mailboxCapability = (mailbox: RoomSecrets): RoomCapability => mailboxCapabilityOf(mailbox)

/** Reads the name a device wrote into its mailbox (undefined until it has joined). */
export async function readDeviceName(
  device: Pick<OwnedDevice, 'mailbox'>,
  net: ShareNetOptions,
): Promise<Result<string | undefined, string>> {
  const r = await exchangeMailbox(mailboxCapability(device.mailbox), net)
  return r.ok ? ok(r.value.name) : r
}

/** Cancels a pairing nobody used yet: revokes its token, deletes its mailbox. */
export async function cancelPairing(
  room: RoomSecrets,
  device: OwnedDevice,
  net: ShareNetOptions,
): Promise<Result<void, string>> {
  const revoked = await postStatement(net.relayOrigin, room.signingSecret, {
    type: 'revoke',
    room: room.roomId,
    tokenIds: [device.tokenId],
  })
  if (!revoked.ok && revoked.code !== 'room-gone') return revoked
  await postStatement(net.relayOrigin, device.mailbox.signingSecret, {
    type: 'delete',
    room: device.mailbox.roomId,
  })
  return ok(undefined)
}

/** After a removal: the new room's secrets, the owner's connection to it, the remaining devices. */
export interface Removal {
  secrets: RoomSecrets
  room: SealedRoom
  remaining: OwnedDevice[]
}

/** Removes `removed` and moves the `remaining` devices to a new room (see the top comment). */
export async function removeDevices(
  doc: Y.Doc,
  old: RoomSecrets,
  removed: readonly OwnedDevice[],
  remaining: readonly OwnedDevice[],
  net: ShareNetOptions & { appOrigin?: string; now?: Date },
  /** Called with the new room once the remaining devices can find it, before the old room is
   * deleted (the caller switches its own sync to it, so it never sees the old room go). */
  onRekeyed?: (secrets: RoomSecrets, room: SealedRoom) => void,
): Promise<Result<Removal, string>> {
  const rekeyed = await removeDevicesAndRekey(doc, old, removed, remaining, net)
  if (!rekeyed.ok) return rekeyed
  const { secrets, room } = rekeyed.value
  const undo = async (code: string): Promise<Result<Removal, string>> => {
    await abandonRekey(rekeyed.value, net)
    return fail(code)
  }
  const handed = await handOutPairings(rekeyed.value, remaining, net, (device, pairing) =>
    exchangeMailbox(mailboxCapability(device.mailbox), net, (d) => writeMailboxMove(d, pairing.capability)),
  )
  if (!handed.ok) return handed
  const moved: OwnedDevice[] = handed.value.map(({ device, pairing }) => ({
    ...device,
    tokenId: pairing.device.tokenId,
    expiresAt: pairing.device.expiresAt,
  }))
  onRekeyed?.(secrets, room)
  const retired = await retirePrivateRoom(old, net)
  if (!retired.ok && retired.code !== 'room-gone') return undo(retired.code)
  for (const device of removed)
    await postStatement(net.relayOrigin, device.mailbox.signingSecret, {
      type: 'delete',
      room: device.mailbox.roomId,
    })
  return ok({ secrets, room, remaining: moved })
}
