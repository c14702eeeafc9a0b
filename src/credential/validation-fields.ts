// The bridge between a verified credential and the domain's Validation record: the fields a credential
// determines, and the check that a stored record still says what its credential says (an edit made
// underneath, in storage or by a faulty sync, makes it false; the UI then shows "not verifiable").
import type { Validation } from '../domain/validation.ts'
import type { VerifiedCredential } from './verify.ts'

/** What a credential fixes in a Validation (`comment` is not in the domain schema yet). */
export type CredentialFields = Pick<Validation, 'trainer' | 'level' | 'method' | 'date' | 'status'> & {
  evidence?: string
  comment?: string
}

/** The Validation fields taken from a verified credential. */
export const validationFieldsOf = (v: VerifiedCredential): CredentialFields => ({
  trainer: { name: v.trainer.name, organisation: v.trainer.organisation },
  level: v.level,
  method: v.method,
  date: v.date,
  status: v.status,
  ...(v.evidence !== undefined ? { evidence: v.evidence } : {}),
  ...(v.comment !== undefined ? { comment: v.comment } : {}),
})

/** True when every credential-determined field of `stored` equals the verified credential's. */
export const matchesCredential = (
  stored: Pick<Validation, 'trainer' | 'level' | 'method' | 'date' | 'status' | 'evidence'> & {
    comment?: string | undefined
  },
  v: VerifiedCredential,
): boolean => {
  const f = validationFieldsOf(v)
  return (
    stored.trainer.name === f.trainer.name &&
    stored.trainer.organisation === f.trainer.organisation &&
    stored.level === f.level &&
    stored.method === f.method &&
    stored.date === f.date &&
    stored.status === f.status &&
    (stored.evidence || undefined) === f.evidence &&
    (stored.comment === undefined || (stored.comment || undefined) === f.comment)
  )
}
