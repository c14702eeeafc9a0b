import { describe, expect, it } from 'vitest'
import { buildCredential } from './build.ts'
import { OB_V3_CONTEXT } from './contexts.ts'
import { isHolder } from './holder-id.ts'
import { achievementIdFor } from './ids.ts'
import { type IssueInput, issueCredential, type SignedCredential } from './sign.ts'
import { generateTrainerKeys, keyInfo } from './trainer-keys.ts'
import { verifyCredential } from './verify.ts'

// The i-th element, or a thrown error: a test fixture that lacks it is a bug in the test.
const at = <T>(xs: T[], i: number): T => {
  const x = xs[i]
  if (x === undefined) throw new Error(`no element ${i}`)
  return x
}

const keys = generateTrainerKeys()
const HOLDER = 'a7c3e1f0-4b2d-4e6f-8a9b-0c1d2e3f4a5b'
const COMPETENCE_ID = '5e1b7c9d-3f2a-4d6e-8b0c-1a2b3c4d5e6f'

const input = (over: Partial<IssueInput> = {}): IssueInput => ({
  trainer: { name: 'Marie Dupont', organisation: 'CISP Le Tremplin' },
  keys,
  holderIdentifier: HOLDER,
  competence: {
    id: COMPETENCE_ID,
    label: 'Tenir une caisse',
    family: 'savoir-faire',
    alignment: {
      framework: 'esco',
      code: '0c3ae7a4-1e4f-4f4b-9a4e-2a6d3b1c9e8f',
      label: 'utiliser une caisse',
    },
  },
  assessment: {
    status: 'validated',
    level: 3,
    method: 'situation',
    date: '2026-11-20',
    evidence: 'Mise en situation au magasin école.',
    comment: 'Très à l’aise.',
  },
  now: new Date('2026-11-22T10:00:00.500Z'),
  ...over,
})

const issue = async (over: Partial<IssueInput> = {}) =>
  JSON.parse(JSON.stringify(await issueCredential(input(over)))) as SignedCredential

const codeOf = async (c: unknown) => {
  const r = await verifyCredential(c)
  return r.ok ? 'ok' : r.code
}

describe('issue then verify', () => {
  it('round-trips every claim, with the did:key and fingerprint of the trainer', async () => {
    const c = await issue()
    const r = await verifyCredential(c)
    if (!r.ok) throw new Error(r.code)
    const info = keyInfo(keys.publicKey)
    expect(r.value).toMatchObject({
      credentialId: c.id,
      issuerDid: info.did,
      fingerprint: info.fingerprint,
      trainer: { name: 'Marie Dupont', organisation: 'CISP Le Tremplin' },
      achievementId: `urn:uuid:${COMPETENCE_ID}`,
      competenceLabel: 'Tenir une caisse',
      status: 'validated',
      level: 3,
      method: 'situation',
      date: '2026-11-20',
      issuedAt: '2026-11-22T10:00:00Z',
      evidence: 'Mise en situation au magasin école.',
      comment: 'Très à l’aise.',
      alignment: {
        targetFramework: 'ESCO',
        targetCode: '0c3ae7a4-1e4f-4f4b-9a4e-2a6d3b1c9e8f',
        targetUrl: 'http://data.europa.eu/esco/skill/0c3ae7a4-1e4f-4f4b-9a4e-2a6d3b1c9e8f',
        targetName: 'utiliser une caisse',
      },
    })
    expect(r.value.credential).toEqual(c)
    expect(isHolder(r.value.holderIdentity, HOLDER)).toBe(true)
    expect(isHolder(r.value.holderIdentity, 'someone-else')).toBe(false)
  })

  it('has the Open Badges 3.0 shape', async () => {
    const c = await issue()
    expect(c['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      OB_V3_CONTEXT,
      'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
    ])
    expect(c.credentialSchema).toEqual([
      {
        id: 'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json',
        type: '1EdTechJsonSchemaValidator2019',
      },
    ])
    expect(c.image.id).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(c.description).toContain('Validé — niveau 3 sur 4')
    expect(c.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential'])
    expect(c.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
    expect(c.issuer).toMatchObject({
      id: keyInfo(keys.publicKey).did,
      type: ['Profile'],
      name: 'Marie Dupont',
    })
    expect(c.credentialSubject.type).toEqual(['AchievementSubject'])
    expect(c.credentialSubject.identifier[0]).toMatchObject({
      type: 'IdentityObject',
      identityType: 'identifier',
      hashed: true,
    })
    expect(c.credentialSubject.identifier[0].identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/)
    expect(c.credentialSubject.achievement).toMatchObject({ type: ['Achievement'], name: 'Tenir une caisse' })
    expect(c.credentialSubject.achievement.alignment?.[0]?.type).toEqual(['Alignment'])
    expect(c.proof).toHaveLength(1)
    expect(c.proof[0]).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: keyInfo(keys.publicKey).verificationMethod,
      created: '2026-11-22T10:00:00Z',
    })
    expect(c.proof[0].proofValue).toMatch(/^z[1-9A-HJ-NP-Za-km-z]{80,90}$/)
  })

  it('never writes the holder identifier in clear, and salts each credential differently', async () => {
    const [a, b] = [await issue(), await issue()]
    expect(JSON.stringify(a)).not.toContain(HOLDER)
    expect(a.credentialSubject.identifier[0].identityHash).not.toBe(
      b.credentialSubject.identifier[0].identityHash,
    )
  })

  it('carries partial and not-yet outcomes, without alignment or comment', async () => {
    for (const status of ['partial', 'not-yet'] as const) {
      const c = await issue({
        competence: { id: 'my-competence', label: 'Être ponctuel', family: 'savoir-etre' },
        assessment: { status, level: 2, method: 'interview', date: '2026-11-01' },
      })
      expect(c.credentialSubject.result[0]).toMatchObject({ status: 'InProgress', value: status })
      expect(c.credentialSubject.achievement.alignment).toBeUndefined()
      const r = await verifyCredential(JSON.stringify(c))
      if (!r.ok) throw new Error(r.code)
      expect(r.value).toMatchObject({ status, level: 2, method: 'interview', date: '2026-11-01' })
      expect(r.value.alignment).toBeUndefined()
      expect(r.value.comment).toBeUndefined()
      expect(r.value.achievementId).toBe(achievementIdFor('my-competence'))
      expect(r.value.achievementId).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-8/)
    }
  })
})

describe('tampering and refusal', () => {
  it.each([
    [
      'competence name',
      (c: SignedCredential) => (c.credentialSubject.achievement.name = 'Diriger le magasin'),
    ],
    [
      'level (value and rubric level)',
      (c: SignedCredential) => {
        c.credentialSubject.result[1] = {
          ...at(c.credentialSubject.result, 1),
          value: '4',
          achievedLevel: 'urn:livret:level:4',
        }
      },
    ],
    ['trainer name', (c: SignedCredential) => (c.issuer.name = 'Jean Martin')],
    ['organisation', (c: SignedCredential) => ((c.issuer.parentOrg ?? { name: '' }).name = 'Forem')],
    ['remaining', (c: SignedCredential) => (c.description = 'Validé')],
    ['holder hash', (c: SignedCredential) => (c.credentialSubject.identifier[0].salt = 'ffff')],
    ['comment', (c: SignedCredential) => (c.evidence[0].description = 'Excellent')],
    [
      'proof value',
      (c: SignedCredential) => {
        const p = c.proof[0]
        p.proofValue = `z${p.proofValue.slice(1, -1)}${p.proofValue.endsWith('2') ? '3' : '2'}`
      },
    ],
    ['proof date', (c: SignedCredential) => (c.proof[0].created = '2026-11-23T10:00:00Z')],
  ])('a changed %s is a bad proof', async (_what, tamper) => {
    const c = await issue()
    tamper(c)
    expect(await codeOf(c)).toBe('credential-bad-proof')
  })

  it('an impostor signing with their own key verifies only as that key (another fingerprint)', async () => {
    const impostor = generateTrainerKeys()
    const r = await verifyCredential(await issue({ keys: impostor }))
    if (!r.ok) throw new Error(r.code)
    expect(r.value.fingerprint).toBe(keyInfo(impostor.publicKey).fingerprint)
    expect(r.value.fingerprint).not.toBe(keyInfo(keys.publicKey).fingerprint)
  })

  it('refuses a proof whose key is not the issuer', async () => {
    const c = await issue()
    const other = keyInfo(generateTrainerKeys().publicKey)
    expect(await codeOf({ ...c, issuer: { ...c.issuer, id: other.did } })).toBe('credential-issuer-mismatch')
    expect(
      await codeOf({ ...c, proof: [{ ...c.proof[0], verificationMethod: other.verificationMethod }] }),
    ).toBe('credential-issuer-mismatch')
  })

  it('refuses another cryptosuite or purpose', async () => {
    const c = await issue()
    expect(await codeOf({ ...c, proof: [{ ...c.proof[0], cryptosuite: 'eddsa-jcs-2022' }] })).toBe(
      'credential-unsupported-proof',
    )
    expect(await codeOf({ ...c, proof: [{ ...c.proof[0], proofPurpose: 'authentication' }] })).toBe(
      'credential-unsupported-proof',
    )
  })

  it('refuses unknown contexts without fetching them', async () => {
    const c = await issue()
    const evil = 'https://example.org/evil-context.jsonld'
    expect(await codeOf({ ...c, '@context': [c['@context'][0], evil] })).toBe('credential-unknown-context')
    expect(await codeOf({ ...c, '@context': [...c['@context'], evil] })).toBe('credential-unknown-context')
    expect(await codeOf({ ...c, '@context': [...c['@context']].reverse() })).toBe('credential-malformed')
    const nested = structuredClone(c) as SignedCredential & { evidence: [Record<string, unknown>] }
    nested.evidence[0]['@context'] = evil
    expect(await codeOf(nested)).toBe('credential-malformed')
  })

  it('refuses malformed input with a code, never a throw', async () => {
    const c = await issue()
    expect(await codeOf('{not json')).toBe('credential-malformed')
    expect(await codeOf(null)).toBe('credential-malformed')
    expect(await codeOf([c])).toBe('credential-malformed')
    const { proof: _, ...unsigned } = c
    expect(await codeOf(unsigned)).toBe('credential-malformed')
    const noHash = structuredClone(c)
    noHash.credentialSubject.identifier[0].hashed = false as true
    expect(await codeOf(noHash)).toBe('credential-malformed')
    const badLevel = structuredClone(c)
    at(badLevel.credentialSubject.result, 1).value = '7'
    expect(await codeOf(badLevel)).toBe('credential-malformed')
    expect(await codeOf({ ...c, extra: 'x'.repeat(70_000) })).toBe('credential-too-large')
  })

  it('refuses a term no context defines (it would not be covered by the signature)', async () => {
    const c = await issue()
    expect(await codeOf({ ...c, livretSecret: 'unsigned' })).toBe('credential-malformed')
  })
})

describe('buildCredential', () => {
  it('is deterministic given id, salt and time', () => {
    const base = input()
    const args = {
      holderIdentifier: HOLDER,
      competence: base.competence,
      assessment: base.assessment,
      issuer: { did: keyInfo(keys.publicKey).did, name: 'A', organisation: 'B' },
      issuedAt: '2026-01-01T00:00:00Z',
      credentialId: 'urn:uuid:00000000-0000-4000-8000-000000000000',
      salt: 'abc',
    }
    expect(buildCredential(args)).toEqual(buildCredential(args))
    expect(buildCredential(args).issuer.parentOrg?.id).toBe(
      buildCredential({ ...args, issuer: { ...args.issuer, organisation: '  b ' } }).issuer.parentOrg?.id,
    )
  })
})

describe('limits shared with the domain', () => {
  it('refuses to sign texts the domain Validation could not store (a form bug)', async () => {
    await expect(issue({ trainer: { name: 'x'.repeat(121), organisation: 'CISP' } })).rejects.toThrow(
      /trainer name/,
    )
    await expect(issue({ trainer: { name: '  ', organisation: 'CISP' } })).rejects.toThrow(/empty/)
  })

  it('refuses untrimmed or control-character texts in a received credential', async () => {
    const c = await issue()
    c.issuer.name = ' Marie Dupont'
    expect(await codeOf(c)).toBe('credential-malformed')
    c.issuer.name = 'Marie\u0007Dupont'
    expect(await codeOf(c)).toBe('credential-malformed')
  })
})
