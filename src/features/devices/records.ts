// What this device keeps about the private room (records of kind 'pairing', src/storage/records.ts):
// - 'self': how this device belongs to the room (owner: the room's secrets; member: its capability
//   and mailbox, and the name it gave itself);
// - 'device:<mailbox room id>' (owner only): one per paired device, with its mailbox's secrets.
// Secrets are stored as bytes (version 2; version 1 kept base64url text, migrated on read) and
// checked with transport's capability schema when read back.
import * as v from 'valibot'
import { fromBase64Url } from '../../protocol/index.ts'
import { defineRecord } from '../../storage/index.ts'
import {
  type RoomCapability,
  RoomCapabilitySchema,
  type RoomSecrets,
  RoomSecretsSchema,
} from '../../transport/index.ts'
import { newBoxSecret } from './device-box.ts'
import { mailboxCapabilityOf } from './pairing.ts'
import { mailboxFromSeed, newMailboxSeed } from './pairing-mailbox.ts'
import type { OwnedDevice } from './private-devices.ts'
import type { PrivateLink } from './private-sync.ts'

const SELF = 'self'

const Iso = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s))),
)

const Box = v.pipe(
  v.instance(Uint8Array),
  v.check((b) => b.length === 32),
)
const SelfSchema = v.variant('role', [
  v.object({
    role: v.literal('owner'),
    secrets: RoomSecretsSchema,
    createdAt: Iso,
    mailbox: v.exactOptional(RoomCapabilitySchema),
    box: v.exactOptional(Box),
    name: v.exactOptional(v.string()),
  }),
  v.object({
    role: v.literal('member'),
    capability: RoomCapabilitySchema,
    mailbox: RoomCapabilitySchema,
    name: v.string(),
    pairedAt: Iso,
    box: v.exactOptional(Box),
  }),
])

/** How this device belongs to the private room, as stored. Every device (the creator too, since
 * issue 12) has a mailbox and a private box key, so that any other device can move it to a new
 * room after a removal (household.ts). */
export type SelfRecord =
  | {
      role: 'owner'
      secrets: RoomSecrets
      createdAt: string
      mailbox?: RoomCapability
      box?: Uint8Array
      name?: string
    }
  | {
      role: 'member'
      capability: RoomCapability
      mailbox: RoomCapability
      name: string
      pairedAt: string
      box?: Uint8Array
    }

const DeviceSchema = v.object({
  tokenId: v.string(),
  label: v.string(),
  pairedAt: Iso,
  expiresAt: Iso,
  mailbox: RoomSecretsSchema,
  lastSeenAt: v.optional(Iso),
})

/** A paired device as the owner keeps it (with when it was last seen, from the relay's log). */
export type DeviceRecord = OwnedDevice & { lastSeenAt?: string }

// Version 1 kept key material as base64url text; version 2 keeps bytes, like every other record
// that holds a room (transport's capability schema). A bad text makes the record damaged.
type Room = Record<string, unknown>
const decodeKeys = (room: unknown): Room => {
  const r = { ...(room as Room) }
  for (const k of ['signingSecret', 'roomKey'] as const) {
    if (typeof r[k] === 'string') r[k] = fromBase64Url(r[k])
  }
  return r
}
const selfFromV1 = (old: unknown): unknown => {
  const o = old as Room
  return o.role === 'owner'
    ? { ...o, secrets: decodeKeys(o.secrets) }
    : { ...o, capability: decodeKeys(o.capability), mailbox: decodeKeys(o.mailbox) }
}
const deviceFromV1 = (old: unknown): unknown => ({
  ...(old as Room),
  mailbox: decodeKeys((old as Room).mailbox),
})

// Both shapes share the kind 'pairing' (told apart by id: 'self' or 'device:…'), each versioned.
const selfRecords = defineRecord({
  kind: 'pairing',
  version: 2,
  schema: SelfSchema,
  migrations: { 1: selfFromV1 },
})
const deviceRecords = defineRecord({
  kind: 'pairing',
  version: 2,
  schema: DeviceSchema,
  migrations: { 1: deviceFromV1 },
})

/** This device's link to the private room; undefined when not paired (or the record is damaged). */
export async function loadSelf(): Promise<SelfRecord | undefined> {
  const r = await selfRecords.get(SELF)
  return r?.ok ? r.value : undefined
}

/** Stores this device's link to the private room. */
export function saveSelf(self: SelfRecord): Promise<void> {
  return selfRecords.put(SELF, self as v.InferInput<typeof SelfSchema>)
}

/** Forgets this device's link to the private room (and, for the owner, its devices). */
export async function forgetSelf(): Promise<void> {
  for (const d of await listDevices()) await deleteDevice(d)
  await selfRecords.delete(SELF)
}

/** The runtime link of a stored self record. */
export const selfLink = (self: SelfRecord): PrivateLink => {
  const box = self.box ? { box: self.box } : {}
  if (self.role === 'member')
    return { role: 'member', capability: self.capability, mailbox: self.mailbox, ...box }
  return { role: 'owner', secrets: self.secrets, ...(self.mailbox ? { mailbox: self.mailbox } : {}), ...box }
}

let keying: Promise<unknown> = Promise.resolve()

/** Gives this device what any other device needs to move it after a removal: a box key and (the
 * creator, which had none) a mailbox of its own. Saves the record when it changed. One at a time,
 * from the stored record: two callers (the runtime, the devices screen) get the same keys. */
export function ensureDeviceKeys(self: SelfRecord): Promise<SelfRecord> {
  const run = keying.then(async () => {
    const source = (await loadSelf()) ?? self
    if (source.box && source.mailbox) return source
    const next: SelfRecord = { ...source, box: source.box ?? newBoxSecret() }
    if (next.role === 'owner' && !next.mailbox)
      next.mailbox = mailboxCapabilityOf(mailboxFromSeed(newMailboxSeed()))
    await saveSelf(next)
    return next
  })
  keying = run.catch(() => undefined)
  return run
}

const deviceId = (d: Pick<OwnedDevice, 'mailbox'>) => `device:${d.mailbox.roomId}`

/** The devices paired by this (owner) device, oldest first. */
export async function listDevices(): Promise<DeviceRecord[]> {
  const rows = await deviceRecords.list()
  const out: DeviceRecord[] = []
  for (const r of rows) {
    if (!r.ok || !r.id.startsWith('device:')) continue
    const { lastSeenAt, ...rest } = r.value
    out.push(lastSeenAt ? { ...rest, lastSeenAt } : rest)
  }
  return out.sort((a, b) => a.pairedAt.localeCompare(b.pairedAt))
}

/** Stores (or replaces) a paired device. */
export function saveDevice(d: DeviceRecord): Promise<void> {
  return deviceRecords.put(deviceId(d), {
    tokenId: d.tokenId,
    label: d.label,
    pairedAt: d.pairedAt,
    expiresAt: d.expiresAt,
    mailbox: d.mailbox,
    ...(d.lastSeenAt ? { lastSeenAt: d.lastSeenAt } : {}),
  })
}

/** Forgets a paired device. */
export function deleteDevice(d: Pick<OwnedDevice, 'mailbox'>): Promise<void> {
  return deviceRecords.delete(deviceId(d))
}
