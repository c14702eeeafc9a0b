import { ed25519 } from '@noble/curves/ed25519.js'
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js'
import { describe, expect, it } from 'vitest'
import { multibaseEncode } from './base58.ts'
import { offlineLoader } from './contexts.ts'
import { addProof, checkProof, hashData, memorySigner, proofTimestamp } from './proof.ts'

// Known answer from 1EdTech's Open Badges 3.0 "Linked Data Proof Test Vector" (eddsa-rdfc-2022):
// canonical proof configuration, document hash, key, signature and proof value as published.
const VECTOR = {
  canonicalProof: [
    '_:c14n0 <http://purl.org/dc/terms/created> "2010-01-01T19:23:24Z"^^<http://www.w3.org/2001/XMLSchema#dateTime> .',
    '_:c14n0 <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/security#DataIntegrityProof> .',
    '_:c14n0 <https://w3id.org/security#cryptosuite> "eddsa-rdfc-2022" .',
    '_:c14n0 <https://w3id.org/security#proofPurpose> <https://w3id.org/security#assertionMethod> .',
    '_:c14n0 <https://w3id.org/security#verificationMethod> <https://example.edu/issuers/565049#z6MkjZRZv3aez3r18pB1RBFJR1kwUVJ5jHt92JmQwXbd5hwi> .',
    '',
  ].join('\n'),
  proofHash: '3cf3c265b6c8ebb29b4d5ea310b87d2f31c79b633eff8af561d2e8c97a85c8cb',
  documentHash: 'd994aebd5e53f4af4495dbe9e1155410bae683811107c26acf83671075c163b3',
  seed: '6241a409e6707bb640a0140a8a32bc3d193c33a661747284d6adfa4ed4180be4',
  publicKey: '4bdeafde2ea8beefadd8c699b5c7e0704cf51154d52e17b20b71337ca04cc5a5',
  signature:
    '17a898a91832fa58bd66433e18dc8256522bcf84382994c395c23c26cba71ff8060a2587390e5ed20c4decec45c0c0c9eec1f7d2d1ce91e1ffc992983a74a300',
  proofValue: 'zUSD5bjo6mYV1n9i9E6ZwUiHuj4JyZDjCDfDqoJcPi9XJrc9LYstik9mdBvutdwBdquWXjWrwJDVGJrAarvRs8uD',
}

describe('eddsa-rdfc-2022 hashing and signing', () => {
  it('hashes the proof configuration first, then the document (published vector)', () => {
    const data = hashData(VECTOR.canonicalProof, '')
    expect(bytesToHex(data.slice(0, 32))).toBe(VECTOR.proofHash)
    // The second half is SHA-256 of the (here empty) canonical document.
    expect(bytesToHex(data.slice(32))).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    )
  })

  it('signs the published hashData to the published signature and proof value', () => {
    const data = hexToBytes(VECTOR.proofHash + VECTOR.documentHash)
    const seed = hexToBytes(VECTOR.seed)
    expect(bytesToHex(ed25519.getPublicKey(seed))).toBe(VECTOR.publicKey)
    const signature = ed25519.sign(data, seed)
    expect(bytesToHex(signature)).toBe(VECTOR.signature)
    expect(multibaseEncode(signature)).toBe(VECTOR.proofValue)
  })

  it('writes created without milliseconds', () => {
    expect(proofTimestamp(new Date('2026-11-22T14:05:46.123Z'))).toBe('2026-11-22T14:05:46Z')
  })

  it('adds a proof that checks with the key and fails with another key', async () => {
    const { secretKey, publicKey } = ed25519.keygen()
    const doc = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: 'did:example:issuer',
      credentialSubject: { id: 'did:example:subject' },
    }
    const signer = memorySigner(secretKey, 'did:example:issuer#k')
    const signed = await addProof(doc, signer, '2026-01-01T00:00:00Z', offlineLoader())
    expect(signed.proof).toHaveLength(1)
    expect(signed.proof[0].cryptosuite).toBe('eddsa-rdfc-2022')
    expect(await checkProof(signed, publicKey, offlineLoader())).toBe(true)
    expect(await checkProof(signed, ed25519.keygen().publicKey, offlineLoader())).toBe(false)
    const moved = { ...signed, proof: [{ ...signed.proof[0], created: '2026-01-02T00:00:00Z' }] }
    expect(await checkProof(moved, publicKey, offlineLoader())).toBe(false)
  })

  it('reads the single-object proof Livret wrote before, and refuses two proofs', async () => {
    const { secretKey, publicKey } = ed25519.keygen()
    const doc = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: 'did:example:issuer',
      credentialSubject: { id: 'did:example:subject' },
    }
    const signed = await addProof(
      doc,
      memorySigner(secretKey, 'did:example:issuer#k'),
      '2026-01-01T00:00:00Z',
      offlineLoader(),
    )
    expect(await checkProof({ ...signed, proof: signed.proof[0] }, publicKey, offlineLoader())).toBe(true)
    const two = { ...signed, proof: [signed.proof[0], signed.proof[0]] }
    expect(await checkProof(two, publicKey, offlineLoader())).toBe(false)
  })

  it('refuses to canonicalize a term no context defines (safe mode), instead of dropping it', async () => {
    const { secretKey } = ed25519.keygen()
    const doc = {
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      type: ['VerifiableCredential'],
      issuer: 'did:example:issuer',
      credentialSubject: { id: 'did:example:subject' },
      hiddenExtra: 'not signed if dropped',
    }
    await expect(
      addProof(doc, memorySigner(secretKey, 'did:example:issuer#k'), '2026-01-01T00:00:00Z', offlineLoader()),
    ).rejects.toThrow()
  })
})
