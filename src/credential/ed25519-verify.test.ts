// Both roads of verifyEd25519 (WebCrypto, @noble/curves) give the same answer on valid signatures and
// on the edge cases where lenient and strict Ed25519 verifiers differ.
import { ed25519 } from '@noble/curves/ed25519.js'
import { afterEach, describe, expect, it } from 'vitest'
import { isWeakEd25519Key, resetEd25519Verify, verifyEd25519 } from './ed25519-verify.ts'

const L = 2n ** 252n + 27742317777372353535851937790883648493n
const littleEndian = (n: bigint) =>
  Uint8Array.from({ length: 32 }, (_, i) => Number((n >> BigInt(8 * i)) & 0xffn))
const fromLittleEndian = (b: Uint8Array) => b.reduceRight((acc, x) => (acc << 8n) | BigInt(x), 0n)

const secret = ed25519.utils.randomSecretKey()
const publicKey = ed25519.getPublicKey(secret)
const data = new TextEncoder().encode('hashData of a credential')
const signature = ed25519.sign(data, secret)
// The same signature with S + L: the same point equation, refused by RFC 8032's S < L rule.
const malleable = signature.slice()
malleable.set(littleEndian(fromLittleEndian(signature.slice(32)) + L), 32)
// A public key of small order (the identity point), for which any R = identity, S = 0 "verifies" leniently.
const identity = new Uint8Array(32)
identity[0] = 1
const identitySignature = new Uint8Array(64)
identitySignature[0] = 1

const cases: [string, Uint8Array, Uint8Array, Uint8Array][] = [
  ['valid', signature, data, publicKey],
  ['changed data', signature, new TextEncoder().encode('hashData of another credential'), publicKey],
  ['another key', signature, data, ed25519.getPublicKey(ed25519.utils.randomSecretKey())],
  ['S + L (malleated)', malleable, data, publicKey],
  ['short signature', signature.slice(0, 63), data, publicKey],
  ['key not on the curve', signature, data, new Uint8Array(32).fill(0xff)],
]

const answers = async () => {
  const out: Record<string, boolean> = {}
  for (const [what, s, d, k] of cases) out[what] = await verifyEd25519(s, d, k)
  return out
}

afterEach(() => resetEd25519Verify())

describe('Ed25519 verification', () => {
  it('WebCrypto and noble agree, both strict (RFC 8032)', async () => {
    resetEd25519Verify()
    const web = await answers()
    resetEd25519Verify('noble')
    const noble = await answers()
    expect(web).toEqual(noble)
    expect(web).toEqual({
      valid: true,
      'changed data': false,
      'another key': false,
      'S + L (malleated)': false,
      'short signature': false,
      'key not on the curve': false,
    })
  })

  it('a small-order key never verifies, though OpenSSL alone would take its forged signature', async () => {
    resetEd25519Verify()
    const web = await verifyEd25519(identitySignature, data, identity)
    resetEd25519Verify('noble')
    expect(web).toBe(false)
    expect(await verifyEd25519(identitySignature, data, identity)).toBe(false)
    expect(isWeakEd25519Key(identity)).toBe(true)
    expect(isWeakEd25519Key(publicKey)).toBe(false)
  })
})
