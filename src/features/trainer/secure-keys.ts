// The trainer's and the organisation's signing keys on this device, never in clear (issue #11 point 7;
// credential/device-seal.ts says how): a record holds the non-extractable Ed25519 CryptoKey (where the
// browser has one) and the secret sealed under the device's own non-extractable AES key (for backups).
// The device AES key is one record of its own (kind 'device-wrap-key'), made on first use.
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
import type { TrainerKeys } from '../../credential/trainer-keys.ts'
import { fromBase64Url } from '../../protocol/index.ts'
import { defineRecord } from '../../storage/index.ts'

const isCryptoKey = (x: unknown): x is CryptoKey => typeof CryptoKey !== 'undefined' && x instanceof CryptoKey
const cryptoKey = v.custom<CryptoKey>(isCryptoKey, 'not-a-crypto-key')
const b64 = v.pipe(v.string(), v.maxLength(200), v.regex(/^[A-Za-z0-9_-]+$/))

/** What a key record keeps instead of the clear secret. */
export const ProtectedKeySchema = v.object({
  privateKey: v.optional(cryptoKey),
  sealed: v.object({ publicKey: b64, iv: b64, ciphertext: b64 }),
})
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

/** Protects a key pair for storage (the caller then forgets the clear secret). */
export async function protectKeys(keys: TrainerKeys): Promise<ProtectedKey> {
  const sealed = await sealUnderDeviceKey(keys, await deviceWrapKey())
  const privateKey = await nonExtractableEd25519(keys.secretKey)
  return { ...(privateKey ? { privateKey } : {}), sealed }
}

/** The signing key of a stored record; null when its sealed copy cannot be opened on this device. */
export async function unlockKeys(p: ProtectedKey): Promise<DeviceKey | null> {
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
): Promise<{ key: DeviceKey; stored: ProtectedKey }> {
  const clear = await secretForBackup(keys)
  const stored = await protectKeys(clear)
  const key = await unlockKeys(stored)
  if (!key) throw new Error('a key just sealed does not open')
  return { key, stored }
}
