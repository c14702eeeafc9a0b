// Issuing: build the credential for one assessment and sign it (eddsa-rdfc-2022) with the issuer's key,
// held in memory (TrainerKeys) or behind a key store (SigningKey: the secret never leaves WebCrypto).
import { buildCredential, type CredentialInput, type UnsignedCredential } from './build.ts'
import { offlineLoader } from './contexts.ts'
import {
  addProof,
  type DataIntegrityProof,
  type JsonLdDocument,
  memorySigner,
  proofTimestamp,
} from './proof.ts'
import { keyInfo, type TrainerKeys } from './trainer-keys.ts'

/** A signed Livret credential. */
export type SignedCredential = UnsignedCredential & { proof: [DataIntegrityProof] }

/** A key that can sign without handing out its secret (see key-store.ts). */
export type SigningKey = { publicKey: Uint8Array; sign: (data: Uint8Array) => Promise<Uint8Array> }

/** Keys in memory or a key store's signing key. */
export type AnyKey = TrainerKeys | SigningKey

/** What the issuer's device supplies to issue one credential. */
export type IssueInput = Omit<CredentialInput, 'issuer' | 'issuedAt'> & {
  trainer: Omit<CredentialInput['issuer'], 'did'>
  keys: AnyKey
  /** Signing time (default: now). */
  now?: Date
}

/** Signs bytes with Ed25519 (a 64-byte signature), whichever way the key is held. */
export const signBytes = async (keys: AnyKey, data: Uint8Array): Promise<Uint8Array> =>
  'secretKey' in keys ? memorySigner(keys.secretKey, '').sign(data) : keys.sign(data)

/** Signs any Livret JSON-LD document (credential, endorsement, status list) with an Ed25519 key. */
export const signDocument = async <D extends JsonLdDocument>(
  doc: D,
  keys: AnyKey,
  created: string,
): Promise<D & { proof: [DataIntegrityProof] }> => {
  const { verificationMethod } = keyInfo(keys.publicKey)
  const signer =
    'secretKey' in keys
      ? memorySigner(keys.secretKey, verificationMethod)
      : { verificationMethod, sign: keys.sign }
  return addProof(doc, signer, created, offlineLoader())
}

/** Builds and signs one OpenBadgeCredential. Works offline; throws only on a bug (e.g. bad key size). */
export const issueCredential = async (input: IssueInput): Promise<SignedCredential> => {
  const { trainer, keys, now, ...rest } = input
  const info = keyInfo(keys.publicKey)
  const issuedAt = proofTimestamp(now ?? new Date())
  const unsigned = buildCredential({ ...rest, issuer: { did: info.did, ...trainer }, issuedAt })
  return signDocument(unsigned, keys, issuedAt)
}
