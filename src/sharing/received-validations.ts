// Validations inside a received share, checked on the operator's side: the credential's signature
// holds (eddsa-rdfc-2022, offline), it is about this competence, and the readable copy matches what
// was signed. The holder check of the booklet (holder reference) cannot be made here: a share does
// not carry the holder reference, so "verified" means "signed by this trainer about this
// competence of this booklet, unchanged". The credential module (jsonld) is loaded only when a
// shared validation is shown.
import type { Validation } from '../domain/index.ts'

/** What the operator may say about a shared validation. */
export type SharedValidationState = 'verified' | 'not-verifiable'

const cache = new WeakMap<object, Promise<SharedValidationState>>()

const check = async (validation: Validation): Promise<SharedValidationState> => {
  try {
    const { verifyCredential, matchesCredential, achievementIdFor } = await import('./credential/index.ts')
    const r = await verifyCredential(validation.credential)
    if (!r.ok) return 'not-verifiable'
    if (r.value.achievementId !== achievementIdFor(validation.competenceId)) return 'not-verifiable'
    return matchesCredential(validation, r.value) ? 'verified' : 'not-verifiable'
  } catch {
    return 'not-verifiable'
  }
}

/** Verifies a shared validation (cached per validated value). */
export function checkSharedValidation(validation: Validation): Promise<SharedValidationState> {
  const hit = cache.get(validation)
  if (hit) return hit
  const p = check(validation)
  cache.set(validation, p)
  return p
}
