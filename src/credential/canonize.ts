// RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document, offline, as eddsa-rdfc-2022 requires:
// JSON-LD → RDF dataset (jsonld, safe mode: any term the contexts do not define is an error rather than
// silently dropped, so nothing unsigned can hide in a credential) → canonical N-Quads (rdf-canonize).
// Documents of a shape already seen take the faster road of fast-canonize.ts (same result).
import rdfCanonize from 'rdf-canonize'
import type { OfflineLoader } from './contexts.ts'
import { fastCanonize, jsonldToRdf } from './fast-canonize.ts'

/** Canonical N-Quads of a JSON-LD document; throws on an unknown context or an undefined term. */
export const canonize = async (doc: object, loader: OfflineLoader): Promise<string> => {
  const toRdf = jsonldToRdf(loader)
  const fast = await fastCanonize(doc, loader, toRdf)
  if (fast !== null) return fast
  return canonizeWithJsonld(doc, loader)
}

/** Canonical N-Quads through jsonld only (the reference road). */
export const canonizeWithJsonld = async (doc: object, loader: OfflineLoader): Promise<string> =>
  rdfCanonize.canonize(await jsonldToRdf(loader)(doc), { algorithm: 'RDFC-1.0' })
