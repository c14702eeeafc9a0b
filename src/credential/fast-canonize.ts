// A faster road to the same canonical N-Quads for documents of a shape already seen. JSON-LD expansion
// costs tens of milliseconds per credential (the OB 3.0 context has many type-scoped contexts), yet
// Livret's documents differ only in their string values. So:
//   1. skeleton: every string value is replaced by a slot IRI `urn:x-livret-slot:<n>`, except `type`
//      values and `@context` (they change how the document expands); numbers, booleans, keys stay;
//   2. the skeleton is turned into RDF by jsonld once per shape (safe mode) and kept;
//   3. the document's dataset is the kept one with each slot replaced by its string.
// Expansion is the same function of the skeleton whatever the strings, with these exceptions, each
// detected, and then the document goes through jsonld itself (`null` here): a string in an IRI position
// that jsonld would not keep as the same absolute IRI (relative, blank node id, compact IRI, white space
// — only `urn:`, `did:`, `https:`, `http:`, `data:` IRIs are substituted); a slot inside a JSON literal
// or a longer value; a slot-like string in the input. Nodes that share an id merge in real expansion:
// their triples are the union, so duplicates are removed before canonicalization.
// tests/integration/credential-fast-canonize.test.ts compares it with jsonld on every kind of document.
import jsonld from 'jsonld'
import rdfCanonize from 'rdf-canonize'
import type { OfflineLoader } from './contexts.ts'

const SLOT = 'urn:x-livret-slot:'
const SLOT_RE = /^urn:x-livret-slot:(\d+)$/
const IRI_OK = /^(urn|did|https?|data):[^\s<>"{}|\\^`]*$/
const RDF_JSON = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#JSON'
const MAX_SHAPES = 64
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

const skeletonOf = (doc: unknown, values: string[], depth = 0, key = ''): unknown => {
  if (depth > 40) throw new Error('document nested too deeply')
  if (typeof doc === 'string') {
    if (doc.includes(SLOT)) throw new Error('slot-like string')
    if (KEPT_KEYS.has(key)) return doc
    values.push(doc)
    return `${SLOT}${values.length - 1}`
  }
  if (Array.isArray(doc)) return doc.map((x) => skeletonOf(x, values, depth + 1, key))
  if (doc !== null && typeof doc === 'object')
    return Object.fromEntries(Object.entries(doc).map(([k, x]) => [k, skeletonOf(x, values, depth + 1, k)]))
  return doc
}

// Kept datasets by skeleton; a promise, so documents of a new shape verified together expand it once.
const shapes = new Map<string, Promise<Quad[] | null>>()

// The term with its slot replaced; undefined when this term cannot be substituted safely.
const fill = (t: Term, values: readonly string[]): Term | undefined => {
  const m = SLOT_RE.exec(t.value)
  if (!m) return t.value.includes(SLOT) ? undefined : t
  const value = values[Number(m[1])]
  if (value === undefined) return undefined
  if (t.termType === 'NamedNode') return IRI_OK.test(value) ? { ...t, value } : undefined
  if (t.termType === 'Literal') return t.datatype?.value === RDF_JSON ? undefined : { ...t, value }
  return undefined
}

const quadKey = (q: Quad) =>
  JSON.stringify(
    [q.subject, q.predicate, q.object, q.graph].map((t) => [
      t.termType,
      t.value,
      t.datatype?.value,
      t.language,
    ]),
  )

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
    if (object.language?.includes(SLOT)) return null
    const filled = { subject, predicate, object, graph }
    const k = quadKey(filled)
    if (!seen.has(k)) {
      seen.add(k)
      out.push(filled)
    }
  }
  return rdfCanonize.canonize(out, { algorithm: 'RDFC-1.0' })
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
