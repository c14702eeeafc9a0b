// Issuing: build the credential for one assessment and sign it with the trainer's key (eddsa-rdfc-2022).
import { buildCredential, type CredentialInput, type UnsignedCredential } from './build.ts'
import { offlineLoader } from './contexts.ts'
import { addProof, type DataIntegrityProof, proofTimestamp } from './proof.ts'
import { keyInfo, type TrainerKeys } from './trainer-keys.ts'

/** A signed Livret credential. */
export type SignedCredential = UnsignedCredential & { proof: DataIntegrityProof }

/** What the trainer's device supplies to issue one credential. */
export type IssueInput = Omit<CredentialInput, 'issuer' | 'issuedAt'> & {
  trainer: { name: string; organisation: string }
  keys: TrainerKeys
  /** Signing time (default: now). */
  now?: Date
}

/** Builds and signs one OpenBadgeCredential. Works offline; throws only on a bug (e.g. bad key size). */
export const issueCredential = async (input: IssueInput): Promise<SignedCredential> => {
  const { trainer, keys, now, ...rest } = input
  const info = keyInfo(keys.publicKey)
  const issuedAt = proofTimestamp(now ?? new Date())
  const unsigned = buildCredential({ ...rest, issuer: { did: info.did, ...trainer }, issuedAt })
  return addProof(unsigned, keys.secretKey, info.verificationMethod, issuedAt, offlineLoader())
}
