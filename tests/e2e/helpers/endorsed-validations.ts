// Issue 11's booklet, made in Node with the app's real code: a trainer endorsed by an organisation
// validates the fixture's first competence fully (level 3) and its third partly (level 2, by
// internship observation, "le coup de feu du midi" remaining); each credential is verified and put
// into the booklet as the app would after receiving it.
import { expect } from 'vitest'
import { putValidation } from '../../../src/booklet/index.ts'
import { assessment, type validationFixture } from '../../../src/booklet/validation-fixture.ts'
import {
  generateTrainerKeys,
  issueCredential,
  issueEndorsement,
  keyInfo,
  organisationIdentity,
  type TrainerKeys,
  verifyCredential,
} from '../../../src/credential/index.ts'
import { validationFromCredential } from '../../../src/features/validations/verify.ts'

/** The organisation that endorses the trainer, with its keys. */
export type EndorsingOrganisation = { keys: TrainerKeys; identity: ReturnType<typeof organisationIdentity> }

/** A new organisation "CISP Le Chantier" with fresh keys. */
export function endorsingOrganisation(): EndorsingOrganisation {
  const keys = generateTrainerKeys()
  return { keys, identity: organisationIdentity('CISP Le Chantier', keys.publicKey) }
}

/** Marc Lambert, endorsed by `org`, validates the fixture's competences 1 (fully) and 3 (partly). */
export async function addEndorsedValidations(
  f: ReturnType<typeof validationFixture>,
  org: EndorsingOrganisation,
  trainerKeys: TrainerKeys = generateTrainerKeys(),
): Promise<void> {
  const [c1, , c3] = f.competences
  if (!c1 || !c3) throw new Error('fixture')
  const endorsement = await issueEndorsement({
    organisation: { name: org.identity.name, keys: org.keys },
    trainer: { did: keyInfo(trainerKeys.publicKey).did, name: 'Marc Lambert' },
    validUntil: new Date(Date.now() + 365 * 86_400_000),
    now: new Date(Date.now() - 3_600_000),
  })
  const trainer = {
    name: 'Marc Lambert',
    organisation: org.identity.name,
    organisationDid: org.identity.did,
    endorsements: [endorsement],
  }
  const results = [
    { c: c1, a: assessment({ status: 'validated', level: 3 }) },
    {
      c: c3,
      a: assessment({
        status: 'partial',
        level: 2,
        method: 'internship-observation',
        remaining: 'le coup de feu du midi',
      }),
    },
  ]
  for (const { c, a } of results) {
    const credential = await issueCredential({
      trainer,
      keys: trainerKeys,
      holderIdentifier: f.holderRef,
      competence: { id: c.id, label: c.label, family: c.family },
      assessment: a,
    })
    const verified = await verifyCredential(credential)
    if (!verified.ok) throw new Error(verified.code)
    const validation = (await validationFromCredential(verified.value, c.id)) ?? expect.unreachable()
    expect(putValidation(f.doc, validation).ok).toBe(true)
  }
}
