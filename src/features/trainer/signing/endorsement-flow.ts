// The endorsement's round trip on the devices (issue #11 point 3): the organisation gives it (signs and
// keeps a record to withdraw it later), the trainer imports it (checked: about its own key, in force,
// signed by the organisation it names) and from then on its credentials carry it; the organisation can
// withdraw it (its status list, published through the relay, or when the network is back).
// The signed endorsement (≈2,400 characters) is too dense for a small QR code, so it is handed back
// like the other handovers: sealed on the relay (well under its 4,096-byte cap), a short link and a
// 15-digit code; the trainer's import takes it back with either, or still reads the long text.
import { keyInfo } from '../../../credential/index.ts'
import { fail, ok, type Result } from '../../../domain/result.ts'
import { registerEndorsementLink } from '../../receive/endorsement-kind.ts'
import { parseLivretLink } from '../../receive/link-kind.ts'
import { type ResolveCode, resolveLivretLink } from '../../receive/resolve-link.ts'
import {
  addStatusKey,
  defaultStatusDeps,
  kickStatusChecks,
  type StatusDeps,
  type WithdrawCode,
  withdrawCredential,
} from '../../status/index.ts'
import { decodeEndorsement, type EndorsementHandoverCode } from '../../trust/index.ts'
import {
  type GivenEndorsement,
  givenEndorsement,
  keepGivenEndorsement,
  keepReceivedEndorsement,
  type ReceivedEndorsement,
} from '../endorsements.ts'
import type { TrainerIdentity } from '../identity.ts'
import type { OrganisationSelf } from '../organisation.ts'
import { type EndorseCode, endorseTrainer, organisationPublic } from './endorse.ts'

registerEndorsementLink()

/** Endorses a trainer from its card and keeps the record; returns the text to hand back. */
export async function giveEndorsement(
  organisation: OrganisationSelf,
  cardText: string,
  validUntil: Date,
  deps: StatusDeps = defaultStatusDeps(),
  relayOrigin: string = globalThis.location?.origin ?? '',
): Promise<Result<{ handover: string; given: GivenEndorsement }, EndorseCode>> {
  const now = deps.now()
  const r = await endorseTrainer(organisation, cardText, validUntil, relayOrigin, deps, now)
  if (!r.ok) return r
  const e = r.value.endorsement as unknown as {
    id: string
    credentialStatus?: { statusListCredential: string; statusListIndex: string }
  }
  const subject = (r.value.endorsement.credentialSubject as { id: string }).id
  const given: GivenEndorsement = {
    id: e.id,
    organisationDid: organisationPublic(organisation).did,
    trainer: { did: subject, name: r.value.trainer.name, fingerprint: r.value.trainer.fingerprint },
    validUntil: validUntil.toISOString(),
    givenAt: now.toISOString(),
    ...(e.credentialStatus
      ? {
          statusList: {
            url: e.credentialStatus.statusListCredential,
            index: e.credentialStatus.statusListIndex,
          },
        }
      : {}),
  }
  await keepGivenEndorsement(given)
  // Its list is published now, so that readers can check the endorsement at once.
  kickStatusChecks()
  return ok({ handover: r.value.handover, given })
}

/** Withdraws an endorsement this organisation gave; 'publish-offline': published when back online. */
export async function withdrawEndorsement(
  organisation: OrganisationSelf,
  id: string,
  deps: StatusDeps = defaultStatusDeps(),
): Promise<Result<'published', WithdrawCode | 'not-withdrawable'>> {
  const given = await givenEndorsement(id)
  if (!given?.statusList) return fail('not-withdrawable')
  const did = organisationPublic(organisation).did
  addStatusKey(did, organisation.keys)
  const entry = {
    id: `${given.statusList.url}#${given.statusList.index}`,
    type: 'BitstringStatusListEntry' as const,
    statusPurpose: 'revocation' as const,
    statusListIndex: given.statusList.index,
    statusListCredential: given.statusList.url,
  }
  const r = await withdrawCredential(entry, did, organisation.keys, deps)
  if (r.ok || r.code === 'publish-offline')
    await keepGivenEndorsement({ ...given, withdrawnAt: deps.now().toISOString() })
  return r
}

/** The endorsement's text: as given, or taken (once) from the relay for a short link or typed code. */
async function handedText(
  text: string,
  relayOrigin: string,
): Promise<Result<string, ResolveCode | 'card-not-livret'>> {
  const kind = parseLivretLink(text)
  if (!kind.ok || (kind.value.kind !== 'handover' && kind.value.kind !== 'typed-code')) return ok(text)
  const r = await resolveLivretLink(text, relayOrigin)
  if (!r.ok) return r
  return r.value.kind === 'registered' && r.value.name === 'endorsement'
    ? ok(r.value.link)
    : fail('card-not-livret')
}

/** Why a handed-back endorsement was not imported (its own checks, or the relay's short handover). */
export type ImportEndorsementCode = EndorsementHandoverCode | ResolveCode

/** Imports an endorsement handed back to this trainer (scanned short QR, typed code, long text). */
export async function importEndorsement(
  identity: TrainerIdentity,
  text: string,
  now: Date = new Date(),
  relayOrigin: string = globalThis.location?.origin ?? '',
): Promise<Result<ReceivedEndorsement, ImportEndorsementCode>> {
  const did = keyInfo(identity.keys.publicKey).did
  const handed = await handedText(text, relayOrigin)
  if (!handed.ok) return handed
  const r = await decodeEndorsement(handed.value, did, now)
  if (!r.ok) return r
  const record: ReceivedEndorsement = {
    id: r.value.verified.id,
    json: JSON.stringify(r.value.signed),
    trainerDid: did,
    organisation: r.value.verified.organisation,
    validUntil: new Date(r.value.verified.validUntil).toISOString(),
    importedAt: now.toISOString(),
  }
  await keepReceivedEndorsement(record)
  return ok(record)
}
