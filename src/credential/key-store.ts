// Keeps a trainer's or organisation's Ed25519 signing key off the device's readable storage.
// - Where WebCrypto supports Ed25519 (Node 20, recent Chromium, Firefox, Safari 17), the secret is
//   imported once as a non-extractable CryptoKey: IndexedDB stores the key object, and no script, not
//   even Livret's, can read its bytes back; signing needs no PIN.
// - Elsewhere, the secret is stored only wrapped (AES-GCM-256) under a key derived from the person's PIN
//   or passphrase (PBKDF2-HMAC-SHA-256, 600,000 iterations, as the backup file); signing asks for it.
// In both cases the record also keeps the passphrase-wrapped secret: it is the key's backup (a
// non-extractable key cannot be exported later), so a backup never holds the secret in clear.
// The wrapped secret binds the public key as AES-GCM additional data: a blob moved onto another key's
// record does not decrypt.
import { ed25519 } from '@noble/curves/ed25519.js'
import * as v from 'valibot'
import { fail, ok, type Result } from '../domain/result.ts'
import { fromBase64Url, toBase64Url } from '../protocol/index.ts'
import type { SigningKey } from './sign.ts'
import { keyInfo, type TrainerKeyInfo, type TrainerKeys, trainerKeysFromSecret } from './trainer-keys.ts'

/** PBKDF2 iterations for new wrapped keys (same figure as the backup file). */
export const KEY_KDF_ITERATIONS = 600_000

const b64 = v.pipe(v.string(), v.maxLength(200), v.regex(/^[A-Za-z0-9_-]+$/))
/** A secret key wrapped under a passphrase: what a backup holds. Parsed with this schema when read. */
export const WrappedSecretSchema = v.object({
  format: v.literal('livret-wrapped-ed25519'),
  version: v.literal(1),
  publicKey: b64,
  kdf: v.object({
    name: v.literal('PBKDF2'),
    hash: v.literal('SHA-256'),
    // A hostile file must not freeze the phone, nor be cheap to guess.
    iterations: v.pipe(v.number(), v.integer(), v.minValue(1_000), v.maxValue(5_000_000)),
    salt: b64,
  }),
  iv: b64,
  ciphertext: b64,
})
/** A wrapped secret key. */
export type WrappedSecret = v.InferOutput<typeof WrappedSecretSchema>

/** What the store keeps per key (in IndexedDB on a device: CryptoKey objects are stored as they are). */
export type StoredKey =
  | { kind: 'webcrypto'; privateKey: CryptoKey; wrapped: WrappedSecret }
  | { kind: 'wrapped'; wrapped: WrappedSecret }

/** Where records live: Dexie in the app, a Map in tests. */
export type KeyRecordStorage = {
  get: (id: string) => Promise<StoredKey | undefined>
  put: (id: string, record: StoredKey) => Promise<void>
}

/** Why a key cannot be used or restored. */
export type KeyStoreErrorCode = 'key-missing' | 'key-locked' | 'key-passphrase-wrong' | 'key-backup-invalid'

type Bytes = Uint8Array<ArrayBuffer>
const bytes = (b: Uint8Array): Bytes => new Uint8Array(b) as Bytes
// PKCS #8 wrapper of a 32-byte Ed25519 seed (RFC 8410).
const PKCS8_PREFIX = [
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]

const wrappingKey = async (passphrase: string, salt: Bytes, iterations: number): Promise<CryptoKey> => {
  const base = await crypto.subtle.importKey(
    'raw',
    bytes(new TextEncoder().encode(passphrase.normalize('NFC'))),
    'PBKDF2',
    false,
    ['deriveKey'],
  )
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
}

const aad = (publicKey: string) => bytes(new TextEncoder().encode(`livret-wrapped-ed25519|1|${publicKey}`))

/** Wraps a secret key under a passphrase. */
export const wrapSecret = async (
  keys: TrainerKeys,
  passphrase: string,
  iterations: number = KEY_KDF_ITERATIONS,
): Promise<WrappedSecret> => {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const publicKey = toBase64Url(keys.publicKey)
  const key = await wrappingKey(passphrase, salt, iterations)
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(publicKey) },
    key,
    bytes(keys.secretKey),
  )
  return {
    format: 'livret-wrapped-ed25519',
    version: 1,
    publicKey,
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: toBase64Url(salt) },
    iv: toBase64Url(iv),
    ciphertext: toBase64Url(new Uint8Array(ct)),
  }
}

/** Unwraps a secret key (input from a file is checked with WrappedSecretSchema first). */
export const unwrapSecret = async (
  input: unknown,
  passphrase: string,
): Promise<Result<TrainerKeys, 'key-passphrase-wrong' | 'key-backup-invalid'>> => {
  const parsed = v.safeParse(WrappedSecretSchema, input)
  if (!parsed.success) return fail('key-backup-invalid')
  const w = parsed.output
  const [salt, iv, ct, pub] = [w.kdf.salt, w.iv, w.ciphertext, w.publicKey].map(fromBase64Url)
  if (!salt || salt.length < 16 || iv?.length !== 12 || !ct || pub?.length !== 32)
    return fail('key-backup-invalid')
  let secret: Uint8Array
  try {
    const key = await wrappingKey(passphrase, bytes(salt), w.kdf.iterations)
    secret = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes(iv), additionalData: aad(w.publicKey) },
        key,
        bytes(ct),
      ),
    )
  } catch {
    return fail('key-passphrase-wrong')
  }
  if (secret.length !== 32) return fail('key-backup-invalid')
  const keys = trainerKeysFromSecret(secret)
  secret.fill(0)
  if (toBase64Url(keys.publicKey) !== w.publicKey) return fail('key-backup-invalid')
  return ok(keys)
}

/** True when this platform's WebCrypto can hold a non-extractable Ed25519 key and sign with it. */
export const supportsWebCryptoEd25519 = async (): Promise<boolean> => {
  try {
    const k = await crypto.subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify'])
    if (!('privateKey' in k)) return false
    await crypto.subtle.sign('Ed25519', k.privateKey, new Uint8Array(1))
    return true
  } catch {
    return false
  }
}

const publicKeyOf = (w: WrappedSecret): Uint8Array => {
  const pub = fromBase64Url(w.publicKey)
  if (pub?.length !== 32) throw new Error('stored key record damaged')
  return pub
}

/** A key store over a record storage; `webcrypto: false` forces the PIN-wrapped mode (tests, old browsers). */
export const createKeyStore = (
  storage: KeyRecordStorage,
  options: { webcrypto?: boolean; iterations?: number } = {},
) => {
  const iterations = options.iterations ?? KEY_KDF_ITERATIONS
  const useWebCrypto = async () => options.webcrypto ?? (await supportsWebCryptoEd25519())

  // Stores a key pair, then forgets its secret: kept non-extractable, or only wrapped.
  const keep = async (id: string, keys: TrainerKeys, passphrase: string): Promise<TrainerKeyInfo> => {
    const wrapped = await wrapSecret(keys, passphrase, iterations)
    if (await useWebCrypto()) {
      const der = new Uint8Array(48)
      der.set(PKCS8_PREFIX, 0)
      der.set(keys.secretKey, 16)
      const privateKey = await crypto.subtle.importKey('pkcs8', bytes(der), { name: 'Ed25519' }, false, [
        'sign',
      ])
      der.fill(0)
      await storage.put(id, { kind: 'webcrypto', privateKey, wrapped })
    } else await storage.put(id, { kind: 'wrapped', wrapped })
    keys.secretKey.fill(0)
    return keyInfo(keys.publicKey)
  }

  return {
    /** Makes a new key protected by `passphrase` (which also protects its backup). */
    create: (id: string, passphrase: string) => {
      const { secretKey, publicKey } = ed25519.keygen()
      return keep(id, { secretKey, publicKey }, passphrase)
    },
    /** Moves a key held in clear (older Livret records) into the store; the caller then deletes the clear copy. */
    adopt: (id: string, keys: TrainerKeys, passphrase: string) =>
      keep(id, trainerKeysFromSecret(keys.secretKey), passphrase),
    /** Restores a key from its backup, with the passphrase it was wrapped under. */
    restore: async (id: string, backup: unknown, passphrase: string) => {
      const keys = await unwrapSecret(backup, passphrase)
      return keys.ok ? ok(await keep(id, keys.value, passphrase)) : keys
    },
    /** The key's backup: its secret wrapped under the passphrase (never in clear). */
    backup: async (id: string): Promise<WrappedSecret | null> => (await storage.get(id))?.wrapped ?? null,
    /** Public information of a stored key. */
    info: async (id: string): Promise<TrainerKeyInfo | null> => {
      const r = await storage.get(id)
      return r ? keyInfo(publicKeyOf(r.wrapped)) : null
    },
    /** A key ready to sign; in wrapped mode it needs the passphrase ('key-locked' without it). */
    signingKey: async (id: string, passphrase?: string): Promise<Result<SigningKey, KeyStoreErrorCode>> => {
      const r = await storage.get(id)
      if (!r) return fail('key-missing')
      const publicKey = publicKeyOf(r.wrapped)
      if (r.kind === 'webcrypto') {
        const key = r.privateKey
        return ok({
          publicKey,
          sign: async (data) => new Uint8Array(await crypto.subtle.sign('Ed25519', key, bytes(data))),
        })
      }
      if (passphrase === undefined) return fail('key-locked')
      const keys = await unwrapSecret(r.wrapped, passphrase)
      if (!keys.ok) return keys
      const secret = keys.value.secretKey
      return ok({ publicKey, sign: async (data) => ed25519.sign(data, secret) })
    },
  }
}

/** A key store. */
export type KeyStore = ReturnType<typeof createKeyStore>
