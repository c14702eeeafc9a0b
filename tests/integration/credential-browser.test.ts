// The credential module in real Chromium, bundled by Vite the way the app's lazy chunk is: a trainer's
// key is made in the page, a credential is signed and verified there (WebCrypto path of rdf-canonize),
// the page makes no request outside its own origin, and Node verifies what the browser signed.
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type SignedCredential, verifyCredential } from '../../src/credential/index.ts'
import { launchBrowser } from '../support/browser.ts'
import { buildCredentialModule } from '../support/credential-bundle.ts'

// Served by page.route, never by a server: nothing listens on this port.
const ORIGIN = 'http://127.0.0.1:9'

// The page's own script (plain JavaScript, run as a module by Chromium), its result on globalThis.outcome.
const PAGE = `<!doctype html><meta charset="utf-8"><title>credential</title><script type="module">
try {
  const m = await import('/credential.js')
  const keys = m.generateTrainerKeys()
  const credential = await m.issueCredential({
    trainer: { name: 'Awa Diallo', organisation: 'Mission locale' },
    keys,
    holderIdentifier: 'c0ffee00-1234-4abc-8def-0123456789ab',
    competence: { id: 'e2a1b3c4-d5e6-4f70-8a9b-c0d1e2f3a4b5', label: 'Travailler en équipe', family: 'savoir-etre' },
    assessment: { status: 'validated', level: 4, method: 'portfolio', date: '2026-11-19' },
  })
  const verified = await m.verifyCredential(credential)
  const tampered = await m.verifyCredential({ ...credential, name: 'Autre' })
  const unknownContext = await m.verifyCredential({
    ...credential,
    '@context': [credential['@context'][0], 'https://example.org/x.jsonld'],
  })
  // The key store in the page: a non-extractable WebCrypto Ed25519 key, records cloned as IndexedDB would.
  const records = new Map()
  const store = m.createKeyStore({
    get: async (id) => (records.has(id) ? structuredClone(records.get(id)) : undefined),
    put: async (id, r) => void records.set(id, structuredClone(r)),
  }, { iterations: 2000 })
  const storeInfo = await store.create('trainer', 'phrase')
  const signing = await store.signingKey('trainer')
  const storeSigned = await m.issueCredential({
    trainer: { name: 'Awa Diallo', organisation: 'Mission locale' },
    keys: signing.value,
    holderIdentifier: 'h',
    competence: { id: 'c2', label: 'Accueillir', family: 'savoir-faire' },
    assessment: { status: 'partial', level: 2, method: 'test', date: '2026-11-19', remaining: 'Le téléphone' },
  })
  const storeVerified = await m.verifyCredential(storeSigned)
  globalThis.outcome = {
    keyStore: {
      webcrypto: await m.supportsWebCryptoEd25519(),
      kind: records.get('trainer').kind,
      extractable: records.get('trainer').privateKey?.extractable,
      verified: storeVerified.ok && storeVerified.value.fingerprint === storeInfo.fingerprint,
    },
    secure: globalThis.isSecureContext,
    credential,
    verified: verified.ok ? { ok: true, ...verified.value, credential: undefined } : verified,
    tampered,
    unknownContext,
    fingerprint: m.keyInfo(keys.publicKey).fingerprint,
  }
} catch (e) {
  globalThis.outcome = { error: String(e && e.stack || e) }
}
</script>`

let browser: Browser | undefined
let page: Page
const requested: string[] = []

const bundle = async (): Promise<string> => {
  const [chunk] = await buildCredentialModule()
  if (!chunk) throw new Error('vite produced no chunk')
  return chunk.code
}

beforeAll(async () => {
  const code = await bundle()
  browser = await launchBrowser()
  page = await browser.newPage()
  page.on('request', (r) => requested.push(r.url()))
  await page.route('**/*', (route) => {
    const url = route.request().url()
    if (url === `${ORIGIN}/`) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: PAGE })
    if (url === `${ORIGIN}/credential.js`)
      return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: code })
    return route.abort()
  })
  await page.goto(`${ORIGIN}/`)
})

afterAll(async () => {
  await browser?.close()
})

type PageOutcome = {
  secure: boolean
  keyStore: { webcrypto: boolean; kind: string; extractable?: boolean; verified: boolean }
  credential: SignedCredential
  verified: { ok: boolean; fingerprint?: string; status?: string }
  tampered: { ok: boolean; code?: string }
  unknownContext: { ok: boolean; code?: string }
  fingerprint: string
}

describe('credential module in Chromium', () => {
  it('signs and verifies in the page, offline, and Node accepts what the page signed', async () => {
    await page.waitForFunction(() => 'outcome' in globalThis, undefined, { timeout: 30_000 })
    const outcome = (await page.evaluate(
      () => (globalThis as unknown as { outcome: unknown }).outcome,
    )) as PageOutcome
    if ('error' in (outcome as object))
      throw new Error(String((outcome as unknown as { error: string }).error))

    expect(outcome.secure).toBe(true)
    expect(outcome.keyStore).toEqual({
      webcrypto: true,
      kind: 'webcrypto',
      extractable: false,
      verified: true,
    })
    expect(outcome.verified).toMatchObject({
      ok: true,
      status: 'validated',
      fingerprint: outcome.fingerprint,
    })
    expect(outcome.tampered).toEqual({ ok: false, code: 'credential-bad-proof' })
    expect(outcome.unknownContext).toEqual({ ok: false, code: 'credential-unknown-context' })
    expect(requested.every((u) => u.startsWith(`${ORIGIN}/`))).toBe(true)

    const inNode = await verifyCredential(outcome.credential)
    if (!inNode.ok) throw new Error(inNode.code)
    expect(inNode.value.fingerprint).toBe(outcome.fingerprint)
    expect(inNode.value.competenceLabel).toBe('Travailler en équipe')
  })
})
