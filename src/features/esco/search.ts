// Searching ESCO labels as the person types. A scan over precomputed keys (normalise.ts): each
// concept has one key of all its labels, so a concept lacking a typed word is skipped with a few
// `includes`; only the rest are ranked label by label. A fresh query does not even visit every concept:
// all concept keys are also joined into one string, and native `indexOf` jumps from one occurrence of
// the query's longest word to the next (a 3-letter prefix occurs in a few hundred of ~14,000 skills).
// As the person types on, a query that refines the previous one (every earlier word is the start of a
// word now) scans only the previous matches.
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
import { conceptKeysOf, searchKey } from './normalise.ts'

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
  /** Per concept, its labels' keys joined by '|' (in label order): the quick filter, and the keys
   * a matched concept is ranked by. */
  conceptKeys: readonly string[]
  /** Every concept key joined by '\n' (a character no key holds), and where concept i starts in it. */
  joined: string
  starts: Uint32Array
}

/** Builds a searchable index from a kind's ids file and one of its labels files (aligned). */
export const makeSearchIndex = (ids: EscoIdsFile, labels: EscoLabelsFile): EscoSearchIndex => {
  if (ids.kind !== labels.kind || ids.ids.length !== labels.labels.length)
    throw new Error('esco: ids and labels files do not match')
  const prefix = ESCO_URI_PREFIX[ids.kind]
  const joined = conceptKeysOf(labels.labels)
  const conceptKeys = joined.split('\n')
  const starts = new Uint32Array(conceptKeys.length + 1)
  let pos = 0
  conceptKeys.forEach((k, i) => {
    starts[i] = pos
    pos += k.length + 1
  })
  starts[conceptKeys.length] = pos
  return {
    kind: ids.kind,
    lang: labels.lang,
    uris: ids.ids.map((id) => prefix + id),
    labels: labels.labels,
    conceptKeys,
    joined,
    starts,
  }
}

// The concepts whose key holds `word` (' acc'), in order, found with native indexOf on the joined keys.
const conceptsWith = (index: EscoSearchIndex, word: string): number[] => {
  const out: number[] = []
  const { joined, starts } = index
  const last = starts.length - 1
  let c = 0
  let at = joined.indexOf(word)
  while (at >= 0) {
    while (c < last && (starts[c + 1] as number) <= at) c++
    out.push(c)
    if (c + 1 > last) break
    at = joined.indexOf(word, starts[c + 1] as number)
  }
  return out
}

const matchTier = (
  key: string,
  query: string,
  head: string,
  words: readonly string[],
  base: number,
): number => {
  if (key === query) return base
  if (key.startsWith(head)) return base + 1
  for (const w of words) if (!key.includes(w)) return -1
  return base + 2
}

type Found = EscoHit & { length: number }

// Ranks the concepts `candidates` (all when undefined) of one index; returns the ones that matched.
const scan = (
  index: EscoSearchIndex,
  candidates: readonly number[] | undefined,
  query: string,
  words: readonly string[],
  best: Map<string, Found>,
): number[] => {
  const head = query.slice(0, -1)
  const spaced = words.map((w) => ` ${w}`)
  if (candidates === undefined) {
    const longest = spaced.reduce((a, b) => (b.length > a.length ? b : a))
    return scan(index, conceptsWith(index, longest), query, words, best)
  }
  const matched: number[] = []
  for (let c = 0; c < candidates.length; c++) {
    const i = candidates[c] as number
    const ck = index.conceptKeys[i] as string
    let all = true
    for (const w of spaced)
      if (!ck.includes(w)) {
        all = false
        break
      }
    if (!all) continue
    matched.push(i)
    const ls = index.labels[i] as readonly string[]
    if (ls.length === 0) continue
    const keys = ck.split('|')
    const uri = index.uris[i] as string
    for (let j = 0; j < ls.length; j++) {
      const tier = matchTier(keys[j] as string, query, head, spaced, j === 0 ? 0 : 3)
      if (tier < 0) continue
      const found = ls[j] as string
      const prev = best.get(uri)
      if (prev && (prev.tier < tier || (prev.tier === tier && prev.length <= found.length))) continue
      const hit: Found = {
        uri,
        label: ls[0] as string,
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
  return matched
}

const rank = (best: Map<string, Found>, limit: number): EscoHit[] =>
  [...best.values()]
    .sort(
      (a, b) =>
        a.tier - b.tier || a.length - b.length || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0),
    )
    .slice(0, limit)
    .map(({ length: _, ...hit }) => hit)

/** Options of a search. */
export type SearchOptions = { limit?: number }

/** The best matches of `text` in one or more indexes (a concept found in several languages keeps
 * its best hit). Empty for a text with no letters or digits. */
export const searchEsco = (
  indexes: readonly EscoSearchIndex[],
  text: string,
  { limit = 20 }: SearchOptions = {},
): EscoHit[] => createEscoSearcher(indexes).search(text, { limit })

/** A searcher for a picker: same results as searchEsco, faster while the person types on. */
export const createEscoSearcher = (indexes: readonly EscoSearchIndex[]) => {
  let lastWords: string[] = []
  let lastMatched: number[][] | undefined
  return {
    /** The best matches of `text`. */
    search(text: string, { limit = 20 }: SearchOptions = {}): EscoHit[] {
      const query = searchKey(text)
      const words = query.split(' ').filter((w) => w !== '')
      if (words.length === 0) {
        lastMatched = undefined
        return []
      }
      const refines = lastMatched !== undefined && lastWords.every((w) => words.some((x) => x.startsWith(w)))
      const best = new Map<string, Found>()
      lastMatched = indexes.map((index, k) =>
        scan(index, refines ? lastMatched?.[k] : undefined, query, words, best),
      )
      lastWords = words
      return rank(best, limit)
    },
  }
}
