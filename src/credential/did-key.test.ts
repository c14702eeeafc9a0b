import { ed25519 } from '@noble/curves/ed25519.js'
import { hexToBytes } from '@noble/hashes/utils.js'
import { describe, expect, it } from 'vitest'
import {
  type DidKey,
  didKeyFromPublicKey,
  didOfVerificationMethod,
  publicKeyFromDidKey,
  verificationMethodId,
} from './did-key.ts'

// did:key spec Ed25519 test vector: the key of the all-zero seed.
const ZERO_SEED_DID = 'did:key:z6MkiTBz1ymuepAQ4HEHYSF1H8quG5GLVVQR3djdX3mDooWp'
const ZERO_SEED_PUB = '3b6a27bcceb6a42d62a3a8d02a6f0d73653215771de243a63ac048a18b59da29'
// 1EdTech Open Badges 3.0 proof vector key.
const OB_PUB = '4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5'
const OB_MULTIBASE = 'z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi'

describe('did:key (Ed25519)', () => {
  it('matches the did:key spec vector, from the seed and from the public key', () => {
    expect(didKeyFromPublicKey(ed25519.getPublicKey(new Uint8Array(32)))).toBe(ZERO_SEED_DID)
    expect(didKeyFromPublicKey(hexToBytes(ZERO_SEED_PUB))).toBe(ZERO_SEED_DID)
    expect(publicKeyFromDidKey(ZERO_SEED_DID)).toEqual(hexToBytes(ZERO_SEED_PUB))
    expect(didKeyFromPublicKey(hexToBytes(OB_PUB))).toBe(`did:key:${OB_MULTIBASE}`)
  })

  it('round-trips fresh keys and builds the verification method id', () => {
    const { publicKey } = ed25519.keygen()
    const did = didKeyFromPublicKey(publicKey)
    expect(did).toMatch(/^did:key:z6Mk/)
    expect(publicKeyFromDidKey(did)).toEqual(publicKey)
    const vm = verificationMethodId(did)
    expect(vm).toBe(`${did}#${did.slice(8)}`)
    expect(didOfVerificationMethod(vm)).toBe(did)
    expect(publicKeyFromDidKey(vm)).toEqual(publicKey)
  })

  it('refuses other key types, lengths, fragments and methods', () => {
    const other = didKeyFromPublicKey(ed25519.keygen().publicKey)
    expect(publicKeyFromDidKey('did:key:zDnaerx9CtbPJ1q36T5Ln5wYt3MQYeGRG5ehnPAmxcf5mDZpv')).toBeNull() // P-256
    expect(publicKeyFromDidKey('did:key:z6Mk')).toBeNull()
    expect(publicKeyFromDidKey(`did:web:${OB_MULTIBASE}`)).toBeNull()
    expect(didOfVerificationMethod(`${ZERO_SEED_DID}#${other.slice(8)}`)).toBeNull()
    expect(didOfVerificationMethod(ZERO_SEED_DID)).toBeNull()
    expect(didOfVerificationMethod(`${ZERO_SEED_DID}#key-1`)).toBeNull()
    expect(() => didKeyFromPublicKey(new Uint8Array(31))).toThrow()
    expect(verificationMethodId(ZERO_SEED_DID as DidKey)).toBe(`${ZERO_SEED_DID}#${ZERO_SEED_DID.slice(8)}`)
  })
})
