// Creating sealed rooms and handing out capabilities. A room has two secrets that never reach
// the relay: the Ed25519 signing secret (mints tokens and statements; stays with the owner) and
// the 32-byte AES room key (seals entries; travels only in URL fragments and QR codes).
import {
  fromBase64Url,
  generateRoomKey,
  generateRoomKeys,
  isRoomId,
  mintToken,
  type Role,
  type RoomId,
  toBase64Url,
  toHex,
} from '../protocol/index.ts'

/** Everything the owner of a new room keeps. */
export interface RoomSecrets {
  roomId: RoomId
  /** Ed25519 secret of the room: mints tokens and signs revocations. Never leaves the owner. */
  signingSecret: Uint8Array
  /** AES-GCM-256 key sealing the room's entries. Shared only through link fragments / QR codes. */
  roomKey: Uint8Array
}

/** What a party needs to join a room: where, with which capability, and the key. */
export interface RoomCapability {
  roomId: RoomId
  token: string
  roomKey: Uint8Array
}

/** Longest token lifetime the helpers mint (the relay keeps a room at most 400 days). */
export const MAX_TOKEN_LIFETIME_SECONDS = 400 * 24 * 3600

/** Creates a new room: signing key pair (its public half is the room id) and room key. */
export function createRoom(): RoomSecrets {
  const { roomId, signingSecret } = generateRoomKeys()
  return { roomId, signingSecret, roomKey: generateRoomKey() }
}

/** Mints a token for `role` valid `lifetimeSeconds` from now; returns the token and its id. */
export function mintRoomToken(
  signingSecret: Uint8Array,
  role: Role,
  lifetimeSeconds: number,
  nowSeconds: number = Math.floor(Date.now() / 1000),
): { token: string; tokenId: string; expiresAt: number } {
  if (
    !Number.isInteger(lifetimeSeconds) ||
    lifetimeSeconds <= 0 ||
    lifetimeSeconds > MAX_TOKEN_LIFETIME_SECONDS
  ) {
    throw new Error('token lifetime must be 1 s to 400 days')
  }
  const tokenId = toHex(globalThis.crypto.getRandomValues(new Uint8Array(16)))
  const expiresAt = nowSeconds + lifetimeSeconds
  const token = mintToken(signingSecret, { role, expiresAt, issuedAt: nowSeconds, tokenId })
  return { token, tokenId, expiresAt }
}

/**
 * The fragment of a room link: `room=<roomId>&token=<token>&key=<base64url room key>`.
 * It sits after `#`, so browsers never send it to any server (the relay sees the token only
 * when the client connects, never the key).
 */
export function encodeRoomFragment(capability: RoomCapability): string {
  return `room=${capability.roomId}&token=${capability.token}&key=${toBase64Url(capability.roomKey)}`
}

/** Reads a room link fragment (with or without the leading `#`); undefined when malformed. */
export function parseRoomFragment(fragment: string): RoomCapability | undefined {
  const params = new URLSearchParams(fragment.startsWith('#') ? fragment.slice(1) : fragment)
  const roomId = params.get('room')
  const token = params.get('token')
  const key = params.get('key')
  if (!roomId || !isRoomId(roomId) || !token || !key) return undefined
  const roomKey = fromBase64Url(key)
  if (roomKey?.length !== 32) return undefined
  return { roomId, token, roomKey }
}

/** A link to a page of the app that carries `fragment`: `<origin><path>#<fragment>`. */
export const appLink = (origin: string, path: string, fragment: string): string =>
  `${origin.replace(/\/+$/, '')}${path}#${fragment}`

/** A full room link: `<origin>/<path>#<fragment>`. */
export function roomLink(origin: string, capability: RoomCapability, path = '/join'): string {
  return appLink(origin, path, encodeRoomFragment(capability))
}

/** A room this device owns: its secrets and a write token for itself. */
export type OwnedRoom = { secrets: RoomSecrets; writeToken: string; expiresAt: number }

/** Creates a room this device owns, with a write token valid `lifetime` seconds. */
export function ownRoom(lifetime: number, nowSeconds: number): OwnedRoom {
  const secrets = createRoom()
  const write = mintRoomToken(secrets.signingSecret, 'write', lifetime, nowSeconds)
  return { secrets, writeToken: write.token, expiresAt: write.expiresAt }
}

/** A capability on an owned room for someone else: its id, a fresh token of `role`, its key. */
export function capabilityOf(
  room: OwnedRoom,
  role: Role,
  lifetime: number,
  nowSeconds: number,
): RoomCapability {
  const { roomId, signingSecret, roomKey } = room.secrets
  return { roomId, token: mintRoomToken(signingSecret, role, lifetime, nowSeconds).token, roomKey }
}

/** Rooms this device owns for `days` from `now`, one per name, each with a capability of the
 * name's role for someone else (a link hands the capabilities over; the device keeps the rooms). */
export function ownRooms<K extends string>(
  roles: Record<K, Role>,
  days: number,
  now: Date,
): { rooms: Record<K, OwnedRoom>; capabilities: Record<K, RoomCapability> } {
  const nowSeconds = Math.floor(now.getTime() / 1000)
  const lifetime = days * 86_400
  const rooms = {} as Record<K, OwnedRoom>
  const capabilities = {} as Record<K, RoomCapability>
  for (const [name, role] of Object.entries(roles) as [K, Role][]) {
    rooms[name] = ownRoom(lifetime, nowSeconds)
    capabilities[name] = capabilityOf(rooms[name], role, lifetime, nowSeconds)
  }
  return { rooms, capabilities }
}
