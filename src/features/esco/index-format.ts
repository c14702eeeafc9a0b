// The ESCO index as served under /esco/<version>/ (built by scripts/build-esco-index.ts from the CSVs
// of ../shared/esco). One ids file per kind and one labels file per kind and language, aligned by
// position: a French picker downloads the skill ids and the French labels, never the English ones.
// The concept URIs share one prefix per kind, so only the last segment is stored. Search keys are
// NOT stored: they are `searchKey(label)`, computed once on load (about 40% of the bytes saved; the
// bench measures the load with that work included).
import * as v from 'valibot'

/** Format version of the index files. */
export const ESCO_INDEX_VERSION = 1

/** The two kinds of concepts a person may pick. */
export const ESCO_KINDS = ['skill', 'occupation'] as const
/** A kind of ESCO concept. */
export type EscoKind = (typeof ESCO_KINDS)[number]

/** Languages with labels, per kind (ESCO here has no Dutch skill labels: see SOURCES.md). */
export const ESCO_LANGS = { skill: ['fr', 'en'], occupation: ['fr', 'en', 'nl'] } as const
/** A language of labels. */
export type EscoLang = 'fr' | 'en' | 'nl'

/** Prefix of every concept URI of a kind. */
export const ESCO_URI_PREFIX: Record<EscoKind, string> = {
  skill: 'http://data.europa.eu/esco/skill/',
  occupation: 'http://data.europa.eu/esco/occupation/',
}

const Bounded = (max: number) => v.pipe(v.string(), v.maxLength(max))

// ~14,000 ids: one loop, as for the labels below (same bounds as a schema per element would check).
const isIdList = (x: unknown): x is string[] => {
  if (!Array.isArray(x) || x.length > 100_000) return false
  for (const id of x) if (typeof id !== 'string' || id.length > 64) return false
  return true
}

/** The ids file: last URI segments, sorted. */
export const EscoIdsFileSchema = v.object({
  v: v.literal(ESCO_INDEX_VERSION),
  kind: v.picklist(ESCO_KINDS),
  ids: v.custom<string[]>(isIdList, 'invalid-ids'),
})
/** Parsed ids file. */
export type EscoIdsFile = v.InferOutput<typeof EscoIdsFileSchema>

// Labels files hold ~50,000 strings: checked by one loop rather than a schema per element (the
// schema walk was a tenth of a picker's opening time on a slowed phone). Same bounds as the ids.
const isLabelLists = (x: unknown): x is string[][] => {
  if (!Array.isArray(x) || x.length > 100_000) return false
  for (const ls of x) {
    if (!Array.isArray(ls) || ls.length > 500) return false
    for (const l of ls) if (typeof l !== 'string' || l.length > 500) return false
  }
  return true
}

/** A labels file: for each id, [preferred, ...alternatives], or [] when the language lacks it. */
export const EscoLabelsFileSchema = v.object({
  v: v.literal(ESCO_INDEX_VERSION),
  kind: v.picklist(ESCO_KINDS),
  lang: v.picklist(['fr', 'en', 'nl']),
  labels: v.custom<string[][]>(isLabelLists, 'invalid-labels'),
})
/** Parsed labels file. */
export type EscoLabelsFile = v.InferOutput<typeof EscoLabelsFileSchema>

/** The manifest: the version folder and, per file, its name and how many concepts it holds. */
export const EscoManifestSchema = v.object({
  v: v.literal(ESCO_INDEX_VERSION),
  version: v.pipe(v.string(), v.regex(/^[a-f0-9]{8,64}$/)),
  files: v.record(Bounded(64), v.object({ concepts: v.number(), bytes: v.number() })),
})
/** Parsed manifest. */
export type EscoManifest = v.InferOutput<typeof EscoManifestSchema>

/** File name of a kind's ids. */
export const idsFileName = (kind: EscoKind): string => `${kind}s.ids.json`
/** File name of a kind's labels in one language. */
export const labelsFileName = (kind: EscoKind, lang: EscoLang): string => `${kind}s.${lang}.json`
