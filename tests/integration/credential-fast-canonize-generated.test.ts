// The shape-cached canonicalization (src/credential/fast-canonize.ts) against the reference road (jsonld
// + rdf-canonize) over many generated documents of every kind Livret signs: credentials (each outcome,
// family, level, method; no / ROME / ESCO / other alignment; 0, 1 or 2 embedded endorsements; with or
// without status, evidence, comment, what remains; trainer or organisation issuer), endorsements and
// status lists — unsigned, signed and as proof configurations. Strings are drawn to be awkward (quotes,
// backslashes, new lines, non-Latin scripts, IRI-looking text in literal places). Every document must
// give byte-identical N-Quads on both roads, and the fast road must really be taken for Livret's own
// documents (not a silent fall-back), except where an IRI jsonld keeps is one it does not substitute.
import { describe, expect, it } from 'vitest'
import { canonize, canonizeWithJsonld } from '../../src/credential/canonize.ts'
import { offlineLoader } from '../../src/credential/contexts.ts'
import { fastCanonize, jsonldToRdf } from '../../src/credential/fast-canonize.ts'
import {
  allocateStatus,
  generateTrainerKeys,
  issueCredential,
  issueEndorsement,
  keyInfo,
  newStatusList,
  signStatusList,
  withdraw,
} from '../../src/credential/index.ts'
import {
  COMPETENCE_FAMILIES,
  COMPETENCE_LEVELS,
  VALIDATION_METHODS,
  VALIDATION_STATUSES,
} from '../../src/domain/enums.ts'
import type { Alignment } from '../../src/domain/index.ts'

// A small seeded generator (mulberry32): the same documents on every run, so a failure replays.
const rng = (seed: number) => () => {
  seed = (seed + 0x6d2b79f5) | 0
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}
const random = rng(20261202)
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T
const PIECES = [
  'Accueillir',
  'les clients',
  '« guillemets »',
  '"double"',
  "l'apostrophe",
  'back\\slash',
  'ligne\nsuivante',
  'tab\there',
  '日本語',
  'العربية',
  'Ελληνικά',
  '😀',
  'https://example.org/not-an-iri-here',
  'did:key:z6MkNotAKey',
  'urn:uuid:00000000-0000-0000-0000-000000000000',
  '_:b0',
  '@id',
  'ext:thing',
  '<tag>',
  '  spaces  ',
  'x'.repeat(90),
]
const text = () =>
  Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(PIECES))
    .join(' ')
    .slice(0, 100)
    .trim() || 'texte'

const alignmentOf = (): { alignment?: Alignment; iriSubstituted: boolean } => {
  switch (Math.floor(random() * 5)) {
    case 0:
      return { iriSubstituted: true }
    case 1:
      return {
        alignment: { framework: 'rome', code: pick(['D1505', 'G 1602', 'K2111/a', 'é#1']), label: text() },
        iriSubstituted: true,
      }
    case 2:
      return {
        alignment: { framework: 'esco', code: globalThis.crypto.randomUUID(), label: text() },
        iriSubstituted: true,
      }
    case 3:
      return {
        alignment: { framework: 'other', code: 'https://referentiel.example/comp?id=7&v=2#x', label: text() },
        iriSubstituted: true,
      }
    default:
      // A URL code that jsonld keeps as an IRI but the fast road does not substitute (a quote in it).
      return {
        alignment: { framework: 'other', code: 'https://referentiel.example/"7"', label: text() },
        iriSubstituted: false,
      }
  }
}

const RELAY = 'https://relay.livret.test'

type Generated = { what: string; doc: Record<string, unknown>; fast: boolean }

const generate = async (): Promise<Generated[]> => {
  const out: Generated[] = []
  const organisations = [generateTrainerKeys(), generateTrainerKeys()]
  const trainers = [generateTrainerKeys(), generateTrainerKeys(), generateTrainerKeys()]
  let orgList = newStatusList(
    RELAY,
    keyInfo((organisations[0] as never as { publicKey: Uint8Array }).publicKey).did,
    'org-list-0001',
  )
  const endorsementsOf = new Map<number, Record<string, unknown>[]>()
  for (const [t, keys] of trainers.entries()) {
    const list: Record<string, unknown>[] = []
    for (const [o, orgKeys] of organisations.entries()) {
      const slot = o === 0 ? allocateStatus(orgList) : null
      if (slot) orgList = slot.state
      const e = await issueEndorsement({
        organisation: { name: text(), keys: orgKeys },
        trainer: { did: keyInfo(keys.publicKey).did, name: text() },
        now: new Date(Date.UTC(2026, t, 1 + o)),
        validUntil: new Date(Date.UTC(2027, t, 1 + o)),
        ...(slot ? { status: slot.entry } : {}),
      })
      list.push(e)
      out.push({ what: `endorsement ${t}/${o}`, doc: e, fast: true })
    }
    endorsementsOf.set(t, list)
  }
  let lists = trainers.map((keys, t) =>
    newStatusList(RELAY, keyInfo(keys.publicKey).did, `trainer-list-${t}`),
  )
  for (let i = 0; i < 72; i++) {
    const t = i % trainers.length
    const keys = trainers[t] as (typeof trainers)[number]
    const byOrganisation = i % 9 === 8
    const status = VALIDATION_STATUSES[i % 3] as (typeof VALIDATION_STATUSES)[number]
    const { alignment, iriSubstituted } = alignmentOf()
    const slot = random() < 0.8 ? allocateStatus(lists[t] as never) : null
    if (slot) lists = lists.map((l, j) => (j === t ? slot.state : l))
    const endorsements = (endorsementsOf.get(t) ?? []).slice(0, Math.floor(random() * 3))
    const c = await issueCredential({
      trainer: byOrganisation
        ? { kind: 'organisation', name: text(), organisation: text() }
        : {
            name: text(),
            organisation: text(),
            ...(random() < 0.5
              ? {
                  organisationDid: keyInfo((organisations[0] as never as { publicKey: Uint8Array }).publicKey)
                    .did,
                }
              : {}),
            endorsements,
          },
      keys: byOrganisation ? (organisations[1] as never) : keys,
      holderIdentifier: globalThis.crypto.randomUUID(),
      competence: {
        id: globalThis.crypto.randomUUID(),
        label: text(),
        family: pick(COMPETENCE_FAMILIES),
        ...(alignment ? { alignment } : {}),
      },
      assessment: {
        status,
        level: pick(COMPETENCE_LEVELS),
        method: pick(VALIDATION_METHODS),
        date: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
        ...(random() < 0.5 ? { evidence: text() } : {}),
        ...(random() < 0.5 ? { comment: text() } : {}),
        ...(status !== 'validated' && random() < 0.7 ? { remaining: text() } : {}),
      },
      ...(slot ? { status: slot.entry } : {}),
      now: new Date(Date.UTC(2026, 10, 1, 0, 0, i)),
    })
    out.push({ what: `credential ${i}`, doc: c, fast: iriSubstituted })
  }
  for (const [t, keys] of trainers.entries()) {
    const state = lists[t] as (typeof lists)[number]
    const signed = await signStatusList(state, keys, new Date(Date.UTC(2026, 10, 2, t)))
    out.push({ what: `status list ${t}`, doc: signed.credential, fast: true })
  }
  const entry = allocateStatus(orgList)
  if (!entry) throw new Error('list full')
  const orgKeys = organisations[0] as (typeof organisations)[number]
  const withdrawn = await signStatusList(
    withdraw(entry.state, entry.entry),
    orgKeys,
    new Date(Date.UTC(2026, 10, 3)),
  )
  out.push({ what: 'status list with a withdrawal', doc: withdrawn.credential, fast: true })
  return out
}

// The three documents a proof involves: the signed form, the document without proof, the proof config.
const formsOf = (doc: Record<string, unknown>): [string, object][] => {
  const { proof, ...unsigned } = doc
  const one = (Array.isArray(proof) ? proof[0] : proof) as Record<string, unknown>
  const { proofValue: _, ...config } = one
  return [
    ['signed', doc],
    ['unsigned', unsigned],
    ['proof configuration', { '@context': doc['@context'], ...config }],
  ]
}

describe('shape-cached canonicalization over generated documents', () => {
  it('gives byte-identical canonical N-Quads to jsonld + rdf-canonize, on the fast road', async () => {
    const documents = await generate()
    expect(documents.length).toBeGreaterThan(80)
    let fastHits = 0
    for (const { what, doc, fast } of documents)
      for (const [form, d] of formsOf(doc)) {
        const reference = await canonizeWithJsonld(d, offlineLoader())
        const loader = offlineLoader()
        const direct = await fastCanonize(d, loader, jsonldToRdf(loader))
        if (direct !== null) fastHits++
        // Livret's own documents take the fast road (unless an IRI is one it does not substitute,
        // and the proof configuration never carries that IRI).
        if (fast || form === 'proof configuration')
          expect({ what, form, fast: direct !== null }).toEqual({ what, form, fast: true })
        if (direct !== null)
          expect({ what, form, same: direct === reference }).toEqual({ what, form, same: true })
        expect({ what, form, same: (await canonize(d, offlineLoader())) === reference }).toEqual({
          what,
          form,
          same: true,
        })
      }
    expect(fastHits).toBeGreaterThan(documents.length * 2)
  })
})
