// Searching ESCO labels as the person types. A linear scan over precomputed keys (searchKey): for
// 13,485 skills with their alternative labels it stays within a few milliseconds, far simpler than
// an inverted index and with no build of its own on load (npm run bench:esco measures it slowed 4×).
// Ranking tiers, best first:
//   0 the preferred label is the query          3 an alternative label is the query
//   1 the preferred label starts with it        4 an alternative label starts with it
//   2 every word starts a word of the preferred 5 every word starts a word of an alternative
// then shorter labels first (closer to what was typed), then alphabetical.
import {
  ESCO_URI_PREFIX,
  type EscoIdsFile,
  type EscoKind,
  type EscoLabelsFile,
  type EscoLang,
} from './index-format.ts'
import { searchKey, searchWords } from './normalise.ts'

/** A concept found: what an alignment stores (URI and preferred label) and why it matched. */
export type EscoHit = {
  uri: string
  label: string
  kind: EscoKind
  lang: EscoLang
  /** The alternative label that matched, when the preferred one did not. */
  matched?: string
  tier: number
}

/** One kind's labels in one language, ready to search. */
export type EscoSearchIndex = {
  kind: EscoKind
  lang: EscoLang
  uris: readonly string[]
  labels: readonly (readonly string[])[]
  /** keys[i][j] = searchKey(labels[i][j]). */
  keys: readonly (readonly string[])[]
}

/** Builds a searchable index from a kind's ids file and one of its labels files (aligned). */
export const makeSearchIndex = (ids: EscoIdsFile, labels: EscoLabelsFile): EscoSearchIndex => {
  if (ids.kind !== labels.kind || ids.ids.length !== labels.labels.length)
    throw new Error('esco: ids and labels files do not match')
  const prefix = ESCO_URI_PREFIX[ids.kind]
  return {
    kind: ids.kind,
    lang: labels.lang,
    uris: ids.ids.map((id) => prefix + id),
    labels: labels.labels,
    keys: labels.labels.map((ls) => ls.map(searchKey)),
  }
}

const matchTier = (key: string, query: string, words: readonly string[], base: number): number => {
  if (key === query) return base
  if (key.startsWith(query.slice(0, -1))) return base + 1
  for (const w of words) if (!key.includes(` ${w}`)) return -1
  return base + 2
}

/** Options of a search. */
export type SearchOptions = { limit?: number }

/** The best matches of `text` in one or more indexes (a concept found in several languages keeps
 * its best hit). Empty for a text with no letters or digits. */
export const searchEsco = (
  indexes: readonly EscoSearchIndex[],
  text: string,
  { limit = 20 }: SearchOptions = {},
): EscoHit[] => {
  const words = searchWords(text)
  if (words.length === 0) return []
  const query = ` ${words.join(' ')} `
  const best = new Map<string, EscoHit & { length: number }>()
  for (const index of indexes) {
    const { keys, labels, uris } = index
    for (let i = 0; i < keys.length; i++) {
      const ks = keys[i] as readonly string[]
      for (let j = 0; j < ks.length; j++) {
        const tier = matchTier(ks[j] as string, query, words, j === 0 ? 0 : 3)
        if (tier < 0) continue
        const uri = uris[i] as string
        const ls = labels[i] as readonly string[]
        const label = ls[0] as string
        const found = ls[j] as string
        const prev = best.get(uri)
        if (prev && (prev.tier < tier || (prev.tier === tier && prev.length <= found.length))) continue
        const hit: EscoHit & { length: number } = {
          uri,
          label,
          kind: index.kind,
          lang: index.lang,
          tier,
          length: found.length,
        }
        if (j > 0) hit.matched = found
        best.set(uri, hit)
        if (j === 0) break
      }
    }
  }
  return [...best.values()]
    .sort((a, b) => a.tier - b.tier || a.length - b.length || a.label.localeCompare(b.label))
    .slice(0, limit)
    .map(({ length: _, ...hit }) => hit)
}
