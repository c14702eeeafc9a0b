// A DCC issuer registry (today's `registry` form and the older `entries` form) wrapped as a Livret
// trust list signed by a publisher the reader chose: Ed25519 did:key entries kept, others reported.
import { describe, expect, it } from 'vitest'
import { generateTrainerKeys, keyInfo } from '../../credential/index.ts'
import { trustListFromDccRegistry } from './dcc-registry.ts'
import { toDccRegistry, verifyTrustList } from './trust-list.ts'

const publisher = generateTrainerKeys()
const publisherDid = keyInfo(publisher.publicKey).did
const a = keyInfo(generateTrainerKeys().publicKey).did
const b = keyInfo(generateTrainerKeys().publicKey).did
// Shaped like github.com/digitalcredentials/dcc-community-registry's registry.json.
const dcc = {
  meta: { created: '2022-10-27T17:57:31+00:00', updated: '2025-03-25T18:29:52+00:00' },
  registry: {
    [a]: { name: 'CISP Le Tremplin', location: 'Liège, BE', url: 'https://tremplin.example' },
    [b]: { name: 'EFT La Forge', url: 'http://not-https.example' },
    'did:web:credentials.myschool.ca': { name: 'My School', location: 'Ancaster, ON, Canada' },
    'did:key:zDnaetJXLLvjjrBYZJ43LpMAkLQM4t1n3nEPzK25Me4Xe7HWz': {
      name: 'A P-256 key',
      url: 'https://x.example',
    },
  },
}
const options = {
  name: 'Réseau des CISP (depuis le registre DCC)',
  version: 1,
  signer: { name: 'Interfédé', keys: publisher },
  validFrom: new Date('2026-11-01T00:00:00Z'),
  validUntil: new Date('2027-11-01T00:00:00Z'),
}
const now = new Date('2026-11-22T10:00:00Z')

describe('a DCC issuer registry imported as a trust list', () => {
  it('keeps the Ed25519 did:key entries, reports the others, and verifies for a reader who chose the publisher', async () => {
    const r = await trustListFromDccRegistry(JSON.stringify(dcc), options)
    if (!r.ok) throw new Error(r.code)
    expect(r.value.organisations).toBe(2)
    expect(r.value.skipped).toEqual([
      { did: 'did:web:credentials.myschool.ca', reason: 'not-ed25519-did-key' },
      { did: 'did:key:zDnaetJXLLvjjrBYZJ43LpMAkLQM4t1n3nEPzK25Me4Xe7HWz', reason: 'not-ed25519-did-key' },
    ])
    const verified = await verifyTrustList(JSON.stringify(r.value.list), {
      acceptedSigners: [publisherDid],
      now,
    })
    if (!verified.ok) throw new Error(verified.code)
    expect(verified.value.organisations).toEqual([
      { did: a, name: 'CISP Le Tremplin', location: 'Liège, BE', url: 'https://tremplin.example' },
      // A URL that is not https is dropped (a trust list only links to https).
      { did: b, name: 'EFT La Forge' },
    ])
    // Back to the DCC form: the same entries a DCC client looks up by DID.
    expect(toDccRegistry(verified.value).registry[a]).toEqual(dcc.registry[a])
    // The signed file is itself readable by a DCC client (`registry`), equal to Livret's `entries`.
    const file = r.value.list as { registry: unknown; entries: unknown }
    expect(file.registry).toEqual(file.entries)
  })

  it('reads the older `entries` form too', async () => {
    const r = await trustListFromDccRegistry({ meta: dcc.meta, entries: { [a]: { name: 'CISP' } } }, options)
    expect(r.ok && r.value.organisations).toBe(1)
  })

  it('the wrapped list is refused for a reader who did not choose this publisher, or once changed', async () => {
    const r = await trustListFromDccRegistry(dcc, options)
    if (!r.ok) throw new Error(r.code)
    const other = await verifyTrustList(r.value.list, { acceptedSigners: [a], now })
    expect(other.ok ? 'ok' : other.code).toBe('trust-list-wrong-signer')
    // A DCC client reads `registry`: adding an organisation there alone must not go unnoticed.
    const changed = JSON.parse(JSON.stringify(r.value.list)) as { registry: Record<string, unknown> }
    changed.registry[b] = { name: 'Intrus' }
    const refused = await verifyTrustList(changed, { acceptedSigners: [publisherDid], now })
    expect(refused.ok ? 'ok' : refused.code).toBe('trust-list-malformed')
  })

  it('refuses what is not a DCC registry, or has no usable entry', async () => {
    const code = async (x: unknown) => {
      const r = await trustListFromDccRegistry(x, options)
      return r.ok ? 'ok' : r.code
    }
    expect(await code('not json')).toBe('dcc-registry-malformed')
    expect(await code({ meta: {} })).toBe('dcc-registry-malformed')
    expect(await code({ registry: { [a]: { location: 'no name' } } })).toBe('dcc-registry-malformed')
    expect(await code({ registry: { 'did:web:x.example': { name: 'X' } } })).toBe('dcc-registry-empty')
    expect(await code('x'.repeat(600_000))).toBe('dcc-registry-too-large')
  })
})
