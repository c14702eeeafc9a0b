// Capability tokens. A token is the room key's signature over a 58-byte payload:
//   version u8 (1) | role u8 (1 read, 2 append, 3 write) | issuedAt u32 BE | expiresAt u32 BE
//   | tokenId 16 bytes | room public key 32 bytes
// signed with Ed25519 over ASCII "livret-token-v1" || payload. Token string =
// base64url(payload || signature). The relay verifies it with the public key inside the
// room id, so it stores no secret and knows no account.
import { ed25519 } from '@noble/curves/ed25519.js'
import { fail, ok, type Result } from '../domain/result.ts'
import { fromBase64Url, toBase64Url } from './base64url.ts'
import { contextMessage } from './context.ts'
import { fromHex, publicKeyFromRoomId, type RoomId, roomIdFromPublicKey, toHex } from './ids.ts'

/** Version byte of the token payload. */
export const TOKEN_VERSION = 1
/** Domain separation prefix of token signatures. */
export const TOKEN_CONTEXT = 'livret-token-v1'
/** Bytes of a token payload. */
export const TOKEN_PAYLOAD_LENGTH = 58
/** Bytes of a whole token (payload and signature). */
export const TOKEN_LENGTH = TOKEN_PAYLOAD_LENGTH + 64

/** What a token allows in its room. */
export type Role = 'read' | 'append' | 'write'

/** Wire byte of each role. */
export const ROLE_BYTE: Record<Role, number> = { read: 1, append: 2, write: 3 }
const ROLE_OF_BYTE: Record<number, Role> = { 1: 'read', 2: 'append', 3: 'write' }

/** A verified token. */
export interface TokenClaims {
  role: Role
  issuedAt: number
  expiresAt: number
  /** 32 lower-case hex characters. */
  tokenId: string
  roomId: RoomId
}

/** Why a token is refused. */
export type TokenError = 'token-malformed' | 'token-bad-signature' | 'token-wrong-room' | 'token-expired'

const signedMessage = contextMessage(TOKEN_CONTEXT)

function isU32(n: number): boolean {
  return Number.isInteger(n) && n >= 0 && n <= 0xffffffff
}

/** Mints a token for the room of `signingSecret`. */
export function mintToken(
  signingSecret: Uint8Array,
  options: { role: Role; expiresAt: number; issuedAt?: number; tokenId?: string },
): string {
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000)
  if (!isU32(issuedAt) || !isU32(options.expiresAt)) throw new Error('token times must be u32 seconds')
  const tokenId = options.tokenId
    ? fromHex(options.tokenId)
    : globalThis.crypto.getRandomValues(new Uint8Array(16))
  if (tokenId?.length !== 16) throw new Error('token id must be 32 hex characters')
  const payload = new Uint8Array(TOKEN_PAYLOAD_LENGTH)
  const view = new DataView(payload.buffer)
  payload[0] = TOKEN_VERSION
  payload[1] = ROLE_BYTE[options.role]
  view.setUint32(2, issuedAt)
  view.setUint32(6, options.expiresAt)
  payload.set(tokenId, 10)
  payload.set(ed25519.getPublicKey(signingSecret), 26)
  const signature = ed25519.sign(signedMessage(payload), signingSecret)
  const token = new Uint8Array(TOKEN_LENGTH)
  token.set(payload)
  token.set(signature, TOKEN_PAYLOAD_LENGTH)
  return toBase64Url(token)
}

/** Reads a token's claims without checking the signature (for logs and UI only). */
export function decodeTokenUnverified(token: string): TokenClaims | undefined {
  if (typeof token !== 'string' || token.length > 200) return undefined
  const bytes = fromBase64Url(token)
  if (bytes?.length !== TOKEN_LENGTH || bytes[0] !== TOKEN_VERSION) return undefined
  const role = ROLE_OF_BYTE[bytes[1] as number]
  if (!role) return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return {
    role,
    issuedAt: view.getUint32(2),
    expiresAt: view.getUint32(6),
    tokenId: toHex(bytes.subarray(10, 26)),
    roomId: roomIdFromPublicKey(bytes.slice(26, 58)),
  }
}

/** Verifies a token for `roomId` at `nowSeconds`. */
export function verifyToken(
  token: string,
  roomId: string,
  nowSeconds: number,
): Result<TokenClaims, TokenError> {
  const claims = decodeTokenUnverified(token)
  if (!claims) return fail('token-malformed')
  const roomKey = publicKeyFromRoomId(roomId)
  if (!roomKey) return fail('token-wrong-room')
  if (claims.roomId !== roomId) return fail('token-wrong-room')
  const bytes = fromBase64Url(token) as Uint8Array
  let valid = false
  try {
    valid = ed25519.verify(
      bytes.subarray(TOKEN_PAYLOAD_LENGTH),
      signedMessage(bytes.subarray(0, TOKEN_PAYLOAD_LENGTH)),
      roomKey,
      { zip215: false },
    )
  } catch {
    valid = false
  }
  if (!valid) return fail('token-bad-signature')
  if (nowSeconds >= claims.expiresAt) return fail('token-expired')
  return ok(claims)
}
