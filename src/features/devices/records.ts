// What this device keeps about the private room (records of kind 'pairing', src/storage/records.ts):
// - 'self': how this device belongs to the room (owner: the room's secrets; member: its capability
//   and mailbox, and the name it gave itself);
// - 'device:<mailbox room id>' (owner only): one per paired device, with its mailbox's secrets.
// Secrets are stored as base64url text and checked with valibot when read back.
import * as v from 'valibot'
import { fromBase64Url, isRoomId, type RoomId, toBase64Url } from '../../protocol/index.ts'
import { defineRecord } from '../../storage/index.ts'
import type { RoomCapability, RoomSecrets } from '../../transport/index.ts'
import type { OwnedDevice } from './private-devices.ts'
import type { PrivateLink } from './private-sync.ts'

const SELF = 'self'

const RoomIdSchema = v.pipe(
  v.string(),
  v.check((s) => isRoomId(s)),
  v.transform((s) => s as RoomId),
)
const Bytes32 = v.pipe(
  v.string(),
  v.transform((s) => fromBase64Url(s)),
  v.check((b): b is Uint8Array => b?.length === 32),
  v.transform((b) => b as Uint8Array),
)
const SecretsSchema = v.object({ roomId: RoomIdSchema, signingSecret: Bytes32, roomKey: Bytes32 })
const CapabilitySchema = v.object({ roomId: RoomIdSchema, token: v.string(), roomKey: Bytes32 })
const Iso = v.pipe(
  v.string(),
  v.check((s) => !Number.isNaN(Date.parse(s))),
)

const SelfSchema = v.variant('role', [
  v.object({ role: v.literal('owner'), secrets: SecretsSchema, createdAt: Iso }),
  v.object({
    role: v.literal('member'),
    capability: CapabilitySchema,
    mailbox: CapabilitySchema,
    name: v.string(),
    pairedAt: Iso,
  }),
])

/** How this device belongs to the private room, as stored. */
export type SelfRecord =
  | { role: 'owner'; secrets: RoomSecrets; createdAt: string }
  | { role: 'member'; capability: RoomCapability; mailbox: RoomCapability; name: string; pairedAt: string }

const DeviceSchema = v.object({
  tokenId: v.string(),
  label: v.string(),
  pairedAt: Iso,
  expiresAt: Iso,
  mailbox: SecretsSchema,
  lastSeenAt: v.optional(Iso),
})

/** A paired device as the owner keeps it (with when it was last seen, from the relay's log). */
export type DeviceRecord = OwnedDevice & { lastSeenAt?: string }

// Both shapes share the kind 'pairing' (told apart by id: 'self' or 'device:…'), each versioned.
const selfRecords = defineRecord({ kind: 'pairing', version: 1, schema: SelfSchema })
const deviceRecords = defineRecord({ kind: 'pairing', version: 1, schema: DeviceSchema })

const b64 = toBase64Url
const secretsOut = (s: RoomSecrets) => ({
  roomId: s.roomId,
  signingSecret: b64(s.signingSecret),
  roomKey: b64(s.roomKey),
})
const capOut = (c: RoomCapability) => ({ roomId: c.roomId, token: c.token, roomKey: b64(c.roomKey) })

/** This device's link to the private room; undefined when not paired (or the record is damaged). */
export async function loadSelf(): Promise<SelfRecord | undefined> {
  const r = await selfRecords.get(SELF)
  return r?.ok ? r.value : undefined
}

/** Stores this device's link to the private room. */
export function saveSelf(self: SelfRecord): Promise<void> {
  const value =
    self.role === 'owner'
      ? { role: 'owner' as const, secrets: secretsOut(self.secrets), createdAt: self.createdAt }
      : {
          role: 'member' as const,
          capability: capOut(self.capability),
          mailbox: capOut(self.mailbox),
          name: self.name,
          pairedAt: self.pairedAt,
        }
  return selfRecords.put(SELF, value)
}

/** Forgets this device's link to the private room (and, for the owner, its devices). */
export async function forgetSelf(): Promise<void> {
  for (const d of await listDevices()) await deleteDevice(d)
  await selfRecords.delete(SELF)
}

/** The runtime link of a stored self record. */
export const selfLink = (self: SelfRecord): PrivateLink =>
  self.role === 'owner'
    ? { role: 'owner' as const, secrets: self.secrets }
    : { role: 'member', capability: self.capability, mailbox: self.mailbox }

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
    mailbox: secretsOut(d.mailbox),
    ...(d.lastSeenAt ? { lastSeenAt: d.lastSeenAt } : {}),
  })
}

/** Forgets a paired device. */
export function deleteDevice(d: Pick<OwnedDevice, 'mailbox'>): Promise<void> {
  return deviceRecords.delete(deviceId(d))
}
