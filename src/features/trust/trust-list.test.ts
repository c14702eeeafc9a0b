import { describe, expect, it } from 'vitest'
import { generateTrainerKeys, keyInfo } from '../../credential/index.ts'
import { canonicalJson } from './jcs.ts'
import { signTrustList, toDccRegistry, verifyTrustList } from './trust-list.ts'

const signerKeys = generateTrainerKeys()
const signer = keyInfo(signerKeys.publicKey)
const orgA = keyInfo(generateTrainerKeys().publicKey)
const orgB = keyInfo(generateTrainerKeys().publicKey)
const now = new Date('2026-11-22T10:00:00Z')
const codeOf = (r: { ok: boolean; code?: string }) => (r.ok ? 'ok' : r.code)

const sign = (version = 2, keys = signerKeys) =>
  signTrustList({
    id: 'urn:uuid:5b0f2c57-5a7e-4b7c-9d0e-3f1a2b3c4d5e',
    name: 'Réseau des CISP',
    version,
    signer: { name: 'Interfédé', keys },
    validFrom: new Date('2026-11-01T00:00:00Z'),
    validUntil: new Date('2027-11-01T00:00:00Z'),
    organisations: [
      {
        did: orgA.did,
        name: 'CISP Le Tremplin',
        location: 'Liège, BE',
        alsoKnownAs: ['did:web:tremplin.be'],
      },
      { did: orgB.did, name: 'EFT La Forge', url: 'https://laforge.be' },
    ],
  })
const check = { acceptedSigners: [signer.did], now }

describe('JCS', () => {
  it('sorts keys, drops no value, writes no whitespace', () => {
    expect(canonicalJson({ b: [1, 'é', null], a: { d: true, c: 1.5 } })).toBe(
      '{"a":{"c":1.5,"d":true},"b":[1,"é",null]}',
    )
    expect(() => canonicalJson({ x: Number.NaN })).toThrow()
  })
})

describe('trust list', () => {
  it('verifies when its signer is one the reader chose, listing the organisations', async () => {
    const r = await verifyTrustList(JSON.stringify(await sign()), check)
    if (!r.ok) throw new Error(r.code)
    expect(r.value).toMatchObject({
      name: 'Réseau des CISP',
      version: 2,
      signer: { did: signer.did, fingerprint: signer.fingerprint },
    })
    expect(r.value.organisations).toEqual([
      {
        did: orgA.did,
        name: 'CISP Le Tremplin',
        location: 'Liège, BE',
        alsoKnownAs: ['did:web:tremplin.be'],
      },
      { did: orgB.did, name: 'EFT La Forge', url: 'https://laforge.be' },
    ])
    expect(toDccRegistry(r.value)).toEqual({
      meta: { created: '2026-11-01T00:00:00Z', updated: '2026-11-01T00:00:00Z' },
      registry: {
        [orgA.did]: { name: 'CISP Le Tremplin', location: 'Liège, BE' },
        [orgB.did]: { name: 'EFT La Forge', url: 'https://laforge.be' },
      },
    })
  })

  it('the file itself has the DCC registry’s meta and registry (and the same map as entries)', async () => {
    const file = (await sign()) as {
      meta: unknown
      entries: Record<string, { name: string }>
      registry: Record<string, { name: string }>
    }
    expect(file.meta).toEqual({ created: '2026-11-01T00:00:00Z', updated: '2026-11-01T00:00:00Z' })
    expect(file.registry[orgA.did]?.name).toBe('CISP Le Tremplin')
    expect(file.registry).toEqual(file.entries)
  })

  it('refuses a bad signature, a signer the reader did not choose, an expired or older list, garbage', async () => {
    const list = (await sign()) as { entries: Record<string, { name: string }> }
    const added = structuredClone(list)
    added.entries[keyInfo(generateTrainerKeys().publicKey).did] = { name: 'Intrus' }
    expect(codeOf(await verifyTrustList(added, check))).toBe('trust-list-bad-signature')
    const renamed = structuredClone(list)
    ;(renamed.entries[orgA.did] as { name: string }).name = 'Autre'
    expect(codeOf(await verifyTrustList(renamed, check))).toBe('trust-list-bad-signature')
    const other = await sign(2, generateTrainerKeys())
    expect(codeOf(await verifyTrustList(other, check))).toBe('trust-list-wrong-signer')
    expect(codeOf(await verifyTrustList(list, { acceptedSigners: [], now }))).toBe('trust-list-wrong-signer')
    expect(codeOf(await verifyTrustList(list, { ...check, now: new Date('2027-11-02T00:00:00Z') }))).toBe(
      'trust-list-expired',
    )
    expect(codeOf(await verifyTrustList(list, { ...check, now: new Date('2026-10-01T00:00:00Z') }))).toBe(
      'trust-list-not-yet-valid',
    )
    const current = { id: 'urn:uuid:5b0f2c57-5a7e-4b7c-9d0e-3f1a2b3c4d5e', version: 2 }
    expect(codeOf(await verifyTrustList(list, { ...check, current }))).toBe('trust-list-not-newer')
    expect(codeOf(await verifyTrustList(await sign(3), { ...check, current }))).toBe('ok')
    expect(codeOf(await verifyTrustList('{"type":', check))).toBe('trust-list-malformed')
    expect(
      codeOf(await verifyTrustList({ ...list, entries: { 'did:web:x.be': { name: 'x' } } }, check)),
    ).toBe('trust-list-malformed')
    expect(codeOf(await verifyTrustList(' '.repeat(600_000), check))).toBe('trust-list-too-large')
  })
})
