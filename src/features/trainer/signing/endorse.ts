// The organisation endorses a trainer face to face: it reads the trainer's card (QR or link), signs an
// EndorsementCredential with an expiry and a withdrawal entry on its own status list, and hands it back
// as a link or file the trainer imports (trust's decodeEndorsement); the trainer keeps it with its
// identity and its credentials carry it in `issuer.endorsement`.
import {
  issueEndorsement,
  type OrganisationIdentity,
  organisationIdentity,
  type SignedEndorsement,
} from '../../../credential/index.ts'
import { fail, ok, type Result } from '../../../domain/result.ts'
import { addStatusKey, allocateStatusEntry, defaultStatusDeps, type StatusDeps } from '../../status/index.ts'
import { type CardErrorCode, decodeCard, encodeEndorsement } from '../../trust/index.ts'
import type { OrganisationSelf } from '../organisation.ts'

/** How others see the organisation: name, did:key, fingerprint, did:web (what its card carries). */
export const organisationPublic = (o: OrganisationSelf): OrganisationIdentity =>
  organisationIdentity(o.name, o.keys.publicKey, o.domain)

/** Why an endorsement was not made. */
export type EndorseCode = CardErrorCode | 'card-not-a-trainer' | 'endorsement-period-invalid'

/** Endorses the trainer whose card text was scanned or pasted, until `validUntil`. */
export async function endorseTrainer(
  organisation: OrganisationSelf,
  cardText: string,
  validUntil: Date,
  relayOrigin: string = globalThis.location?.origin ?? '',
  deps: StatusDeps = defaultStatusDeps(),
  now: Date = deps.now(),
): Promise<
  Result<
    { endorsement: SignedEndorsement; handover: string; trainer: { name: string; fingerprint: string } },
    EndorseCode
  >
> {
  const card = decodeCard(cardText)
  if (!card.ok) return card
  if (card.value.kind !== 'trainer') return fail('card-not-a-trainer')
  if (!(validUntil.getTime() > now.getTime() + 1000)) return fail('endorsement-period-invalid')
  const did = organisationPublic(organisation).did
  addStatusKey(did, organisation.keys)
  const status = relayOrigin ? await allocateStatusEntry(did, relayOrigin, deps) : null
  const endorsement = await issueEndorsement({
    organisation: { name: organisation.name, keys: organisation.keys },
    trainer: { did: card.value.did, name: card.value.name },
    validUntil,
    now,
    ...(status ? { status } : {}),
  })
  return ok({
    endorsement,
    handover: encodeEndorsement(endorsement),
    trainer: { name: card.value.name, fingerprint: card.value.fingerprint },
  })
}
