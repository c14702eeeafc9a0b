// One schema for what a record keeps of a room: the room id, its key material (32-byte signing
// secret and AES key) and, for a party, its token. Every device record that holds a room — shares,
// validation inboxes, proposal inboxes and answers, pairing — builds on these, so a room is checked
// the same way wherever it is read back.
import * as v from 'valibot'
import { fromBase64Url, isRoomId, type RoomId, toBase64Url } from '../protocol/index.ts'
import type { RoomCapability } from './room-keys.ts'

/** A room id (base58 Ed25519 public key), branded once checked. */
export const RoomIdSchema = v.pipe(
  v.string(),
  v.check((s) => isRoomId(s), 'invalid-room'),
  v.transform((s) => s as RoomId),
)

/** 32 bytes of key material (the room's signing secret or AES key). */
export const KeyBytesSchema = v.pipe(
  v.custom<Uint8Array>((x) => x instanceof Uint8Array, 'invalid-key'),
  v.check((b) => b.length === 32, 'invalid-key'),
)

/** A token handed to a party (read or write); bounded, checked by the relay. */
export const TokenSchema = v.pipe(v.string(), v.maxLength(2_000, 'too-long'))

/** What the owner of a room keeps (RoomSecrets). */
export const RoomSecretsSchema = v.object({
  roomId: RoomIdSchema,
  signingSecret: KeyBytesSchema,
  roomKey: KeyBytesSchema,
})

/** A party's token for a room without the room's key: enough to ask the relay about the token, not
 * to read the room (a received snapshot's record keeps only this). Strict: a value with a `roomKey`
 * is a RoomCapability or nothing, never a token with its bad key dropped. */
export const RoomTokenSchema = v.strictObject({
  roomId: RoomIdSchema,
  token: TokenSchema,
})

/** What a party keeps to join a room (RoomCapability). */
export const RoomCapabilitySchema = v.object({
  ...RoomTokenSchema.entries,
  roomKey: KeyBytesSchema,
})

/** A room the device owns and hands a write token to (inboxes, answers): secrets, the token given
 * out, and its expiry in unix seconds. */
export const OwnedRoomSchema = v.object({
  ...RoomSecretsSchema.entries,
  writeToken: TokenSchema,
  expiresAt: v.number(),
})

/** The capability `<prefix>room`, `<prefix>token`, `<prefix>key` of a link's fragment parameters;
 * undefined when one is missing or malformed (links carry several rooms under different prefixes). */
export function capabilityFromParams(p: URLSearchParams, prefix: string): RoomCapability | undefined {
  const roomId = p.get(`${prefix}room`)
  const token = p.get(`${prefix}token`)
  const roomKey = fromBase64Url(p.get(`${prefix}key`) ?? '')
  if (!roomId || !isRoomId(roomId) || !token || roomKey?.length !== 32) return undefined
  return { roomId, token, roomKey }
}

/** The fragment parameters `<prefix>room`, `<prefix>token`, `<prefix>key` of a capability: what
 * capabilityFromParams reads back. */
export const capabilityParams = (c: RoomCapability, prefix = ''): Record<string, string> => ({
  [`${prefix}room`]: c.roomId,
  [`${prefix}token`]: c.token,
  [`${prefix}key`]: toBase64Url(c.roomKey),
})

/** The part of a link after its first '#', or the whole text when it is a bare fragment. */
export const fragmentOf = (link: string): string => {
  const hash = link.indexOf('#')
  return hash < 0 ? link : link.slice(hash + 1)
}
