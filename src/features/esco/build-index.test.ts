import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import * as v from 'valibot'
import { beforeAll, describe, expect, it } from 'vitest'
import { type BuiltEscoIndex, buildEscoIndex, ESCO_SOURCES } from './build-index.ts'
import { csvRecords } from './csv.ts'
import { EscoIdsFileSchema, EscoLabelsFileSchema, EscoManifestSchema } from './index-format.ts'

// The real CSVs beside the clone (CI lays ../shared beside it).
const dir = process.env.ESCO_DIR ?? resolve(import.meta.dirname, '../../../../shared/esco')
const read = (file: string): string => readFileSync(join(dir, file), 'utf8')

let built: BuiltEscoIndex
beforeAll(() => {
  built = buildEscoIndex(read)
}, 60_000)

const file = (name: string): unknown => JSON.parse(built.files.get(name) ?? 'null')

describe('ESCO index build', () => {
  it('reads as many rows per CSV as the parser counts, and labels every labelled row', () => {
    for (const [kind, langs] of Object.entries(ESCO_SOURCES)) {
      for (const [lang, csv] of Object.entries(langs)) {
        const records = csvRecords(read(csv))
        expect(built.rowsRead[csv]).toBe(records.length)
        const labelled = records.filter((r) => (r.preferredLabel ?? '').trim() !== '').length
        expect(built.manifest.files[`${kind}s.${lang}.json`]?.concepts).toBe(labelled)
        const labels = v.parse(EscoLabelsFileSchema, file(`${kind}s.${lang}.json`)).labels
        expect(labels.filter((l) => l.length > 0).length).toBe(labelled)
      }
    }
  }, 60_000)
  it('matches the row counts SOURCES.md gives', () => {
    expect(built.rowsRead['skills_fr.csv']).toBe(13_485)
    expect(built.rowsRead['skills_en-us.csv']).toBe(13_485)
    expect(built.rowsRead['occupations_fr.csv']).toBe(2_942)
    expect(built.rowsRead['occupations_nl.csv']).toBe(3_007)
  })
  it('aligns ids with labels and keeps multi-line alternative labels apart', () => {
    const ids = v.parse(EscoIdsFileSchema, file('skills.ids.json')).ids
    const fr = v.parse(EscoLabelsFileSchema, file('skills.fr.json')).labels
    expect(fr.length).toBe(ids.length)
    const i = ids.indexOf('26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da')
    expect(fr[i]).toEqual([
      'accueillir les clients',
      'héberger les clients',
      'recevoir les clients',
      'souhaiter la bienvenue aux clients',
    ])
    expect(fr.flat().some((l) => l.includes('\n'))).toBe(false)
  })
  it('writes a manifest whose version changes with the content', () => {
    const m = v.parse(EscoManifestSchema, built.manifest)
    const other = buildEscoIndex((f) => (f === 'skills_fr.csv' ? read(f).replace('gérer', 'gerer') : read(f)))
    expect(other.manifest.version).not.toBe(m.version)
  }, 60_000)
})
