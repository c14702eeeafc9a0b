// The shape-cached canonicalization (src/credential/fast-canonize.ts) against jsonld itself:
// for every kind of document Livret signs, and for hostile variants built to tell them apart (relative
// or blank-node ids, compact IRIs, white space, shared ids, slot-like strings, a changed type), both
// roads give the same canonical N-Quads, or both refuse.
import { describe, expect, it } from 'vitest'
import { canonize, canonizeWithJsonld } from '../../src/credential/canonize.ts'
import { offlineLoader } from '../../src/credential/contexts.ts'
import { clearShapes, fastCanonize, jsonldToRdf } from '../../src/credential/fast-canonize.ts'
import {
  allocateStatus,
  generateTrainerKeys,
  issueCredential,
  issueEndorsement,
  keyInfo,
  newStatusList,
  signStatusList,
} from '../../src/credential/index.ts'

const keys = generateTrainerKeys()
const orgKeys = generateTrainerKeys()
const outcome = async (road: typeof canonize, doc: object) => {
  try {
    return await road(doc, offlineLoader())
  } catch {
    return 'refused'
  }
}
const same = async (doc: object) => {
  const reference = await outcome(canonizeWithJsonld, doc)
  clearShapes()
  const cold = await outcome(canonize, doc)
  const warm = await outcome(canonize, doc)
  expect(cold).toBe(reference)
  expect(warm).toBe(reference)
  return reference
}

const documents = async () => {
  const list = allocateStatus(
    newStatusList('https://relay.example', keyInfo(keys.publicKey).did, 'list-000001'),
  )
  if (!list) throw new Error('full')
  const endorsement = await issueEndorsement({
    organisation: { name: 'CISP', keys: orgKeys },
    trainer: { did: keyInfo(keys.publicKey).did, name: 'Marie' },
    validUntil: new Date(Date.now() + 86_400_000),
  })
  const credential = await issueCredential({
    trainer: { name: 'Marie', organisation: 'CISP', endorsements: [endorsement] },
    keys,
    holderIdentifier: 'h',
    competence: {
      id: 'c1',
      label: 'Accueillir « les » clients\n— 日本',
      family: 'savoir-etre',
      alignment: { framework: 'esco', code: 'a6a2b9c5-0d51-4f3c-9a5a-2f2b1d6a7e10', label: 'accueillir' },
    },
    assessment: {
      status: 'partial',
      level: 2,
      method: 'situation',
      date: '2026-11-20',
      remaining: 'Les retours',
    },
    status: list.entry,
  })
  const statusList = (await signStatusList(list.state, keys)).credential
  return { credential, endorsement, statusList }
}

describe('shape-cached canonicalization gives jsonld’s result', () => {
  it('for a credential with endorsement and status, the endorsement, a status list (signed forms too)', async () => {
    const { credential, endorsement, statusList } = await documents()
    for (const doc of [credential, endorsement, statusList]) {
      const { proof, ...unsigned } = doc as Record<string, unknown>
      expect(await same(unsigned)).not.toBe('refused')
      expect(await same(doc)).not.toBe('refused')
      expect(await same({ '@context': doc['@context'], ...(proof as object[])[0] })).not.toBe('refused')
      // The faster road is really taken for Livret's own documents (not a silent fall-back).
      const loader = offlineLoader()
      expect(await fastCanonize(unsigned, loader, jsonldToRdf(loader))).toBe(
        await canonizeWithJsonld(unsigned, loader),
      )
    }
  })

  it('for hostile variants of the same shape: same answer or both refuse', async () => {
    const { credential } = await documents()
    const { proof: _, ...c } = credential
    const variants: [string, (d: typeof c) => void][] = [
      [
        'relative id',
        (d) => {
          d.id = 'relative/path'
        },
      ],
      [
        'blank node id',
        (d) => {
          d.id = '_:b0'
        },
      ],
      [
        'compact IRI id',
        (d) => {
          d.id = 'ext:thing'
        },
      ],
      [
        'white space in id',
        (d) => {
          d.id = 'urn:uuid:a b'
        },
      ],
      [
        'two nodes with one id',
        (d) => {
          d.credentialSubject.achievement.id = d.id
        },
      ],
      [
        'issuer id as the achievement id',
        (d) => {
          d.issuer.id = d.credentialSubject.achievement.id as never
        },
      ],
      [
        'a slot-like value',
        (d) => {
          d.name = 'urn:x-livret-slot:0'
        },
      ],
      [
        'a value containing a slot',
        (d) => {
          d.description = 'see urn:x-livret-slot:3'
        },
      ],
      [
        'another type',
        (d) => {
          d.type = ['VerifiableCredential', 'AchievementCredential'] as never
        },
      ],
      ['an undefined term', (d) => void Object.assign(d, { notATerm: 'x' })],
      [
        'a data URI image id',
        (d) => {
          d.image.id = 'data:,hello'
        },
      ],
      [
        'an IRI with a quote',
        (d) => {
          d.id = 'https://x.example/"a"'
        },
      ],
      [
        'resultType as a term',
        (d) => void Object.assign(d.credentialSubject.result[0] as object, { resultType: 'Status' }),
      ],
    ]
    for (const [, change] of variants) {
      const doc = structuredClone(c)
      change(doc)
      await same(doc)
    }
  })
})
