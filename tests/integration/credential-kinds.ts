// The conformance fixture: every kind of credential Livret can issue, made with the app's real
// credential code (fixed dates, in memory), with the status lists a relay would serve.
import {
  allocateStatus,
  generateTrainerKeys,
  type IssueInput,
  issueCredential,
  issueEndorsement,
  keyInfo,
  newStatusList,
  type SignedCredential,
  type SignedEndorsement,
  signStatusList,
} from '../../src/credential/index.ts'
import { COMPETENCE_FAMILIES, VALIDATION_STATUSES } from '../../src/domain/enums.ts'

/** Where the status lists live. */
export const RELAY = 'https://relay.livret.test'
/** An ESCO skill a person picks. */
export const ESCO_SKILL_URI = 'http://data.europa.eu/esco/skill/26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da'
/** The organisation that endorses the trainer and validates directly. */
export const organisation = { name: 'CISP Le Tremplin', keys: generateTrainerKeys() }
/** The trainer's keys. */
export const trainerKeys = generateTrainerKeys()
/** The trainer's did:key and fingerprint. */
export const trainer = keyInfo(trainerKeys.publicKey)

/** A credential's input, Marie Dupont validating "Accueillir les clients", with `over` changed. */
export const base = (over: Partial<IssueInput> = {}): IssueInput => ({
  trainer: { name: 'Marie Dupont', organisation: 'CISP Le Tremplin' },
  keys: trainerKeys,
  holderIdentifier: 'f3b2a1c0-5d4e-4f60-8a7b-9c8d7e6f5a4b',
  competence: { id: globalThis.crypto.randomUUID(), label: 'Accueillir les clients', family: 'savoir-faire' },
  assessment: { status: 'validated', level: 3, method: 'situation', date: '2026-11-20' },
  now: new Date('2026-11-22T10:00:00Z'),
  ...over,
})

/** What the conformance tests check: every kind of credential, described, the endorsement, the
 * trainer's status list (signed, as served) and the documents the relay would serve by URL. */
export type IssuedKinds = {
  issued: [string, SignedCredential][]
  endorsement: SignedEndorsement
  list: ReturnType<typeof newStatusList>
  served: Map<string, unknown>
}

/** Issues every kind of credential Livret can: each status × family, with and without ESCO
 * alignment and endorsement, the ESCO picks, and an organisation validating directly. */
export async function issueEveryKind(): Promise<IssuedKinds> {
  const served = new Map<string, unknown>()
  let list = newStatusList(RELAY, trainer.did, 'list-0001')
  let orgState: ReturnType<typeof newStatusList>
  let endorsement: SignedEndorsement
  const issued: [string, SignedCredential][] = []
  const orgList = newStatusList(RELAY, keyInfo(organisation.keys.publicKey).did, 'org-list-01')
  const orgEntry = allocateStatus(orgList)
  if (!orgEntry) throw new Error('list full')
  endorsement = await issueEndorsement({
    organisation,
    trainer: { did: trainer.did, name: 'Marie Dupont' },
    now: new Date('2026-01-01T00:00:00Z'),
    validUntil: new Date('2027-01-01T00:00:00Z'),
    status: orgEntry.entry,
  })
  orgState = orgEntry.state
  for (const status of VALIDATION_STATUSES)
    for (const family of COMPETENCE_FAMILIES)
      for (const aligned of [false, true]) {
        const slot = allocateStatus(list)
        if (!slot) throw new Error('list full')
        list = slot.state
        const c = await issueCredential(
          base({
            trainer: {
              name: 'Marie Dupont',
              organisation: 'CISP Le Tremplin',
              organisationDid: keyInfo(organisation.keys.publicKey).did,
              endorsements: aligned ? [endorsement] : [],
            },
            competence: {
              id: globalThis.crypto.randomUUID(),
              label: `Compétence ${family}`,
              family,
              ...(aligned
                ? {
                    alignment: {
                      framework: 'esco',
                      code: 'a6a2b9c5-0d51-4f3c-9a5a-2f2b1d6a7e10',
                      label: 'accueillir',
                    },
                  }
                : {}),
            },
            assessment: {
              status,
              level: 2,
              method: 'internship-observation',
              date: '2026-11-20',
              ...(status !== 'validated' ? { remaining: 'Traiter les réclamations.' } : {}),
            },
            status: slot.entry,
          }),
        )
        issued.push([`${status}, ${family}${aligned ? ', ESCO alignment, endorsement' : ''}, status`, c])
      }
  issued.push(['without credentialStatus', await issueCredential(base())])
  // The person's own ESCO pick (issue 13): targetFramework ESCO, targetUrl the concept URI; alone, and
  // together with a professional's ROME link.
  const esco = { uri: ESCO_SKILL_URI, label: 'accueillir les clients', framework: 'ESCO' } as const
  const withEsco = base({ competence: { ...base().competence, esco } })
  issued.push(['an ESCO skill picked by the person', await issueCredential(withEsco)])
  issued.push([
    'an ESCO skill and a ROME link',
    await issueCredential(
      base({
        competence: {
          ...withEsco.competence,
          alignment: { framework: 'rome', code: 'D1505', label: 'Personnel de caisse' },
        },
      }),
    ),
  ])
  // The ESCO concept a holder picked in the app (competence.esco): a skill, an occupation, and a skill
  // beside a ROME code; endorsed, with status.
  const escoKinds: [string, Partial<IssueInput['competence']>][] = [
    [
      'ESCO skill picked by the holder',
      {
        esco: {
          uri: 'http://data.europa.eu/esco/skill/0c3ae7a4-1e4f-4f4b-9a4e-2a6d3b1c9e8f',
          label: 'utiliser une caisse enregistreuse',
          framework: 'ESCO',
        },
      },
    ],
    [
      'ESCO occupation picked by the holder',
      {
        esco: {
          uri: 'http://data.europa.eu/esco/occupation/4a2c1b8e-6f7d-4e3a-9c2b-1d0e8f7a6b5c',
          label: 'caissier / caissière',
          framework: 'ESCO',
        },
      },
    ],
    [
      'ESCO skill and a ROME code',
      {
        esco: {
          uri: 'http://data.europa.eu/esco/skill/0c3ae7a4-1e4f-4f4b-9a4e-2a6d3b1c9e8f',
          label: 'utiliser une caisse enregistreuse',
          framework: 'ESCO',
        },
        alignment: { framework: 'rome', code: 'D1505', label: 'Personnel de caisse' },
      },
    ],
  ]
  for (const [what, competence] of escoKinds) {
    const slot = allocateStatus(list)
    if (!slot) throw new Error('list full')
    list = slot.state
    issued.push([
      `${what}, endorsement, status`,
      await issueCredential(
        base({
          trainer: {
            name: 'Marie Dupont',
            organisation: 'CISP Le Tremplin',
            organisationDid: keyInfo(organisation.keys.publicKey).did,
            endorsements: [endorsement],
          },
          competence: {
            id: globalThis.crypto.randomUUID(),
            label: 'Tenir une caisse',
            family: 'savoir-faire',
            ...competence,
          },
          status: slot.entry,
        }),
      ),
    ])
  }
  const orgKeys = organisation.keys
  issued.push([
    'an organisation validating directly',
    await issueCredential(
      base({
        keys: orgKeys,
        trainer: { kind: 'organisation', name: organisation.name, organisation: organisation.name },
      }),
    ),
  ])
  const orgSlot = allocateStatus(orgState)
  if (!orgSlot) throw new Error('list full')
  orgState = orgSlot.state
  issued.push([
    'an organisation validating directly, partly, with ESCO alignment and status',
    await issueCredential(
      base({
        keys: orgKeys,
        trainer: { kind: 'organisation', name: organisation.name, organisation: organisation.name },
        competence: {
          id: globalThis.crypto.randomUUID(),
          label: 'Accueillir les clients',
          family: 'savoir-etre',
          esco: {
            uri: 'http://data.europa.eu/esco/skill/0c3ae7a4-1e4f-4f4b-9a4e-2a6d3b1c9e8f',
            label: 'accueillir les clients',
            framework: 'ESCO',
          },
        },
        assessment: {
          status: 'partial',
          level: 2,
          method: 'situation',
          date: '2026-11-20',
          remaining: 'Les réclamations.',
        },
        status: orgSlot.entry,
      }),
    ),
  ])
  // The organisation's list, with the entries of its endorsement and of its own validation.
  const signedOrgList = await signStatusList(orgState, organisation.keys, new Date('2026-11-22T09:00:00Z'))
  served.set(orgList.url, signedOrgList.credential)
  const signed = await signStatusList(list, trainerKeys, new Date('2026-11-22T11:00:00Z'))
  list = signed.state
  served.set(list.url, signed.credential)
  return { issued, endorsement, list, served }
}
