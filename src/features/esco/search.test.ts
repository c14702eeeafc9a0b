import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { csvRecords } from './csv.ts'
import { loadEscoIndex } from './loader.ts'
import { searchWords } from './normalise.ts'
import { createEscoSearcher, makeSearchIndex, searchEsco } from './search.ts'

const small = makeSearchIndex(
  { v: 1, kind: 'skill', ids: ['a', 'b', 'c', 'd', 'e'] },
  {
    v: 1,
    kind: 'skill',
    lang: 'fr',
    labels: [
      ['gérer la caisse', 'tenir une caisse enregistreuse'],
      ['caisse', 'encaisser'],
      ['vendre des produits', 'tenir la caisse'],
      ['conduire un chariot élévateur', 'caristes'],
      [],
    ],
  },
)
const uri = (id: string) => `http://data.europa.eu/esco/skill/${id}`

describe('ESCO search ranking', () => {
  it('puts the exact preferred label first, then preferred-label matches, then alternative labels', () => {
    const hits = searchEsco([small], 'caisse')
    expect(hits.map((h) => h.uri)).toEqual([uri('b'), uri('a'), uri('c')])
    expect(hits[0]?.tier).toBe(0)
    expect(hits[2]?.matched).toBe('tenir la caisse')
  })
  it('forgives accents, case and plurals', () => {
    expect(searchEsco([small], 'CONDUIRE CHARIOTS ELEVATEURS')[0]?.uri).toBe(uri('d'))
    expect(searchEsco([small], 'cariste')[0]?.uri).toBe(uri('d'))
    expect(searchEsco([small], 'Gérer')[0]?.label).toBe('gérer la caisse')
  })
  it('gives the same results while typing on as a fresh search, plurals included', () => {
    const horses = makeSearchIndex(
      { v: 1, kind: 'skill', ids: ['h', 'i'] },
      { v: 1, kind: 'skill', lang: 'fr', labels: [['soigner un cheval'], ['chevaucher', 'monter à cheval']] },
    )
    const typing = createEscoSearcher([horses, small])
    for (const text of [
      'che',
      'chev',
      'cheva',
      'chevau',
      'chevaux',
      'chevaux s',
      'ca',
      'cai',
      'caisses',
      'tenir caisse',
    ])
      expect(typing.search(text)).toEqual(searchEsco([horses, small], text))
    expect(typing.search('chevaux').map((h) => h.label)).toContain('soigner un cheval')
  })
  it('returns nothing for a text without letters and never an unlabelled concept', () => {
    expect(searchEsco([small], ' -- ')).toEqual([])
    expect(searchEsco([small], 'e').every((h) => h.uri !== uri('e'))).toBe(true)
  })
  it('finds a French customer-welcome skill for "accueil client" in the real index', () => {
    const dir = process.env.ESCO_DIR ?? resolve(import.meta.dirname, '../../../../shared/esco')
    const records = csvRecords(readFileSync(join(dir, 'skills_fr.csv'), 'utf8'))
    const index = makeSearchIndex(
      { v: 1, kind: 'skill', ids: records.map((r) => (r.conceptUri ?? '').slice(uri('').length)) },
      {
        v: 1,
        kind: 'skill',
        lang: 'fr',
        labels: records.map((r) =>
          [r.preferredLabel ?? '', ...(r.altLabels ?? '').split('\n')].filter(Boolean),
        ),
      },
    )
    const hits = searchEsco([index], 'accueil client', { limit: 5 })
    expect(hits[0]?.label).toMatch(/^accueillir (les|des) clients/)
    expect(hits.map((h) => h.uri)).toContain(uri('26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da'))
    // The jump through the joined keys finds exactly the concepts a visit of every concept finds.
    for (const text of ['acc', 'accueil client', 'ca', 'travail equipe', 'zzzq', 'e'] as const) {
      const words = searchWords(text).map((w) => ` ${w}`)
      const everyConcept = index.conceptKeys.flatMap((k, i) =>
        k !== '' && words.every((w) => k.includes(w)) ? [index.uris[i]] : [],
      )
      const found = searchEsco([index], text, { limit: 1_000_000 }).map((h) => h.uri)
      expect(new Set(found)).toEqual(new Set(everyConcept))
    }
  }, 30_000)
})

describe('ESCO loader', () => {
  const files: Record<string, unknown> = {
    '/esco/manifest.json': { v: 1, version: 'abcdef12', files: {} },
    '/esco/abcdef12/skills.ids.json': { v: 1, kind: 'skill', ids: ['a', 'b'] },
    '/esco/abcdef12/skills.fr.json': { v: 1, kind: 'skill', lang: 'fr', labels: [['caisse'], []] },
    '/esco/abcdef12/skills.en.json': { v: 1, kind: 'skill', lang: 'en', labels: [['till'], [3]] },
  }
  const fetcher = async (url: string) => {
    if (!(url in files)) throw new Error('offline')
    return files[url]
  }
  it('loads a kind in a language and searches it', async () => {
    const r = await loadEscoIndex('skill', 'fr', { fetcher, base: '/esco/' })
    expect(r.ok && searchEsco([r.value], 'caisses')[0]?.uri).toBe(uri('a'))
  })
  it('refuses a labels file holding something else than texts, and says when nothing is reachable', async () => {
    expect(await loadEscoIndex('skill', 'en', { fetcher, base: '/esco/' })).toEqual({
      ok: false,
      code: 'esco-invalid',
    })
    expect(await loadEscoIndex('occupation', 'fr', { fetcher, base: '/esco/' })).toEqual({
      ok: false,
      code: 'esco-unavailable',
    })
    expect(await loadEscoIndex('skill', 'nl', { fetcher, base: '/esco/' })).toEqual({
      ok: false,
      code: 'esco-no-language',
    })
  })
})
