// How a signing key is kept on the device without its secret in clear (issue #11 point 7), with no
// passphrase to type at every signature:
// - the signing key itself: a non-extractable WebCrypto Ed25519 CryptoKey where the platform has one
//   (Chromium, Firefox, Safari 17, Node 20): scripts can sign with it, never read it back;
// - a copy of the 32-byte secret, sealed (AES-GCM-256) under the device's own non-extractable AES key,
//   so that the person can still make a passphrase-protected backup file later; the public key is the
//   additional data, so a sealed copy moved onto another key's record does not open.
// Where WebCrypto has no Ed25519, signing unseals the copy in memory for the moment of the signature.
// The stronger passphrase/PIN wrapping (nothing usable without the person) is key-store.ts.
import { ed25519 } from '@noble/curves/ed25519.js'
import { fromBase64Url, toBase64Url } from '../protocol/index.ts'
import type { SigningKey } from './sign.ts'

export type { AnyKey, SigningKey } from './sign.ts'

import { type TrainerKeys, trainerKeysFromSecret } from './trainer-keys.ts'

type Bytes = Uint8Array<ArrayBuffer>
const bytes = (b: Uint8Array): Bytes => new Uint8Array(b) as Bytes
// PKCS #8 wrapper of a 32-byte Ed25519 seed (RFC 8410).
const PKCS8_PREFIX = [
  0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20,
]

/** A secret sealed under the device key: base64url fields. */
export type DeviceSealed = { publicKey: string; iv: string; ciphertext: string }

/** A key that signs without showing its secret, and can still give it for a backup file. */
export type DeviceKey = SigningKey & { reveal: () => Promise<TrainerKeys> }

const aad = (publicKey: string) => bytes(new TextEncoder().encode(`livret-device-sealed|1|${publicKey}`))

/** A fresh non-extractable AES-GCM-256 key (the device's own, kept in IndexedDB as a CryptoKey). */
export const newDeviceWrapKey = (): Promise<CryptoKey> =>
  crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])

/** Seals a key pair's secret under the device key. */
export const sealUnderDeviceKey = async (keys: TrainerKeys, wrapKey: CryptoKey): Promise<DeviceSealed> => {
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const publicKey = toBase64Url(keys.publicKey)
  const ct = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: aad(publicKey) },
    wrapKey,
    bytes(keys.secretKey),
  )
  return { publicKey, iv: toBase64Url(iv), ciphertext: toBase64Url(new Uint8Array(ct)) }
}

/** Opens a sealed secret; null when it is damaged, moved, or sealed under another device key. */
export const openUnderDeviceKey = async (
  sealed: DeviceSealed,
  wrapKey: CryptoKey,
): Promise<TrainerKeys | null> => {
  const [iv, ct, pub] = [sealed.iv, sealed.ciphertext, sealed.publicKey].map(fromBase64Url)
  if (iv?.length !== 12 || !ct || pub?.length !== 32) return null
  try {
    const secret = new Uint8Array(
      await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: bytes(iv), additionalData: aad(sealed.publicKey) },
        wrapKey,
        bytes(ct),
      ),
    )
    if (secret.length !== 32) return null
    const keys = trainerKeysFromSecret(secret)
    secret.fill(0)
    return toBase64Url(keys.publicKey) === sealed.publicKey ? keys : null
  } catch {
    return null
  }
}

/** The secret as a non-extractable WebCrypto Ed25519 key, or null where the platform has none. */
export const nonExtractableEd25519 = async (secretKey: Uint8Array): Promise<CryptoKey | null> => {
  const der = new Uint8Array(48)
  der.set(PKCS8_PREFIX, 0)
  der.set(secretKey, 16)
  try {
    const key = await crypto.subtle.importKey('pkcs8', bytes(der), { name: 'Ed25519' }, false, ['sign'])
    await crypto.subtle.sign('Ed25519', key, new Uint8Array(1))
    return key
  } catch {
    return null
  } finally {
    der.fill(0)
  }
}

/** A DeviceKey over what the device keeps: the WebCrypto key when there is one, else the sealed copy. */
export const deviceKey = (
  publicKey: Uint8Array,
  privateKey: CryptoKey | undefined,
  reveal: () => Promise<TrainerKeys>,
): DeviceKey => ({
  publicKey,
  reveal,
  sign: privateKey
    ? async (data) => new Uint8Array(await crypto.subtle.sign('Ed25519', privateKey, bytes(data)))
    : async (data) => {
        const keys = await reveal()
        try {
          return ed25519.sign(data, keys.secretKey)
        } finally {
          keys.secretKey.fill(0)
        }
      },
})
