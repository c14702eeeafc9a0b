// did:key for Ed25519 public keys (did:key method spec, Multikey): the key is prefixed with the
// multicodec ed25519-pub varint (0xed 0x01) and written as multibase base58btc ('z6Mk…').
// The verification method id is the DID, '#', and the same multibase value.
import { multibaseDecode, multibaseEncode } from './base58.ts'

const ED25519_PUB_PREFIX = [0xed, 0x01] as const
const ED25519_PUB_LENGTH = 32

/** A did:key string (`did:key:z6Mk…`). */
export type DidKey = string & { readonly __brand: 'DidKey' }

/** The Multikey `publicKeyMultibase` of an Ed25519 public key: 'z6Mk…'. */
export const publicKeyMultibase = (publicKey: Uint8Array): string => {
  if (publicKey.length !== ED25519_PUB_LENGTH) throw new Error('ed25519 public key must be 32 bytes')
  const bytes = new Uint8Array(2 + ED25519_PUB_LENGTH)
  bytes.set(ED25519_PUB_PREFIX, 0)
  bytes.set(publicKey, 2)
  return multibaseEncode(bytes)
}

/** Decodes 'z6Mk…' back to the 32-byte Ed25519 public key; null when it is anything else. */
export const publicKeyFromMultibase = (multibase: string): Uint8Array | null => {
  const bytes = multibaseDecode(multibase)
  if (bytes?.length !== 2 + ED25519_PUB_LENGTH) return null
  if (bytes[0] !== ED25519_PUB_PREFIX[0] || bytes[1] !== ED25519_PUB_PREFIX[1]) return null
  return bytes.slice(2)
}

/** The did:key of an Ed25519 public key. */
export const didKeyFromPublicKey = (publicKey: Uint8Array): DidKey =>
  `did:key:${publicKeyMultibase(publicKey)}` as DidKey

/** The Ed25519 public key inside a did:key (with or without a '#fragment'); null if not one. */
export const publicKeyFromDidKey = (did: string): Uint8Array | null => {
  const m = /^did:key:(z[1-9A-HJ-NP-Za-km-z]+)(?:#(z[1-9A-HJ-NP-Za-km-z]+))?$/.exec(did)
  if (!m?.[1]) return null
  if (m[2] !== undefined && m[2] !== m[1]) return null
  return publicKeyFromMultibase(m[1])
}

/** The verification method id of a did:key: `did:key:z…#z…`. */
export const verificationMethodId = (did: DidKey): string => `${did}#${did.slice('did:key:'.length)}`

/** The did:key a verification method id belongs to, when it is exactly `did:key:z…#z…`. */
export const didOfVerificationMethod = (vm: string): DidKey | null => {
  const hash = vm.indexOf('#')
  if (hash < 0) return null
  const did = vm.slice(0, hash)
  if (publicKeyFromDidKey(did) === null || verificationMethodId(did as DidKey) !== vm) return null
  return did as DidKey
}
