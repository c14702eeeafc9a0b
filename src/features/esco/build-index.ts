// Builds the ESCO index files (index-format.ts) from the CSV texts. Pure: the build script and the
// Vite plugin read the files; tests call this with the same texts and the same CSV parser.
// Ids of a kind are the union over its languages (the Dutch occupations file is a later ESCO version
// with a few more concepts), sorted; a language without a concept gets [] at that position.
import { csvRecords } from './csv.ts'
import {
  ESCO_INDEX_VERSION,
  ESCO_KINDS,
  ESCO_LANGS,
  ESCO_URI_PREFIX,
  type EscoKind,
  type EscoLang,
  type EscoManifest,
  idsFileName,
  labelsFileName,
} from './index-format.ts'

/** The CSV file of each kind and language, as named in ../shared/esco (SOURCES.md). */
export const ESCO_SOURCES: Record<EscoKind, Partial<Record<EscoLang, string>>> = {
  skill: { fr: 'skills_fr.csv', en: 'skills_en-us.csv' },
  occupation: { fr: 'occupations_fr.csv', en: 'occupations_en.csv', nl: 'occupations_nl.csv' },
}

/** Built files (name → JSON text), the manifest, and the rows read per CSV file. */
export type BuiltEscoIndex = {
  files: Map<string, string>
  manifest: EscoManifest
  rowsRead: Record<string, number>
}

// FNV-1a over the file texts: a version id for cache folders, not a security hash.
const fnv = (texts: readonly string[]): string => {
  let h1 = 0x811c9dc5
  let h2 = 0x01000193
  for (const t of texts)
    for (let i = 0; i < t.length; i++) {
      const c = t.charCodeAt(i)
      h1 = Math.imul(h1 ^ c, 16777619) >>> 0
      h2 = Math.imul(h2 ^ c, 2246822519) >>> 0
    }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')
}

const utf8Length = (s: string): number => new TextEncoder().encode(s).length

const altLabels = (raw: string): string[] =>
  raw
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '')

/** Builds every index file from `read(fileName)` (the CSV text of a source file). */
export const buildEscoIndex = (read: (file: string) => string): BuiltEscoIndex => {
  const files = new Map<string, string>()
  const rowsRead: Record<string, number> = {}
  const counts: Record<string, { concepts: number; bytes: number }> = {}
  for (const kind of ESCO_KINDS) {
    const prefix = ESCO_URI_PREFIX[kind]
    const byLang = new Map<EscoLang, Map<string, string[]>>()
    const all = new Set<string>()
    for (const lang of ESCO_LANGS[kind]) {
      const file = ESCO_SOURCES[kind][lang] as string
      const records = csvRecords(read(file))
      rowsRead[file] = records.length
      const labels = new Map<string, string[]>()
      for (const r of records) {
        const uri = r.conceptUri ?? ''
        if (!uri.startsWith(prefix)) throw new Error(`${file}: unexpected concept URI ${uri}`)
        const id = uri.slice(prefix.length)
        all.add(id)
        const pref = (r.preferredLabel ?? '').trim()
        // A few published rows have no label in this language: the concept stays, unlabelled here.
        if (pref === '') continue
        labels.set(id, [pref, ...altLabels(r.altLabels ?? '').filter((a) => a !== pref)])
      }
      byLang.set(lang, labels)
    }
    const ids = [...all].sort()
    const idsText = JSON.stringify({ v: ESCO_INDEX_VERSION, kind, ids })
    files.set(idsFileName(kind), idsText)
    counts[idsFileName(kind)] = { concepts: ids.length, bytes: utf8Length(idsText) }
    for (const [lang, labels] of byLang) {
      const text = JSON.stringify({
        v: ESCO_INDEX_VERSION,
        kind,
        lang,
        labels: ids.map((id) => labels.get(id) ?? []),
      })
      files.set(labelsFileName(kind, lang), text)
      counts[labelsFileName(kind, lang)] = { concepts: labels.size, bytes: utf8Length(text) }
    }
  }
  const manifest: EscoManifest = { v: ESCO_INDEX_VERSION, version: fnv([...files.values()]), files: counts }
  return { files, manifest, rowsRead }
}
