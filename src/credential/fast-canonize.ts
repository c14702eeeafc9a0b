// A faster road to the same canonical N-Quads for documents of a shape already seen. JSON-LD expansion
// costs tens of milliseconds per credential (the OB 3.0 context has many type-scoped contexts), yet
// Livret's documents differ only in their string values. So:
//   1. skeleton: every string value is replaced by a slot IRI `urn:x-livret-slot:<n>`, except the values
//      that steer expansion (`type`, `@language`, `@direction`, the @vocab-typed `proofPurpose`) and
//      `@context`; numbers, booleans, null and keys stay;
//   2. the skeleton is turned into RDF by jsonld once per shape (safe mode) and kept;
//   3. the document's dataset is the kept one with each slot replaced by its string.
// Expansion is the same function of the skeleton whatever the strings, with these exceptions, each
// detected, and then the document goes through jsonld itself (`null` here):
//   - a string in an IRI position that jsonld would not keep as the same absolute IRI (relative, blank
//     node id, compact IRI, keyword-like, white space or N-Quads-breaking characters — only `urn:`,
//     `did:`, `https:`, `http:`, `data:` IRIs are substituted: no bundled context defines these prefixes);
//   - a slot inside a JSON literal, a datatype, a language or a longer value (a compact IRI built on it);
//   - the slot marker in the input;
//   - a `@context` that is not a list of URLs (an inline context could define the slot's prefix).
// Nodes that share an id merge in real expansion: their triples are the union (jsonld's node map keeps
// each value once), so duplicate quads are removed before canonicalization. Lists (`allowedValue`) get
// fresh blank nodes on both roads.
// tests/integration/credential-fast-canonize.test.ts compares it with jsonld on every kind of document,
// on many generated ones and on hostile variants.
import jsonld from 'jsonld'
import rdfCanonize from 'rdf-canonize'
import type { OfflineLoader } from './contexts.ts'
import { createSyncSha256 } from './sync-digest.ts'

const SLOT = 'urn:x-livret-slot:'
// Anywhere in a term, even after a prefix was expanded: the marker without its scheme.
const MARK = 'x-livret-slot'
const SLOT_RE = /^urn:x-livret-slot:(\d+)$/
const IRI_OK = /^(urn|did|https?|data):[^\s<>"{}|\\^`]*$/
const RDF_JSON = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON'
const MAX_SHAPES = 64
const RDFC = { algorithm: 'RDFC-1.0' } as const
// rdf-canonize hashes blank nodes with Node's native crypto in Node, with WebCrypto (a round trip per
// hash) elsewhere: there, a synchronous SHA-256 in JavaScript (sync-digest.ts).
const SYNC_DIGEST =
  typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node !== 'string'
// Values that steer expansion itself rather than being data, or are vocabulary terms
// (proofPurpose: 'assertionMethod'): kept in the skeleton.
const KEPT_KEYS = new Set([
  'type',
  '@type',
  '@context',
  '@language',
  '@direction',
  '@vocab',
  '@base',
  'proofPurpose',
])

type Term = { termType: string; value: string; datatype?: Term; language?: string }
type Quad = { subject: Term; predicate: Term; object: Term; graph: Term }

// A `@context` the fast road can keep as it is: URLs only (bundled or refused by the loader).
const plainContext = (ctx: unknown): boolean =>
  typeof ctx === 'string' || (Array.isArray(ctx) && ctx.every((c) => typeof c === 'string'))

const skeletonOf = (doc: unknown, values: string[], depth = 0, key = ''): unknown => {
  if (depth > 40) throw new Error('document nested too deeply')
  if (key === '@context') {
    if (!plainContext(doc)) throw new Error('inline context')
    return doc
  }
  if (typeof doc === 'string') {
    if (doc.includes(MARK)) throw new Error('slot-like string')
    if (KEPT_KEYS.has(key)) return doc
    values.push(doc)
    return `${SLOT}${values.length - 1}`
  }
  if (Array.isArray(doc)) return doc.map((x) => skeletonOf(x, values, depth + 1, key))
  if (doc !== null && typeof doc === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, x] of Object.entries(doc)) {
      if (k.includes(MARK)) throw new Error('slot-like key')
      out[k] = skeletonOf(x, values, depth + 1, k)
    }
    return out
  }
  return doc
}

// Kept datasets by skeleton; a promise, so documents of a new shape verified together expand it once.
const shapes = new Map<string, Promise<Quad[] | null>>()

// The term with its slot replaced; undefined when this term cannot be substituted safely.
const fill = (t: Term, values: readonly string[]): Term | undefined => {
  if (t.datatype?.value.includes(MARK) || t.language?.includes(MARK)) return undefined
  if (!t.value.includes(MARK)) return t
  const m = SLOT_RE.exec(t.value)
  const value = m ? values[Number(m[1])] : undefined
  if (value === undefined) return undefined
  if (t.termType === 'NamedNode') return IRI_OK.test(value) ? { ...t, value } : undefined
  if (t.termType === 'Literal') return t.datatype?.value === RDF_JSON ? undefined : { ...t, value }
  return undefined
}

// One string per quad for removing duplicates; each field length-prefixed, so no two quads collide.
const field = (s: string) => `${s.length}:${s}`
const termKey = (t: Term) =>
  `${t.termType[0]}${field(t.value)}${field(t.datatype?.value ?? '')}${field(t.language ?? '')}`
const quadKey = (q: Quad) => termKey(q.subject) + termKey(q.predicate) + termKey(q.object) + termKey(q.graph)

/** Canonical N-Quads through the shape cache; null when this document must go through jsonld. */
export const fastCanonize = async (
  doc: object,
  loader: OfflineLoader,
  toRdf: (doc: object) => Promise<unknown>,
): Promise<string | null> => {
  const values: string[] = []
  let skeleton: unknown
  try {
    skeleton = skeletonOf(doc, values)
  } catch {
    return null
  }
  const key = JSON.stringify(skeleton)
  let pending = shapes.get(key)
  if (!pending) {
    // A skeleton jsonld refuses is not kept: jsonld's own road then says what is wrong with the document.
    pending = (toRdf(skeleton as object) as Promise<Quad[]>).then(
      (quads) => (loader.refusedUrl() ? null : quads),
      () => null,
    )
    if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value as string)
    shapes.set(key, pending)
  }
  const template = await pending
  if (!template) {
    shapes.delete(key)
    return null
  }
  const seen = new Set<string>()
  const out: Quad[] = []
  for (const q of template) {
    const [subject, predicate, object, graph] = [q.subject, q.predicate, q.object, q.graph].map((t) =>
      fill(t, values),
    )
    if (!subject || !predicate || !object || !graph) return null
    const filled = { subject, predicate, object, graph }
    const k = quadKey(filled)
    if (!seen.has(k)) {
      seen.add(k)
      out.push(filled)
    }
  }
  return rdfCanonize.canonize(out, SYNC_DIGEST ? { ...RDFC, createMessageDigest: createSyncSha256 } : RDFC)
}

/** Forgets the kept shapes (tests). */
export const clearShapes = () => shapes.clear()

/** jsonld's own road, as canonize.ts calls it. */
export const jsonldToRdf = (loader: OfflineLoader) => (doc: object) =>
  jsonld.toRDF(doc, {
    documentLoader: loader.load,
    safe: true,
    base: null,
    rdfDirection: 'i18n-datatype',
    produceGeneralizedRdf: false,
  })
