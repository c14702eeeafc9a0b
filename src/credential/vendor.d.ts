// Minimal typings for the two JSON-LD libraries this module calls (they ship no types of their own).

declare module 'jsonld' {
  /** What a document loader returns for one URL. */
  export type RemoteDocument = { contextUrl: string | null; documentUrl: string; document: unknown }
  /** Options of `toRDF` used here. */
  export type ToRdfOptions = {
    documentLoader: (url: string) => Promise<RemoteDocument>
    safe?: boolean
    base?: string | null
    rdfDirection?: 'i18n-datatype'
    produceGeneralizedRdf?: boolean
  }
  const jsonld: { toRDF(input: object, options: ToRdfOptions): Promise<unknown> }
  export default jsonld
}

declare module 'rdf-canonize' {
  const rdfCanonize: {
    canonize(
      dataset: unknown,
      options: {
        algorithm: 'RDFC-1.0'
        format?: 'application/n-quads'
        /** A SHA-256 with rdf-canonize's MessageDigest shape (update strings, digest to hex). */
        createMessageDigest?: () => { update(msg: string): void; digest(): Promise<string> | string }
      },
    ): Promise<string>
  }
  export default rdfCanonize
}
