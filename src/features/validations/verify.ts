// Receiving validations (holder side) and checking them: verify, then merge into the booklet.
// Decisions (issue 5):
// - A credential from the inbox is stored only if it verifies (proof, issuer), is about this holder
//   (isHolder with the booklet's holder reference) and names a competence of this booklet
//   (achievementIdFor). Anything else is NOT stored: it is reported with its inbox index and a code,
//   and the booklet is unchanged. So a stored validation always verified once.
// - A stored validation is re-verified on read (cached per stored credential object): if its proof no
//   longer holds or its readable fields no longer match the credential (matchesCredential), it reads
//   as 'not-verifiable', never as valid. The operator's copy of a share is checked the same way.
// - A credential already stored exactly as received counts as 'already' without a second proof check
//   (it verified when stored, and every read re-verifies it).
// - The credential module (jsonld, ≈140 KB) is loaded here, lazily, only when something is verified:
//   this is its one lazy boundary in the app (the trainer's signing entry imports it statically).
// - Reading (readValidations) asks the app's chain verifier (src/credential/chain-verifier.ts): in a
//   worker where there is one, so a share of 200 validations does not hold the screen, each within a
//   time limit; the trust view of the same validation gets the same remembered report.
import type * as Y from 'yjs'
import { getItem, holderRefsOf, listItems, putValidation } from '../../booklet/index.ts'
import type { ChainErrorCode, CredentialErrorCode, VerifiedCredential } from '../../credential/index.ts'
import type { CompetenceId, HolderRef, Validation, ValidationId } from '../../domain/index.ts'
import { sameJson } from '../../lib/index.ts'
import type { InboxRejectCode } from '../../protocol/index.ts'
import { readInbox } from '../../protocol/index.ts'

const credentialModule = () => import('../../credential/index.ts')

/** True when a verified credential names one of this booklet's holder references. */
const aboutHolder = (
  isHolder: (identity: VerifiedCredential['holderIdentity'], identifier: string) => boolean,
  identity: VerifiedCredential['holderIdentity'],
  refs: readonly HolderRef[],
): boolean => refs.some((ref) => isHolder(identity, ref))

/** Why a received credential was not stored. */
export type ReceiveRejectCode =
  | InboxRejectCode
  | CredentialErrorCode
  | 'not-holder'
  | 'unknown-competence'
  | 'conflict'
  | 'read-only'

/** Outcome of reading an inbox into the booklet. */
export type ReceiveReport = {
  /** Validations stored by this call. */
  added: Validation[]
  /** Credentials already in the booklet. */
  already: number
  /** Inbox entries not taken (inbox index and why); proposals are not counted here. */
  rejected: { index: number; code: ReceiveRejectCode }[]
}

const validationIdOf = (credentialId: string): ValidationId | undefined => {
  const m = /^urn:uuid:([0-9a-f-]{36})$/i.exec(credentialId)
  return m ? (m[1]?.toLowerCase() as ValidationId) : undefined
}

/** The Validation record of a verified credential about `competenceId`. */
export const validationFromCredential = async (
  v: VerifiedCredential,
  competenceId: CompetenceId,
  now: Date = new Date(),
): Promise<Validation | undefined> => {
  const { validationFieldsOf } = await credentialModule()
  const id = validationIdOf(v.credentialId)
  if (!id) return undefined
  const at = now.toISOString()
  return {
    id,
    competenceId,
    ...validationFieldsOf(v),
    credential: v.credential,
    issuerDid: v.issuerDid,
    fingerprint: v.fingerprint,
    createdAt: at,
    updatedAt: at,
  }
}

/** Verifies each credential of an inbox and stores those about this holder and one of their
 * competences as validations; everything else is reported, nothing of it is stored. */
export const receiveValidations = async (
  booklet: Y.Doc,
  inboxDoc: Y.Doc,
  now: Date = new Date(),
): Promise<ReceiveReport> => {
  const { verifyCredential, isHolder, achievementIdFor } = await credentialModule()
  const { items, rejected: inboxRejected } = readInbox(inboxDoc)
  const report: ReceiveReport = { added: [], already: 0, rejected: [...inboxRejected] }
  const holders = holderRefsOf(booklet)
  for (const { index, message } of items) {
    if (message.type !== 'livret.credential') continue
    // Already stored exactly as received (it verified then): no need to verify it again.
    const knownId =
      typeof message.credential.id === 'string' ? validationIdOf(message.credential.id) : undefined
    const known = knownId ? getItem(booklet, 'validations', knownId) : undefined
    if (known && sameJson(known.credential, message.credential)) {
      report.already++
      continue
    }
    const verified = await verifyCredential(message.credential)
    if (!verified.ok) {
      report.rejected.push({ index, code: verified.code })
      continue
    }
    const vc = verified.value
    if (!aboutHolder(isHolder, vc.holderIdentity, holders)) {
      report.rejected.push({ index, code: 'not-holder' })
      continue
    }
    const competence = listItems(booklet, 'competences').items.find(
      (c) => achievementIdFor(c.id) === vc.achievementId,
    )
    if (!competence) {
      report.rejected.push({ index, code: 'unknown-competence' })
      continue
    }
    const record = await validationFromCredential(vc, competence.id, now)
    if (!record) {
      report.rejected.push({ index, code: 'credential-malformed' })
      continue
    }
    const existing = getItem(booklet, 'validations', record.id)
    if (existing && sameJson(existing.credential, record.credential)) {
      report.already++
      continue
    }
    const put = putValidation(booklet, record)
    if (put.ok) report.added.push(put.value)
    else
      report.rejected.push({
        index,
        code:
          put.code === 'immutable' ? 'conflict' : put.code === 'read-only' ? 'read-only' : 'invalid-message',
      })
  }
  return report
}

/** A stored validation and whether it may be shown as valid. */
export type CheckedValidation =
  | { validation: Validation; state: 'verified'; issuerDid: string; fingerprint: string }
  | {
      validation: Validation
      state: 'not-verifiable'
      code: ChainErrorCode | 'edited' | 'not-holder' | 'other-competence'
    }

const checks = new WeakMap<object, Promise<CheckedValidation>>()

const check = async (booklet: Y.Doc, validation: Validation): Promise<CheckedValidation> => {
  const { sharedChainVerifier, matchesCredential, isHolder, achievementIdFor } = await credentialModule()
  const r = (await sharedChainVerifier().verify(JSON.stringify(validation.credential))).credential
  if (!r.ok) return { validation, state: 'not-verifiable', code: r.code }
  if (!aboutHolder(isHolder, r.value.holderIdentity, holderRefsOf(booklet)))
    return { validation, state: 'not-verifiable', code: 'not-holder' }
  if (r.value.achievementId !== achievementIdFor(validation.competenceId))
    return { validation, state: 'not-verifiable', code: 'other-competence' }
  if (!matchesCredential(validation, r.value) || validationIdOf(r.value.credentialId) !== validation.id)
    return { validation, state: 'not-verifiable', code: 'edited' }
  return { validation, state: 'verified', issuerDid: r.value.issuerDid, fingerprint: r.value.fingerprint }
}

/** Every stored validation (optionally of one competence) with its verification state. Stored items
 * that do not even parse are left out by listItems (listed as invalid there). */
export const readValidations = async (
  booklet: Y.Doc,
  competenceId?: string,
): Promise<CheckedValidation[]> => {
  const all = listItems(booklet, 'validations').items.filter(
    (v) => competenceId === undefined || v.competenceId === competenceId,
  )
  return Promise.all(
    all.map((v) => {
      const hit = checks.get(v)
      if (hit) return hit
      const p = check(booklet, v)
      checks.set(v, p)
      // Too slow this time (a busy device): not remembered, the next read tries again.
      void p.then((c) => {
        if (c.state === 'not-verifiable' && c.code === 'credential-too-slow') checks.delete(v)
      })
      return p
    }),
  )
}
