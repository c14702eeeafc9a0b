// A trainer's signing identity: an Ed25519 key pair made on the device, its did:key, and a short
// fingerprint two people can read aloud and compare face to face.
//
// Fingerprint decision: the first 10 bytes (80 bits) of SHA-256(public key) in Crockford base32,
// 16 characters in 4 groups of 4 ("7K3M-Q2XD-9HRT-4WNB").
// - 80 bits divide exactly into 16 base32 characters: whole groups, no padding, and forging a key
//   with the same fingerprint costs about 2^80 work (64 bits would be within reach of a big budget).
// - Crockford's alphabet has no I, L, O or U: nothing to confuse with 1 or 0 when read aloud or
//   copied by hand, and letters and digits are spelled the same way in French, Dutch and English.
// - A word list would be friendlier for some people but needs a large list per language (and a
//   holder learning French may not know the words); characters work for everyone.
import { ed25519 } from '@noble/curves/ed25519.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { multibaseDecode, multibaseEncode } from './base58.ts'
import { type DidKey, didKeyFromPublicKey, verificationMethodId } from './did-key.ts'

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
// Multicodec ed25519-priv (0x1300) as a varint, the Multikey `secretKeyMultibase` prefix.
const ED25519_PRIV_PREFIX = [0x80, 0x26] as const

/** A trainer's key pair: 32-byte Ed25519 seed (secret) and public key. */
export type TrainerKeys = { secretKey: Uint8Array; publicKey: Uint8Array }

/** What others see of a trainer's key. */
export type TrainerKeyInfo = {
  did: DidKey
  verificationMethod: string
  fingerprint: string
}

/** Generates a fresh key pair with the platform's secure random source. */
export const generateTrainerKeys = (): TrainerKeys => {
  const { secretKey, publicKey } = ed25519.keygen()
  return { secretKey, publicKey }
}

/** Rebuilds the key pair from a 32-byte secret key (seed). */
export const trainerKeysFromSecret = (secretKey: Uint8Array): TrainerKeys => {
  if (secretKey.length !== 32) throw new Error('ed25519 secret key must be 32 bytes')
  return { secretKey: secretKey.slice(), publicKey: ed25519.getPublicKey(secretKey) }
}

/** Crockford base32 of bytes, most significant bit first; trailing bits are zero-padded. */
export const crockfordBase32 = (bytes: Uint8Array): string => {
  let out = ''
  let buffer = 0
  let bits = 0
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bits += 8
    while (bits >= 5) {
      bits -= 5
      out += CROCKFORD[(buffer >> bits) & 31]
    }
    buffer &= (1 << bits) - 1
  }
  if (bits > 0) out += CROCKFORD[(buffer << (5 - bits)) & 31]
  return out
}

/** Fingerprint of a public key: 16 Crockford base32 characters of SHA-256, in groups of 4. */
export const fingerprintOf = (publicKey: Uint8Array): string => {
  const chars = crockfordBase32(sha256(publicKey).slice(0, 10))
  return chars.match(/.{4}/g)?.join('-') ?? chars
}

/** The did:key, verification method id and fingerprint of a public key. */
export const keyInfo = (publicKey: Uint8Array): TrainerKeyInfo => {
  const did = didKeyFromPublicKey(publicKey)
  return { did, verificationMethod: verificationMethodId(did), fingerprint: fingerprintOf(publicKey) }
}

/** The secret key as a Multikey `secretKeyMultibase` ('z3u2…'), for a backup file. */
export const exportSecretKey = (keys: TrainerKeys): string => {
  const bytes = new Uint8Array(34)
  bytes.set(ED25519_PRIV_PREFIX, 0)
  bytes.set(keys.secretKey, 2)
  return multibaseEncode(bytes)
}

/** Reads a `secretKeyMultibase` back into a key pair; null when it is not an Ed25519 secret key. */
export const importSecretKey = (multibase: string): TrainerKeys | null => {
  const bytes = multibaseDecode(multibase)
  if (bytes?.length !== 34) return null
  if (bytes[0] !== ED25519_PRIV_PREFIX[0] || bytes[1] !== ED25519_PRIV_PREFIX[1]) return null
  return trainerKeysFromSecret(bytes.slice(2))
}
