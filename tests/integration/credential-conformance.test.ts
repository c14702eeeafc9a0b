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
import Ajv2019 from 'ajv/dist/2019.js'
import addFormats from 'ajv-formats'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  type SignedEndorsement,
  signStatusList,
  verifyCredential,
  verifyEndorsement,
  verifyStatusList,
  withdraw,
} from '../../src/credential/index.ts'
import { independentStatus, independentVerify, offlineLoader } from '../support/independent-verifier.ts'
import { ESCO_SKILL_URI, type IssuedKinds, issueEveryKind, trainerKeys } from './credential-kinds.ts'

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

let issued: IssuedKinds['issued'] = []
let endorsement: IssuedKinds['endorsement']
let list: IssuedKinds['list']
const served = new Map<string, unknown>()
const documentLoader = offlineLoader((url) => structuredClone(served.get(url)))
const dbVerify = (credential: unknown) => independentVerify(credential, documentLoader, true)

beforeAll(async () => {
  const kinds = await issueEveryKind()
  issued = kinds.issued
  endorsement = kinds.endorsement
  list = kinds.list
  for (const [url, doc] of kinds.served) served.set(url, doc)
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
    const before = await independentStatus(target, documentLoader)
    expect(before.verified).toBe(true)
    expect(before.results?.[0]?.status).toBe(false)
    const signed = await signStatusList(withdraw(list, target.credentialStatus), trainerKeys)
    served.set(list.url, signed.credential)
    const after = await independentStatus(target, documentLoader)
    expect(after.results?.[0]?.status).toBe(true)
    const untouched = await independentStatus(other, documentLoader)
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
