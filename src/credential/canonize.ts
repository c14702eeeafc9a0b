// RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document, offline, as eddsa-rdfc-2022 requires:
// JSON-LD → RDF dataset (jsonld, safe mode: any term the contexts do not define is an error rather than
// silently dropped, so nothing unsigned can hide in a credential) → canonical N-Quads (rdf-canonize).
import jsonld from 'jsonld'
import rdfCanonize from 'rdf-canonize'
import type { OfflineLoader } from './contexts.ts'

/** Canonical N-Quads of a JSON-LD document; throws on an unknown context or an undefined term. */
export const canonize = async (doc: object, loader: OfflineLoader): Promise<string> => {
  const dataset = await jsonld.toRDF(doc, {
    documentLoader: loader.load,
    safe: true,
    base: null,
    rdfDirection: 'i18n-datatype',
    produceGeneralizedRdf: false,
  })
  return rdfCanonize.canonize(dataset, { algorithm: 'RDFC-1.0' })
}
