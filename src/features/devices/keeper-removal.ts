// Any device removes another (the lost phone), step by step; each step must succeed before the next:
// 1. the household gives the private room's signing secret (every device can read it);
// 2. the removed device's token is revoked in the current room (its socket closes at once);
// 3. a new room (new signing key, new room key) receives the whole booklet, checked on the relay;
// 4. each remaining device's new capability is sealed to ITS box key and written into its mailbox
//    (the removed device may know every mailbox's key: it cannot open the box);
// 5. the new household receives the new signing secret, the devices (but the removed one) and the
//    records of the old one;
// 6. the remover binds itself to the new room (`onRekeyed`), then the old room and its household are
//    deleted: remaining devices meet 'room-gone', open their box and move; the removed device meets
//    'room-gone', finds "removed" in its mailbox, and nothing more reaches it.
// If 3–5 fail, the new room is deleted again and the remover stays on the old room.
import type * as Y from 'yjs'
import { fail, ok, type Result } from '../../domain/index.ts'
import type { RoomSecrets, SealedRoom } from '../../transport/index.ts'
import { postStatement } from '../../transport/index.ts'
import type { ShareNetOptions } from '../share/index.ts'
import { sealToDevice } from './device-box.ts'
import {
  type HouseholdDevice,
  householdCapability,
  householdEntryOf,
  householdRoomOf,
  readHousehold,
  writeHouseholdDevice,
  writeHouseholdKeeper,
} from './household.ts'
import { copyHouseholdRecords, writeHouseholdRecordEntries } from './household-records.ts'
import { abandonRekey, handOutPairings, removeDevicesAndRekey, retirePrivateRoom } from './pairing.ts'
import {
  exchangeMailbox,
  exchangeRoom,
  moveText,
  writeMailboxMove,
  writeMailboxRemoved,
  writeMailboxSealedMove,
} from './pairing-mailbox.ts'
import type { SelfRecord } from './records.ts'

/** Why a removal could not be done (besides the relay's codes). */
export type KeeperCode =
  | 'no-keeper'
  | 'not-registered'
  | 'unknown-device'
  | 'relay-unreachable'
  | (string & {})

/** After a removal: this device as the keeper of the new room, and the remaining devices. */
export interface KeeperRemoval {
  self: Extract<SelfRecord, { role: 'owner' }>
  room: SealedRoom
  remaining: HouseholdDevice[]
}

/** The private room a stored self record is on, with the signing secret from the household. */
const currentRoom = (self: SelfRecord, signingSecret: Uint8Array | undefined): RoomSecrets | undefined => {
  if (self.role === 'owner') return self.secrets
  if (!signingSecret) return undefined
  return { roomId: self.capability.roomId, roomKey: self.capability.roomKey, signingSecret }
}

/** The household of the room this device is on (one look, nothing written). */
export function readHouseholdOf(roomKey: Uint8Array, net: ShareNetOptions) {
  return exchangeRoom(householdCapability(roomKey), net, readHousehold)
}

/** Removes the device `removedId` from this device (see the top comment). */
export async function removeFromHousehold(
  doc: Y.Doc,
  self: SelfRecord,
  removedId: string,
  net: ShareNetOptions & { appOrigin?: string; now?: Date },
  onRekeyed?: (self: KeeperRemoval['self'], room: SealedRoom) => void,
): Promise<Result<KeeperRemoval, KeeperCode>> {
  const me = householdEntryOf(self)
  if (!me || !self.box) return fail('not-registered')
  const roomKey = self.role === 'owner' ? self.secrets.roomKey : self.capability.roomKey
  const house = await readHouseholdOf(roomKey, net)
  if (!house.ok) return house
  const old = currentRoom(self, house.value.signingSecret)
  if (!old) return fail('no-keeper')
  const removed = house.value.devices.find((d) => d.id === removedId)
  if (!removed || removed.id === me.id) return fail('unknown-device')
  const others = house.value.devices.filter((d) => d.id !== removedId && d.id !== me.id)

  if (removed.tokenId) {
    const revoked = await postStatement(net.relayOrigin, old.signingSecret, {
      type: 'revoke',
      room: old.roomId,
      tokenIds: [removed.tokenId],
    })
    if (!revoked.ok && revoked.code !== 'room-gone') return revoked
  }
  const rekeyed = await removeDevicesAndRekey(doc, old, [], others, net)
  if (!rekeyed.ok) return rekeyed
  const { secrets, room } = rekeyed.value
  const undo = async (code: string) => {
    await abandonRekey(rekeyed.value, net)
    return fail(code)
  }

  const handed = await handOutPairings(rekeyed.value, others, net, async (d, pairing) => {
    const text = moveText(pairing.capability)
    const box = d.box ? await sealToDevice(d.box, new TextEncoder().encode(text)) : undefined
    // A device that never published a box key (an older version) gets the plain move.
    return exchangeMailbox(d.mailbox, net, (m) =>
      box ? writeMailboxSealedMove(m, box) : writeMailboxMove(m, pairing.capability),
    )
  })
  if (!handed.ok) return handed
  const remaining: HouseholdDevice[] = handed.value.map(({ device, pairing }) => ({
    ...device,
    tokenId: pairing.device.tokenId,
  }))

  const oldHouse = householdRoomOf(old.roomKey)
  const newHouse = householdCapability(secrets.roomKey)
  const copied = await copyHouseholdRecords(householdCapability(old.roomKey), net)
  const seeded = await exchangeRoom(newHouse, net, readHousehold, (h) => {
    h.transact(() => {
      writeHouseholdKeeper(h, secrets.signingSecret)
      writeHouseholdDevice(h, me)
      for (const d of remaining) writeHouseholdDevice(h, d)
      if (copied.ok) writeHouseholdRecordEntries(h, copied.value)
    })
  })
  if (!seeded.ok) return undo(seeded.code)

  const next: KeeperRemoval['self'] = {
    role: 'owner',
    secrets,
    createdAt: (net.now ?? new Date()).toISOString(),
    mailbox: me.mailbox,
    box: self.box,
    ...(self.name ? { name: self.name } : {}),
  }
  onRekeyed?.(next, room)
  // The removed device is told, so that it says "removed" rather than "unlinked".
  await exchangeMailbox(removed.mailbox, net, (m) => writeMailboxRemoved(m, net.now))
  const retired = await retirePrivateRoom(old, net)
  if (!retired.ok && retired.code !== 'room-gone') return fail(retired.code)
  await postStatement(net.relayOrigin, oldHouse.signingSecret, { type: 'delete', room: oldHouse.roomId })
  return ok({ self: next, room, remaining })
}
