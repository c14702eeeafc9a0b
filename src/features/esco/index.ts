// ESCO pickers (issue 13, point 4): the index loaded on demand, and the search. No Preact.
export { ESCO_KINDS, ESCO_LANGS, type EscoKind, type EscoLang } from './index-format.ts'
export { type EscoLoadCode, escoLangsFor, type FetchJson, fetchJson, loadEscoIndex } from './loader.ts'
export { searchKey, searchWords } from './normalise.ts'
export {
  createEscoSearcher,
  type EscoHit,
  type EscoSearchIndex,
  makeSearchIndex,
  type SearchOptions,
  searchEsco,
} from './search.ts'
