import { ed25519 } from '@noble/curves/ed25519.js'
import { describe, expect, it } from 'vitest'
import { toBase64Url } from '../protocol/index.ts'
import {
  createKeyStore,
  type KeyRecordStorage,
  type StoredKey,
  supportsWebCryptoEd25519,
} from './key-store.ts'
import { issueCredential } from './sign.ts'
import { generateTrainerKeys, keyInfo, trainerKeysFromSecret } from './trainer-keys.ts'
import { verifyCredential } from './verify.ts'

// Records go through structuredClone, as IndexedDB stores them (CryptoKey objects included).
const memoryStorage = (): KeyRecordStorage & { records: Map<string, StoredKey> } => {
  const records = new Map<string, StoredKey>()
  return {
    records,
    get: async (id) => (records.has(id) ? structuredClone(records.get(id)) : undefined),
    put: async (id, r) => void records.set(id, structuredClone(r)),
  }
}
const ITERATIONS = 2_000
const codeOf = (r: { ok: boolean; code?: string }) => (r.ok ? 'ok' : r.code)
const issueWith = (keys: Parameters<typeof issueCredential>[0]['keys']) =>
  issueCredential({
    trainer: { name: 'Marie Dupont', organisation: 'CISP' },
    keys,
    holderIdentifier: 'h',
    competence: { id: 'c1', label: 'Tenir une caisse', family: 'savoir-faire' },
    assessment: { status: 'validated', level: 3, method: 'situation', date: '2026-11-20' },
  })

describe('key store', () => {
  it('Node’s WebCrypto holds Ed25519 keys (the non-extractable mode is the one used here)', async () => {
    expect(await supportsWebCryptoEd25519()).toBe(true)
  })

  it('keeps a non-extractable key that signs like the original, and nothing readable of the secret', async () => {
    const storage = memoryStorage()
    const store = createKeyStore(storage, { iterations: ITERATIONS })
    const original = generateTrainerKeys()
    const clear = trainerKeysFromSecret(original.secretKey)
    const info = await store.adopt('trainer', original, 'correct horse')
    expect(info).toEqual(keyInfo(clear.publicKey))
    const record = storage.records.get('trainer')
    if (record?.kind !== 'webcrypto') throw new Error('expected the WebCrypto mode')
    expect(record.privateKey.extractable).toBe(false)
    await expect(crypto.subtle.exportKey('pkcs8', record.privateKey)).rejects.toThrow()
    expect(JSON.stringify(record.wrapped)).not.toContain(toBase64Url(clear.secretKey))
    const key = await store.signingKey('trainer')
    if (!key.ok) throw new Error(key.code)
    const data = new Uint8Array([1, 2, 3])
    expect(await key.value.sign(data)).toEqual(ed25519.sign(data, clear.secretKey))
    const verified = await verifyCredential(await issueWith(key.value))
    if (!verified.ok) throw new Error(verified.code)
    expect(verified.value.fingerprint).toBe(info.fingerprint)
  })

  it('without WebCrypto Ed25519, keeps the secret only wrapped and signs after the PIN', async () => {
    const storage = memoryStorage()
    const store = createKeyStore(storage, { webcrypto: false, iterations: ITERATIONS })
    const info = await store.create('org', '4821')
    expect(storage.records.get('org')?.kind).toBe('wrapped')
    expect(codeOf(await store.signingKey('org'))).toBe('key-locked')
    expect(codeOf(await store.signingKey('org', '0000'))).toBe('key-passphrase-wrong')
    const key = await store.signingKey('org', '4821')
    if (!key.ok) throw new Error(key.code)
    expect(keyInfo(key.value.publicKey)).toEqual(info)
    expect((await verifyCredential(await issueWith(key.value))).ok).toBe(true)
    expect(codeOf(await store.signingKey('nobody'))).toBe('key-missing')
  })

  it('its backup is passphrase-protected and restores the same key elsewhere', async () => {
    const store = createKeyStore(memoryStorage(), { iterations: ITERATIONS })
    const info = await store.create('trainer', 'phrase de passe longue')
    const backup = JSON.parse(JSON.stringify(await store.backup('trainer')))
    const other = createKeyStore(memoryStorage(), { iterations: ITERATIONS })
    expect(codeOf(await other.restore('t', backup, 'mauvaise phrase'))).toBe('key-passphrase-wrong')
    expect(
      codeOf(await other.restore('t', { ...backup, iterations: 'x', kdf: {} }, 'phrase de passe longue')),
    ).toBe('key-backup-invalid')
    // The wrapped secret is bound to its public key: moved under another one, it does not open.
    const moved = { ...backup, publicKey: toBase64Url(generateTrainerKeys().publicKey) }
    expect(codeOf(await other.restore('t', moved, 'phrase de passe longue'))).toBe('key-passphrase-wrong')
    const restored = await other.restore('t', backup, 'phrase de passe longue')
    if (!restored.ok) throw new Error(restored.code)
    expect(restored.value).toEqual(info)
    expect(await other.info('t')).toEqual(info)
  })
})
