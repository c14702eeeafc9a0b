// Verifies everything a validation carries, offline: the credential's signature, then each endorsement
// embedded in its issuer profile, checked as in force when the trainer signed (validFrom): a trainer
// vouched for then stays vouched for on what they signed then, unless the organisation withdraws the
// endorsement (a lost or misused key). Status lists are matched later, by the pure validationState.
import type { Result } from '../../domain/result.ts'
import {
  type CredentialErrorCode,
  type EndorsementErrorCode,
  type VerifiedCredential,
  type VerifiedEndorsement,
  verifyCredential,
  verifyEndorsement,
} from '../../sharing/credential/index.ts'

/** What verifying a validation found: the credential, and each endorsement it carries. */
export type ChainReport = {
  credential: Result<VerifiedCredential, CredentialErrorCode>
  endorsements: Result<VerifiedEndorsement, EndorsementErrorCode>[]
}

/** Verifies a credential and the endorsements it carries. Never throws on bad input. */
export const verifyChain = async (input: unknown): Promise<ChainReport> => {
  const credential = await verifyCredential(input)
  if (!credential.ok) return { credential, endorsements: [] }
  const at = new Date(credential.value.issuedAt)
  const endorsements = await Promise.all(credential.value.endorsements.map((e) => verifyEndorsement(e, at)))
  return { credential, endorsements }
}
