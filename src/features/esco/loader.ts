// Loads the ESCO index files only when a picker needs them (never in the initial JS): the manifest,
// then the kind's ids and the language's labels, each validated at the boundary. The service worker
// caches them at run time (vite.config.ts, runtimeCaching 'livret-esco'), so a picker opened once
// online works offline afterwards. One load per kind and language per page, shared by callers.
import * as v from 'valibot'
import { fail, ok, type Result } from '../../domain/index.ts'
import {
  ESCO_LANGS,
  EscoIdsFileSchema,
  type EscoKind,
  EscoLabelsFileSchema,
  type EscoLang,
  EscoManifestSchema,
  idsFileName,
  labelsFileName,
} from './index-format.ts'
import { type EscoSearchIndex, makeSearchIndex } from './search.ts'

/** Why an index could not be loaded: no network and nothing cached, or files that do not read. */
export type EscoLoadCode = 'esco-unavailable' | 'esco-invalid' | 'esco-no-language'

/** Fetches a URL's JSON; throws on a network failure or a non-2xx answer. */
export type FetchJson = (url: string) => Promise<unknown>

/** The default fetcher: same origin, so the service worker answers from its cache when offline. */
export const fetchJson: FetchJson = async (url) => {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  return res.json()
}

const loads = new Map<string, Promise<Result<EscoSearchIndex, EscoLoadCode>>>()

const get = async <S extends v.GenericSchema>(
  schema: S,
  url: string,
  fetcher: FetchJson,
): Promise<Result<v.InferOutput<S>, EscoLoadCode>> => {
  let raw: unknown
  try {
    raw = await fetcher(url)
  } catch {
    return fail('esco-unavailable')
  }
  const r = v.safeParse(schema, raw)
  return r.success ? ok(r.output) : fail('esco-invalid')
}

const load = async (
  kind: EscoKind,
  lang: EscoLang,
  base: string,
  fetcher: FetchJson,
): Promise<Result<EscoSearchIndex, EscoLoadCode>> => {
  if (!(ESCO_LANGS[kind] as readonly string[]).includes(lang)) return fail('esco-no-language')
  const manifest = await get(EscoManifestSchema, `${base}manifest.json`, fetcher)
  if (!manifest.ok) return manifest
  const dir = `${base}${manifest.value.version}/`
  const [ids, labels] = await Promise.all([
    get(EscoIdsFileSchema, dir + idsFileName(kind), fetcher),
    get(EscoLabelsFileSchema, dir + labelsFileName(kind, lang), fetcher),
  ])
  if (!ids.ok) return ids
  if (!labels.ok) return labels
  if (ids.value.kind !== kind || labels.value.kind !== kind || labels.value.lang !== lang)
    return fail('esco-invalid')
  if (ids.value.ids.length !== labels.value.labels.length) return fail('esco-invalid')
  return ok(makeSearchIndex(ids.value, labels.value))
}

/** The searchable index of a kind in a language, loaded once (a failed load is retried next call). */
export const loadEscoIndex = (
  kind: EscoKind,
  lang: EscoLang,
  { base = '/esco/', fetcher = fetchJson }: { base?: string; fetcher?: FetchJson } = {},
): Promise<Result<EscoSearchIndex, EscoLoadCode>> => {
  const key = `${base}|${kind}|${lang}`
  const pending = loads.get(key)
  if (pending) return pending
  const p = load(kind, lang, base, fetcher).then((r) => {
    if (!r.ok) loads.delete(key)
    return r
  })
  loads.set(key, p)
  return p
}

/** The languages to search for a person reading `uiLang`: theirs first, then English as a fallback
 * where ESCO has no labels in their language (Dutch skills). */
export const escoLangsFor = (kind: EscoKind, uiLang: EscoLang): EscoLang[] => {
  const available = ESCO_LANGS[kind] as readonly EscoLang[]
  return available.includes(uiLang) ? [uiLang] : available.filter((l) => l === 'en' || l === 'fr')
}
