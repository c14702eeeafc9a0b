// The trainer's and the organisation's signing keys on this device, never in clear (issue #11 point 7;
// credential/device-seal.ts says how): a record holds the non-extractable Ed25519 CryptoKey (where the
// browser has one) and the secret sealed under the device's own non-extractable AES key (for backups).
// The device AES key is one record of its own (kind 'device-wrap-key'), made on first use.
// Where the browser has no WebCrypto Ed25519, the record holds the secret only wrapped under a key
// derived from the person's PIN or passphrase (PBKDF2-SHA-256, 600,000 iterations, AES-GCM-256:
// credential/key-store.ts); signing asks for the PIN once per session (pin-session.ts).
import * as v from 'valibot'
import type { AnyKey } from '../../credential/device-seal.ts'
import {
  type DeviceKey,
  deviceKey,
  newDeviceWrapKey,
  nonExtractableEd25519,
  openUnderDeviceKey,
  sealUnderDeviceKey,
} from '../../credential/device-seal.ts'
import {
  KEY_KDF_ITERATIONS,
  supportsWebCryptoEd25519,
  WrappedSecretSchema,
  wrapSecret,
} from '../../credential/key-store.ts'
import type { TrainerKeys } from '../../credential/trainer-keys.ts'
import { fromBase64Url } from '../../protocol/index.ts'
import { defineRecord } from '../../storage/index.ts'
import { keysFor, startUnlocked } from './pin-session.ts'

const isCryptoKey = (x: unknown): x is CryptoKey => typeof CryptoKey !== 'undefined' && x instanceof CryptoKey
const cryptoKey = v.custom<CryptoKey>(isCryptoKey, 'not-a-crypto-key')
const b64 = v.pipe(v.string(), v.maxLength(200), v.regex(/^[A-Za-z0-9_-]+$/))

/** What a key record keeps instead of the clear secret: the WebCrypto key and a sealed copy, or the
 * secret wrapped under the person's PIN (no WebCrypto Ed25519). */
export const ProtectedKeySchema = v.union([
  v.object({
    privateKey: v.optional(cryptoKey),
    sealed: v.object({ publicKey: b64, iv: b64, ciphertext: b64 }),
  }),
  v.object({ pinWrapped: WrappedSecretSchema }),
])
/** A protected key as stored. */
export type ProtectedKey = v.InferOutput<typeof ProtectedKeySchema>

const wrapKeys = defineRecord({
  kind: 'device-wrap-key',
  version: 1,
  schema: v.object({ key: cryptoKey }),
})
let wrapKey: Promise<CryptoKey> | undefined

/** The device's AES key, read once, made on first use. */
const deviceWrapKey = (): Promise<CryptoKey> => {
  wrapKey ??= (async () => {
    const r = await wrapKeys.get('aes-gcm')
    if (r?.ok) return r.value.key
    const key = await newDeviceWrapKey()
    await wrapKeys.put('aes-gcm', { key })
    return key
  })()
  wrapKey.catch(() => {
    wrapKey = undefined
  })
  return wrapKey
}

let support: Promise<boolean> | undefined
/** True when keys made here need a PIN: the browser cannot keep a non-extractable Ed25519 key. */
export const keysNeedPin = async (): Promise<boolean> => {
  support ??= supportsWebCryptoEd25519()
  return !(await support)
}

/** Shortest PIN or passphrase accepted to wrap a key. */
export const MIN_PIN_LENGTH = 6

/** Protects a key pair for storage (the caller then forgets the clear secret). Where the browser has
 * no WebCrypto Ed25519 (keysNeedPin) the screens ask for `pin` and the secret is kept only wrapped
 * under it; without one (an old clear record protected on open) it is sealed under the device key. */
export async function protectKeys(
  keys: TrainerKeys,
  pin?: string,
  iterations: number = KEY_KDF_ITERATIONS,
): Promise<ProtectedKey> {
  const privateKey = await nonExtractableEd25519(keys.secretKey)
  if (!privateKey && pin !== undefined) {
    if (pin.length < MIN_PIN_LENGTH) throw new Error('PIN too short')
    const pinWrapped = await wrapSecret(keys, pin, iterations)
    // The session starts unlocked: the person just typed it.
    startUnlocked(pinWrapped.publicKey, keys)
    return { pinWrapped }
  }
  const sealed = await sealUnderDeviceKey(keys, await deviceWrapKey())
  return { ...(privateKey ? { privateKey } : {}), sealed }
}

/** The signing key of a stored record; null when its sealed copy cannot be opened on this device. */
export async function unlockKeys(p: ProtectedKey): Promise<DeviceKey | null> {
  if ('pinWrapped' in p) {
    const pub = fromBase64Url(p.pinWrapped.publicKey)
    if (pub?.length !== 32) return null
    // Signing (and a backup) asks for the PIN once per session.
    return deviceKey(pub, undefined, () => keysFor(p.pinWrapped))
  }
  const publicKey = fromBase64Url(p.sealed.publicKey)
  if (publicKey?.length !== 32) return null
  const wrap = await deviceWrapKey()
  // Checked once at load: a record whose copy does not open is reported as damaged, not at signing.
  const probe = await openUnderDeviceKey(p.sealed, wrap)
  if (!probe) return null
  probe.secretKey.fill(0)
  const reveal = async () => {
    const keys = await openUnderDeviceKey(p.sealed, wrap)
    if (!keys) throw new Error('sealed key no longer opens')
    return keys
  }
  return deviceKey(publicKey, p.privateKey, reveal)
}

/** A key in memory or on the device, made ready for a backup file (the secret, briefly in memory). */
export const secretForBackup = async (keys: AnyKey | DeviceKey): Promise<TrainerKeys> => {
  if ('secretKey' in keys) return keys
  if ('reveal' in keys) return keys.reveal()
  throw new Error('this key cannot be backed up')
}

/** Keys made in memory, turned into a device key (as saved; used by saveIdentity/saveOrganisation). */
export async function toDeviceKey(
  keys: AnyKey | DeviceKey,
  pin?: string,
): Promise<{ key: DeviceKey; stored: ProtectedKey }> {
  const clear = await secretForBackup(keys)
  const stored = await protectKeys(clear, pin)
  const key = await unlockKeys(stored)
  if (!key) throw new Error('a key just sealed does not open')
  return { key, stored }
}
