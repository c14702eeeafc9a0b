// Room ids: the base64url form of the room's Ed25519 public key, so that anyone holding the
// id can verify what the room key signed (tokens, statements) without any stored secret.
import { ed25519 } from '@noble/curves/ed25519.js'
import { fromBase64Url, toBase64Url } from './base64url.ts'

/** Id of a sealed room: base64url (43 chars) of its 32-byte Ed25519 public key. */
export type RoomId = string & { readonly __brand: 'RoomId' }

/** Length of a room id string. */
export const ROOM_ID_LENGTH = 43

/** Room id of a room public key. */
export function roomIdFromPublicKey(publicKey: Uint8Array): RoomId {
  if (publicKey.length !== 32) throw new Error('room public key must be 32 bytes')
  return toBase64Url(publicKey) as RoomId
}

/** The 32-byte public key inside a room id, or undefined when it is not one. */
export function publicKeyFromRoomId(id: string): Uint8Array | undefined {
  if (typeof id !== 'string' || id.length !== ROOM_ID_LENGTH) return undefined
  const bytes = fromBase64Url(id)
  return bytes?.length === 32 ? bytes : undefined
}

/** Whether a string is a well-formed room id. */
export function isRoomId(s: unknown): s is RoomId {
  return typeof s === 'string' && publicKeyFromRoomId(s) !== undefined
}

/** Creates a new room signing key pair and its id. */
export function generateRoomKeys(): { roomId: RoomId; signingSecret: Uint8Array; signingPublic: Uint8Array } {
  const signingSecret = ed25519.utils.randomSecretKey()
  const signingPublic = ed25519.getPublicKey(signingSecret)
  return { roomId: roomIdFromPublicKey(signingPublic), signingSecret, signingPublic }
}

/** Lower-case hex of bytes (token ids). */
export function toHex(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += b.toString(16).padStart(2, '0')
  return s
}

/** Bytes of a lower-case hex string, or undefined. */
export function fromHex(hex: string): Uint8Array | undefined {
  if (typeof hex !== 'string' || hex.length % 2 !== 0 || !/^[0-9a-f]*$/.test(hex)) return undefined
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}
