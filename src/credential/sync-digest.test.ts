// The synchronous SHA-256 given to rdf-canonize outside Node gives the same canonical N-Quads as the
// library's own digest (Node's crypto here), and the published SHA-256 of "abc".
import rdfCanonize from 'rdf-canonize'
import { describe, expect, it } from 'vitest'
import { offlineLoader } from './contexts.ts'
import { jsonldToRdf } from './fast-canonize.ts'
import { issueCredential } from './sign.ts'
import { createSyncSha256 } from './sync-digest.ts'
import { generateTrainerKeys } from './trainer-keys.ts'

describe('synchronous SHA-256 for rdf-canonize', () => {
  it('hashes like SHA-256, piece by piece', () => {
    const md = createSyncSha256()
    md.update('a')
    md.update('bc')
    expect(md.digest()).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
  })

  it('gives the same canonical form of a credential as rdf-canonize’s own digest', async () => {
    const c = await issueCredential({
      trainer: { name: 'Marie Dupont', organisation: 'CISP' },
      keys: generateTrainerKeys(),
      holderIdentifier: 'h',
      competence: { id: 'c1', label: 'Tenir une caisse', family: 'savoir' },
      assessment: { status: 'partial', level: 2, method: 'test', date: '2026-11-20', remaining: 'Le rendu.' },
    })
    const { proof: _, ...doc } = c
    const dataset = await jsonldToRdf(offlineLoader())(doc)
    const own = await rdfCanonize.canonize(dataset, { algorithm: 'RDFC-1.0' })
    const sync = await rdfCanonize.canonize(dataset, {
      algorithm: 'RDFC-1.0',
      createMessageDigest: createSyncSha256,
    })
    expect(own).toContain('_:c14n')
    expect(sync).toBe(own)
  })
})
