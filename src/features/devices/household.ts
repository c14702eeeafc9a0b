// The household: a small sealed room beside the private room, derived from the private room's key
// (so every device of the room, and only those, can open it; a re-key makes a new household too).
// It is what lets ANY of the person's devices remove another one, not only the one that created
// the room (issue 12, point 4). It holds:
// - 'keeper' → 'sign': the private room's signing secret (revoke tokens, delete the room, re-key);
// - 'devices': one entry per device, written by the device itself — its name, its mailbox (write
//   capability), its room token's id and the public half of its box key (device-box.ts);
// - 'records': the shares, requests and inboxes the person opened, newest write wins
//   (household-records.ts), so a share made on the phone can be withdrawn from the desktop.
// A removed device keeps what it knew of the OLD household; the new room's key reaches the others
// sealed to their box keys, so nothing it holds opens the new household or the new room.
import { ed25519 } from '@noble/curves/ed25519.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import * as v from 'valibot'
import type * as Y from 'yjs'
import { jsonValue } from '../../domain/index.ts'
import {
  decodeTokenUnverified,
  fromBase64Url,
  isRoomId,
  roomIdFromPublicKey,
  toBase64Url,
} from '../../protocol/index.ts'
import {
  MAX_TOKEN_LIFETIME_SECONDS,
  mintRoomToken,
  type RoomCapability,
  type RoomSecrets,
} from '../../transport/index.ts'
import { boxPublicKey } from './device-box.ts'
import type { SelfRecord } from './records.ts'

const text = new TextEncoder()
const SALT = text.encode('livret-household-v1')

/** The household room of a private room key (HKDF-SHA-256, info 'sign' / 'key'). */
export function householdRoomOf(roomKey: Uint8Array): RoomSecrets {
  const signingSecret = hkdf(sha256, roomKey, SALT, text.encode('sign'), 32)
  const key = hkdf(sha256, roomKey, SALT, text.encode('key'), 32)
  return { roomId: roomIdFromPublicKey(ed25519.getPublicKey(signingSecret)), signingSecret, roomKey: key }
}

/** A write capability of the household of a private room key. */
export function householdCapability(roomKey: Uint8Array): RoomCapability {
  const secrets = householdRoomOf(roomKey)
  const { token } = mintRoomToken(secrets.signingSecret, 'write', MAX_TOKEN_LIFETIME_SECONDS)
  return { roomId: secrets.roomId, token, roomKey: secrets.roomKey }
}

/** One device as the household lists it; `id` is its mailbox's room id. */
export interface HouseholdDevice {
  id: string
  label: string
  pairedAt: string
  /** Its current write token in the private room (absent for a device that mints its own). */
  tokenId?: string
  mailbox: RoomCapability
  /** Public half of its box key. */
  box?: Uint8Array
}

/** What the household holds. */
export interface Household {
  signingSecret?: Uint8Array
  devices: HouseholdDevice[]
}

const Iso = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s))),
)
const B64 = v.pipe(v.string(), v.maxLength(200))
const EntrySchema = v.object({
  label: v.pipe(v.string(), v.maxLength(80)),
  pairedAt: Iso,
  tokenId: v.optional(v.pipe(v.string(), v.regex(/^[0-9a-f]{32}$/))),
  mailbox: v.object({
    room: v.pipe(
      v.string(),
      v.check((s) => isRoomId(s)),
    ),
    token: v.pipe(v.string(), v.maxLength(400)),
    key: B64,
  }),
  box: v.optional(B64),
})

/** Reads a household doc; entries that do not parse are left out (never trusted). */
export function readHousehold(doc: Y.Doc): Household {
  const out: Household = { devices: [] }
  const sign = doc.getMap<unknown>('keeper').get('sign')
  const secret = typeof sign === 'string' ? fromBase64Url(sign) : undefined
  if (secret?.length === 32) out.signingSecret = secret
  for (const [id, raw] of doc.getMap<unknown>('devices').entries()) {
    const e = v.safeParse(EntrySchema, jsonValue(raw, 4000))
    if (!e.success || e.output.mailbox.room !== id || !isRoomId(id)) continue
    const key = fromBase64Url(e.output.mailbox.key)
    const box = e.output.box === undefined ? undefined : fromBase64Url(e.output.box)
    if (key?.length !== 32 || (box !== undefined && box?.length !== 32)) continue
    out.devices.push({
      id,
      label: e.output.label,
      pairedAt: e.output.pairedAt,
      ...(e.output.tokenId ? { tokenId: e.output.tokenId } : {}),
      mailbox: { roomId: id, token: e.output.mailbox.token, roomKey: key },
      ...(box ? { box } : {}),
    })
  }
  out.devices.sort((a, b) => a.pairedAt.localeCompare(b.pairedAt))
  return out
}

/** Writes (or replaces) a device's entry. */
export function writeHouseholdDevice(doc: Y.Doc, d: HouseholdDevice): void {
  const entry = {
    label: d.label.slice(0, 80),
    pairedAt: d.pairedAt,
    ...(d.tokenId ? { tokenId: d.tokenId } : {}),
    mailbox: { room: d.mailbox.roomId, token: d.mailbox.token, key: toBase64Url(d.mailbox.roomKey) },
    ...(d.box ? { box: toBase64Url(d.box) } : {}),
  }
  const map = doc.getMap<unknown>('devices')
  const text = JSON.stringify(entry)
  if (map.get(d.mailbox.roomId) !== text) map.set(d.mailbox.roomId, text)
}

/** Writes the private room's signing secret (a keeper: the creator, or the device that re-keyed). */
export function writeHouseholdKeeper(doc: Y.Doc, signingSecret: Uint8Array): void {
  const map = doc.getMap<unknown>('keeper')
  const text = toBase64Url(signingSecret)
  if (map.get('sign') !== text) map.set('sign', text)
}

/** This device's household entry; undefined until it has a mailbox (see ensureDeviceKeys). */
export function householdEntryOf(self: SelfRecord): HouseholdDevice | undefined {
  const mailbox = self.mailbox
  if (!mailbox) return undefined
  const tokenId = self.role === 'member' ? decodeTokenUnverified(self.capability.token)?.tokenId : undefined
  return {
    id: mailbox.roomId,
    label: self.name ?? '',
    pairedAt: self.role === 'member' ? self.pairedAt : self.createdAt,
    ...(tokenId ? { tokenId } : {}),
    mailbox,
    ...(self.box ? { box: boxPublicKey(self.box) } : {}),
  }
}
