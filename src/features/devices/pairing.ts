// Pairing the holder's own devices through the private sync room (DESIGN §2.4, issue 4 §5).
// The owner device keeps the room's signing secret; a paired device receives only a capability:
// a write token and the room key, in a link fragment / QR code. It cannot mint tokens, so once
// its token is revoked it cannot reconnect. Removing a device: revoke its token (its sockets close
// at once), then re-key: a NEW room (new signing key, new room key) receives one sealed snapshot
// of the booklet, and the remaining devices get new capabilities. Those are not sealed under the
// old room key (the removed device holds it): each device has its own mailbox room, whose seed
// only the owner and that device know (`&mbox=` in its pairing link, pairing-mailbox.ts), and the
// owner writes the new capability there (private-devices.ts). The old room is then deleted
// (retirePrivateRoom): 'room-gone' tells the remaining devices to look in their mailbox.
// What the removed device already downloaded stays with it.
import type * as Y from 'yjs'
import { fail, ok, type Result } from '../../domain/index.ts'
import { fromBase64Url, toBase64Url, verifyToken } from '../../protocol/index.ts'
import type { BackoffOptions } from '../../transport/index.ts'
import {
  createRoom,
  MAX_TOKEN_LIFETIME_SECONDS,
  mintRoomToken,
  parseRoomFragment,
  postStatement,
  type RoomCapability,
  type RoomSecrets,
  roomLink,
  type SealedRoom,
  waitForRoom,
} from '../../transport/index.ts'
import { confirmOnRelay, openOwnedRoom, openRoom, type ShareNetOptions } from '../share/index.ts'
import { MAILBOX_SEED_LENGTH, mailboxFromSeed } from './pairing-mailbox.ts'

/** Path of the pairing page; links are `<appOrigin>/appairer#room=…&token=…&key=…`. */
export const PAIR_PATH = '/appairer'

/** A device paired to the private room (kept by the owner device, to remove it later). */
export interface PairedDevice {
  tokenId: string
  label: string
  /** ISO timestamps. */
  pairedAt: string
  expiresAt: string
}

/** A capability for a new device: the link / QR text and the record to keep. */
export interface Pairing {
  link: string
  capability: RoomCapability
  device: PairedDevice
  /** The device's mailbox capability inside the link (when made with a mailbox). */
  mailbox?: RoomCapability
}

/** What a pairing link carries: the private room's capability, and the device's mailbox. */
export interface PairingLink extends RoomCapability {
  mailbox?: RoomCapability
}

/** Mints a write capability of the private room for a new device (valid 400 days by default);
 * with `mailboxSeed` the link also carries the seed of the device's mailbox (`&mbox=…`, see
 * mailboxFromSeed). */
export function pairingCapability(
  room: RoomSecrets,
  options: {
    appOrigin: string
    label: string
    lifetimeSeconds?: number
    now?: Date
    mailboxSeed?: Uint8Array
  },
): Pairing {
  const now = options.now ?? new Date()
  const nowSeconds = Math.floor(now.getTime() / 1000)
  const minted = mintRoomToken(
    room.signingSecret,
    'write',
    options.lifetimeSeconds ?? MAX_TOKEN_LIFETIME_SECONDS,
    nowSeconds,
  )
  const capability = { roomId: room.roomId, token: minted.token, roomKey: room.roomKey }
  const device = {
    tokenId: minted.tokenId,
    label: options.label,
    pairedAt: now.toISOString(),
    expiresAt: new Date(minted.expiresAt * 1000).toISOString(),
  }
  const link = roomLink(options.appOrigin, capability, PAIR_PATH)
  if (!options.mailboxSeed) return { link, capability, device }
  const mailbox = mailboxCapabilityOf(mailboxFromSeed(options.mailboxSeed), nowSeconds)
  return { link: `${link}&mbox=${toBase64Url(options.mailboxSeed)}`, capability, device, mailbox }
}

/** A write capability (fresh token) of a mailbox room. */
export function mailboxCapabilityOf(
  mailbox: RoomSecrets,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): RoomCapability {
  const { token } = mintRoomToken(mailbox.signingSecret, 'write', MAX_TOKEN_LIFETIME_SECONDS, nowSeconds)
  return { roomId: mailbox.roomId, token, roomKey: mailbox.roomKey }
}

/** Why a pairing link cannot be used. */
export type PairCode = 'link-malformed' | 'link-bad-token' | 'link-wrong-role' | 'link-expired'

/** On the new device: checks a pairing link (or its fragment) and returns the capability (with
 * the device's mailbox when the link carries one). */
export function readPairingLink(input: string, now: Date = new Date()): Result<PairingLink, PairCode> {
  const hash = input.indexOf('#')
  const fragment = hash < 0 ? input : input.slice(hash + 1)
  const capability = parseRoomFragment(fragment)
  if (!capability) return fail('link-malformed')
  const nowSeconds = Math.floor(now.getTime() / 1000)
  const claims = verifyToken(capability.token, capability.roomId, nowSeconds)
  if (!claims.ok) return fail(claims.code === 'token-expired' ? 'link-expired' : 'link-bad-token')
  if (claims.value.role !== 'write') return fail('link-wrong-role')
  const params = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment)
  const mbox = params.get('mbox')
  if (mbox === null) return ok(capability)
  const seed = fromBase64Url(mbox)
  if (seed?.length !== MAILBOX_SEED_LENGTH) return fail('link-malformed')
  return ok({ ...capability, mailbox: mailboxCapabilityOf(mailboxFromSeed(seed), nowSeconds) })
}

/** Binds a device's booklet doc to the private room with a capability (two-way sync). */
export function connectPrivateRoom(
  doc: Y.Doc,
  capability: RoomCapability,
  net: ShareNetOptions,
  backoff: Partial<BackoffOptions> = {},
): SealedRoom {
  return openRoom(capability, doc, 'write', net, { ...backoff, batchMs: 150 })
}

/** Result of a re-key: the new room's secrets, the owner's connection to it, and a new pairing
 * for each remaining device. */
export interface Rekeyed {
  secrets: RoomSecrets
  room: SealedRoom
  pairings: Pairing[]
}

/** Removes devices (revokes their tokens in the old room) and re-keys: the whole booklet `doc` is
 * sealed into a new room under a new key, checked on the relay, and the remaining devices get new
 * capabilities. The old room stays until retirePrivateRoom (remaining devices may still be on it). */
export async function removeDevicesAndRekey(
  doc: Y.Doc,
  old: RoomSecrets,
  removed: readonly PairedDevice[],
  remaining: readonly Pick<PairedDevice, 'label'>[],
  net: ShareNetOptions & { appOrigin?: string; now?: Date },
): Promise<Result<Rekeyed, string>> {
  if (removed.length > 0) {
    const revoked = await postStatement(net.relayOrigin, old.signingSecret, {
      type: 'revoke',
      room: old.roomId,
      tokenIds: removed.map((d) => d.tokenId),
    })
    if (!revoked.ok && revoked.code !== 'room-gone') return revoked
  }
  const secrets = createRoom()
  const room = openOwnedRoom(secrets, doc, 'write', net, { batchMs: 150 })
  // After its first sync the room pushes what the doc holds that the (empty) room lacks: the
  // whole booklet as one sealed entry.
  const synced = await waitForRoom(room, () => true, net.timeoutMs ?? 10_000)
  const confirmed = synced.ok ? await confirmOnRelay(secrets, doc, net) : fail('share-unreachable')
  if (!confirmed.ok) {
    room.destroy()
    return confirmed
  }
  const appOrigin = net.appOrigin ?? net.relayOrigin
  const pairings = remaining.map((d) =>
    pairingCapability(secrets, { appOrigin, label: d.label, ...(net.now ? { now: net.now } : {}) }),
  )
  return ok({ secrets, room, pairings })
}

/** Hands each remaining device (in the order given to removeDevicesAndRekey) its new pairing with
 * `send` (its mailbox); at the first failure the rekey is abandoned and that code returned. */
export async function handOutPairings<D>(
  rekeyed: Rekeyed,
  devices: readonly D[],
  net: Pick<ShareNetOptions, 'relayOrigin'>,
  send: (device: D, pairing: Pairing) => Promise<Result<unknown, string>>,
): Promise<Result<{ device: D; pairing: Pairing }[], string>> {
  const handed: { device: D; pairing: Pairing }[] = []
  for (const [i, device] of devices.entries()) {
    const pairing = rekeyed.pairings[i]
    if (!pairing) throw new Error('handOutPairings: one pairing per remaining device')
    const sent = await send(device, pairing)
    if (!sent.ok) {
      await abandonRekey(rekeyed, net)
      return fail(sent.code)
    }
    handed.push({ device, pairing })
  }
  return ok(handed)
}

/** Drops a rekey that could not reach every remaining device: closes the new room and deletes it
 * (the devices stay on the old room). */
export async function abandonRekey(
  rekeyed: Rekeyed,
  net: Pick<ShareNetOptions, 'relayOrigin'>,
): Promise<void> {
  rekeyed.room.destroy()
  await retirePrivateRoom(rekeyed.secrets, net)
}

/** Deletes the old private room once every remaining device has moved to the new one. */
export function retirePrivateRoom(old: RoomSecrets, net: Pick<ShareNetOptions, 'relayOrigin'>) {
  return postStatement(net.relayOrigin, old.signingSecret, { type: 'delete', room: old.roomId })
}
