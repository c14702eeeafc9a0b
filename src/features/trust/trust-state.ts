// The one plain state a reader sees for a validation, decided from what was verified (ChainReport), the
// organisations this reader trusts, and the last status lists this reader saw. Pure: no clock, no I/O;
// nothing is trusted by default (an empty trust map gives 'unknown-organisation' at best).
//   trusted-organisation: signed by an organisation the reader trusts, or by a trainer whom such an
//                         organisation endorsed (endorsement valid when the trainer signed, not withdrawn)
//   unknown-organisation: the signature is valid; the reader checks the fingerprint face to face
//   withdrawn:            the issuer withdrew the credential, or the organisation withdrew the endorsement
//   not-verifiable:       the credential does not verify (reason code), or its status list is not its issuer's
import {
  statusIn,
  type VerifiedCredential,
  type VerifiedEndorsement,
  type VerifiedStatusList,
} from '../../credential/index.ts'
import type { VerifiedTrustList } from './trust-list.ts'
import type { ChainReport } from './verify-chain.ts'

/** An organisation the reader trusts, and how it came to be trusted. */
export type TrustedOrganisation = {
  did: string
  name: string
  via: { kind: 'face-to-face' } | { kind: 'trust-list'; listId: string; listName: string }
}

/** A status list the reader saw, and when (ISO date-time). */
export type KnownStatusList = { list: VerifiedStatusList; checkedAt: string }

/** What the reader knows. */
export type TrustContext = {
  trusted: ReadonlyMap<string, TrustedOrganisation>
  statusLists: ReadonlyMap<string, KnownStatusList>
}

/** An organisation as shown when it is not (yet) trusted: name as it signed, fingerprint to check. */
export type EndorsingOrganisation = { did: string; name: string; fingerprint: string }

/** The state shown for one validation. */
export type ValidationState =
  | {
      state: 'trusted-organisation'
      organisation: TrustedOrganisation
      /** The trainer's (or organisation's) own key fingerprint. */
      fingerprint: string
      statusCheckedAt: string | null
    }
  | {
      state: 'unknown-organisation'
      fingerprint: string
      /** Organisations that endorsed this trainer, none of which the reader trusts. */
      endorsedBy: EndorsingOrganisation[]
      /** Endorsements that did not count, and why ('endorsement-expired', …). */
      refused: string[]
      statusCheckedAt: string | null
    }
  | { state: 'withdrawn'; by: 'issuer' | 'organisation'; fingerprint: string; statusCheckedAt: string }
  | { state: 'not-verifiable'; reason: string }

/** The organisations trusted: those met face to face, then those of trust lists still in force at `now`. */
export const trustedOrganisations = (
  faceToFace: readonly TrustedOrganisation[],
  lists: readonly VerifiedTrustList[],
  now: Date,
): Map<string, TrustedOrganisation> => {
  const out = new Map<string, TrustedOrganisation>()
  for (const o of faceToFace) out.set(o.did, o)
  for (const list of lists) {
    if (now.getTime() > Date.parse(list.validUntil)) continue
    for (const o of list.organisations)
      if (!out.has(o.did))
        out.set(o.did, {
          did: o.did,
          name: o.name,
          via: { kind: 'trust-list', listId: list.id, listName: list.name },
        })
  }
  return out
}

type StatusLook = { withdrawn: boolean; checkedAt: string } | { error: string } | null

const lookStatus = (
  entry: VerifiedCredential['credentialStatus'],
  issuerDid: string,
  ctx: TrustContext,
): StatusLook => {
  if (!entry) return null
  const known = ctx.statusLists.get(entry.statusListCredential)
  if (!known) return null
  const r = statusIn(entry, issuerDid, known.list)
  if (!r.ok) return { error: r.code }
  return { withdrawn: r.value === 'withdrawn', checkedAt: known.checkedAt }
}

// The oldest check among the lists that matter; null if one was never seen (or none matters).
const checkedOf = (dates: (string | null)[]): string | null => {
  if (dates.some((d) => d === null)) return null
  return [...(dates as string[])].sort()[0] ?? null
}

/** The plain state of a validation for this reader. */
export const validationState = (report: ChainReport, ctx: TrustContext): ValidationState => {
  if (!report.credential.ok) return { state: 'not-verifiable', reason: report.credential.code }
  const c = report.credential.value
  const own = lookStatus(c.credentialStatus, c.issuerDid, ctx)
  if (own && 'error' in own) return { state: 'not-verifiable', reason: own.error }
  if (own?.withdrawn)
    return { state: 'withdrawn', by: 'issuer', fingerprint: c.fingerprint, statusCheckedAt: own.checkedAt }
  const ownChecked = c.credentialStatus ? (own?.checkedAt ?? null) : null

  if (c.issuerKind === 'organisation') {
    const org = ctx.trusted.get(c.issuerDid)
    return org
      ? {
          state: 'trusted-organisation',
          organisation: org,
          fingerprint: c.fingerprint,
          statusCheckedAt: ownChecked,
        }
      : {
          state: 'unknown-organisation',
          fingerprint: c.fingerprint,
          endorsedBy: [],
          refused: [],
          statusCheckedAt: ownChecked,
        }
  }

  const refused: string[] = []
  const valid: { e: VerifiedEndorsement; checkedAt: string | null }[] = []
  for (const r of report.endorsements) {
    if (!r.ok) {
      refused.push(r.code)
      continue
    }
    if (r.value.trainerDid !== c.issuerDid) {
      refused.push('endorsement-other-trainer')
      continue
    }
    const look = lookStatus(r.value.credentialStatus, r.value.organisation.did, ctx)
    if (look && 'error' in look) {
      refused.push(look.error)
      continue
    }
    if (look?.withdrawn)
      return {
        state: 'withdrawn',
        by: 'organisation',
        fingerprint: c.fingerprint,
        statusCheckedAt: look.checkedAt,
      }
    valid.push({ e: r.value, checkedAt: r.value.credentialStatus ? (look?.checkedAt ?? null) : null })
  }
  for (const { e, checkedAt } of valid) {
    const org = ctx.trusted.get(e.organisation.did)
    if (org)
      return {
        state: 'trusted-organisation',
        organisation: org,
        fingerprint: c.fingerprint,
        statusCheckedAt: checkedOf([
          ...(c.credentialStatus ? [ownChecked] : []),
          ...(e.credentialStatus ? [checkedAt] : []),
        ]),
      }
  }
  return {
    state: 'unknown-organisation',
    fingerprint: c.fingerprint,
    endorsedBy: valid.map(({ e }) => e.organisation),
    refused,
    statusCheckedAt: ownChecked,
  }
}
