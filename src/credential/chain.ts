// Verifies everything a validation carries, offline: the credential's signature, then each endorsement
// embedded in its issuer profile, checked as in force when the trainer signed (validFrom): a trainer
// vouched for then stays vouched for on what they signed then, unless the organisation withdraws the
// endorsement (a lost or misused key). Status lists are matched later, by the pure validationState.
// It runs in the verification worker (verify-worker.ts) or, where there is none, in this thread.
import { fail, type Result } from '../domain/result.ts'
import { type EndorsementErrorCode, type VerifiedEndorsement, verifyEndorsement } from './endorsement.ts'
import {
  type CredentialErrorCode,
  forgetVerifiedCredentials,
  type VerifiedCredential,
  verifyCredential,
} from './verify.ts'

/** Why a validation's chain is not verifiable: the credential's codes, or it took too long
 * (chain-verifier.ts gave up on it). */
export type ChainErrorCode = CredentialErrorCode | 'credential-too-slow'

/** What verifying a validation found: the credential, and each endorsement it carries. */
export type ChainReport = {
  credential: Result<VerifiedCredential, ChainErrorCode>
  endorsements: Result<VerifiedEndorsement, EndorsementErrorCode>[]
}

// One trainer's endorsement rides in each of their credentials: its signature is checked once per exact
// text (bounded), then only its period is compared with each credential's signing time.
const checked = new Map<string, Promise<Result<VerifiedEndorsement, EndorsementErrorCode>>>()
const MAX_CHECKED = 256

const endorsementAt = async (
  e: Record<string, unknown>,
  at: Date,
): Promise<Result<VerifiedEndorsement, EndorsementErrorCode>> => {
  const text = JSON.stringify(e)
  let pending = checked.get(text)
  if (!pending) {
    const from = typeof e.validFrom === 'string' ? new Date(e.validFrom) : new Date(Number.NaN)
    pending = Number.isNaN(from.getTime()) ? verifyEndorsement(e, at) : verifyEndorsement(text, from)
    if (checked.size >= MAX_CHECKED) checked.delete(checked.keys().next().value as string)
    checked.set(text, pending)
  }
  const r = await pending
  if (!r.ok) return r
  if (at.getTime() < Date.parse(r.value.validFrom)) return fail('endorsement-not-yet-valid')
  if (at.getTime() > Date.parse(r.value.validUntil)) return fail('endorsement-expired')
  return r
}

/** Forgets the endorsements already checked (benchmarks of a first opening, tests). */
export const forgetCheckedEndorsements = () => checked.clear()

/** Verifies a credential and the endorsements it carries. Never throws on bad input. */
export const verifyChain = async (input: unknown): Promise<ChainReport> => {
  const credential = await verifyCredential(input)
  if (!credential.ok) return { credential, endorsements: [] }
  const at = new Date(credential.value.issuedAt)
  const endorsements = await Promise.all(credential.value.endorsements.map((e) => endorsementAt(e, at)))
  return { credential, endorsements }
}

/** Forgets remembered credential outcomes and endorsement checks (canonicalization shapes are kept). */
export const forgetChainChecks = () => {
  forgetVerifiedCredentials()
  forgetCheckedEndorsements()
}
