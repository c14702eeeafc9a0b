import { describe, expect, it } from 'vitest'
import { issueEndorsement, verifyEndorsement } from './endorsement.ts'
import { didWebFor, organisationIdentity } from './organisation.ts'
import { generateTrainerKeys, keyInfo } from './trainer-keys.ts'

const org = { name: 'CISP Le Tremplin', keys: generateTrainerKeys() }
const trainer = keyInfo(generateTrainerKeys().publicKey)
const codeOf = (r: { ok: boolean; code?: string }) => (r.ok ? 'ok' : r.code)
const endorse = () =>
  issueEndorsement({
    organisation: org,
    trainer: { did: trainer.did, name: 'Marie Dupont' },
    now: new Date('2026-01-01T00:00:00Z'),
    validUntil: new Date('2027-01-01T00:00:00Z'),
  })

describe('organisation identity', () => {
  it('has a did:key, the same fingerprint form as a trainer, and a did:web when it has a domain', () => {
    const id = organisationIdentity(' CISP Le Tremplin ', org.keys.publicKey, 'tremplin.be')
    expect(id).toEqual({
      name: 'CISP Le Tremplin',
      did: keyInfo(org.keys.publicKey).did,
      fingerprint: keyInfo(org.keys.publicKey).fingerprint,
      didWeb: 'did:web:tremplin.be',
    })
    expect(didWebFor('Example.org:8443', ['org', 'cisp'])).toBe('did:web:example.org%3A8443:org:cisp')
    expect(didWebFor('not a host')).toBeNull()
    expect(didWebFor('example.org', ['a/b'])).toBeNull()
  })
})

describe('endorsement of a trainer by an organisation', () => {
  it('verifies, naming the organisation, the trainer key and the period', async () => {
    const e = await endorse()
    expect(e.type).toEqual(['VerifiableCredential', 'EndorsementCredential'])
    const r = await verifyEndorsement(e, new Date('2026-06-01T00:00:00Z'))
    if (!r.ok) throw new Error(r.code)
    expect(r.value).toMatchObject({
      organisation: { did: keyInfo(org.keys.publicKey).did, name: 'CISP Le Tremplin' },
      trainerDid: trainer.did,
      validFrom: '2026-01-01T00:00:00Z',
      validUntil: '2027-01-01T00:00:00Z',
    })
  })

  it('does not count before it starts or after it expires', async () => {
    const e = await endorse()
    expect(codeOf(await verifyEndorsement(e, new Date('2027-01-01T00:00:01Z')))).toBe('endorsement-expired')
    expect(codeOf(await verifyEndorsement(e, new Date('2025-12-31T23:59:59Z')))).toBe(
      'endorsement-not-yet-valid',
    )
  })

  it('refuses a changed endorsement, another key signing in the organisation’s name, and garbage', async () => {
    const e = await endorse()
    const at = new Date('2026-06-01T00:00:00Z')
    const changed = {
      ...structuredClone(e),
      credentialSubject: {
        ...(e.credentialSubject as object),
        id: keyInfo(generateTrainerKeys().publicKey).did,
      },
    }
    expect(codeOf(await verifyEndorsement(changed, at))).toBe('endorsement-bad-proof')
    const impostor = await issueEndorsement({
      organisation: { name: 'CISP Le Tremplin', keys: generateTrainerKeys() },
      trainer: { did: trainer.did, name: 'Marie Dupont' },
      now: new Date('2026-01-01T00:00:00Z'),
      validUntil: new Date('2027-01-01T00:00:00Z'),
    })
    const claimed = {
      ...impostor,
      issuer: { ...(impostor.issuer as object), id: keyInfo(org.keys.publicKey).did },
    }
    expect(codeOf(await verifyEndorsement(claimed, at))).toBe('endorsement-issuer-mismatch')
    expect(codeOf(await verifyEndorsement('{', at))).toBe('endorsement-malformed')
    expect(codeOf(await verifyEndorsement({ ...e, '@context': ['https://evil.example/ctx'] }, at))).toBe(
      'endorsement-unknown-context',
    )
    await expect(
      issueEndorsement({
        organisation: org,
        trainer: { did: trainer.did, name: 'X' },
        now: new Date('2026-01-01T00:00:00Z'),
        validUntil: new Date('2025-01-01T00:00:00Z'),
      }),
    ).rejects.toThrow()
  })
})
