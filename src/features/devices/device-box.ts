// Each device's own box key (X25519): what one device seals to another so that nobody else can
// open it — not the relay, and not a removed device that still knows every mailbox's key (a room
// member learns the mailboxes from the household, household.ts). A box is
// `ephemeral public key (32) | nonce (12) | AES-GCM-256(key = HKDF(shared secret), data)`; the
// private half never leaves the device that made it.
import { x25519 } from '@noble/curves/ed25519.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'

const INFO = new TextEncoder().encode('livret-device-box-v1')
const NONCE = 12

/** A new private box key (32 bytes). */
export const newBoxSecret = (): Uint8Array => x25519.utils.randomSecretKey()

/** The public half of a box key (what the household lists). */
export const boxPublicKey = (secret: Uint8Array): Uint8Array => x25519.getPublicKey(secret)

const aesKey = async (shared: Uint8Array, ephemeral: Uint8Array, recipient: Uint8Array) => {
  const salt = new Uint8Array([...ephemeral, ...recipient])
  const raw = hkdf(sha256, shared, salt, INFO, 32)
  return globalThis.crypto.subtle.importKey('raw', raw as BufferSource, { name: 'AES-GCM' }, false, [
    'encrypt',
    'decrypt',
  ])
}

/** Seals `data` so that only the holder of `recipient`'s private key can open it. */
export async function sealToDevice(recipient: Uint8Array, data: Uint8Array): Promise<Uint8Array> {
  const ephemeralSecret = x25519.utils.randomSecretKey()
  const ephemeral = x25519.getPublicKey(ephemeralSecret)
  const key = await aesKey(x25519.getSharedSecret(ephemeralSecret, recipient), ephemeral, recipient)
  const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE))
  const sealed = new Uint8Array(
    await globalThis.crypto.subtle.encrypt({ name: 'AES-GCM', iv: nonce }, key, data as BufferSource),
  )
  const out = new Uint8Array(32 + NONCE + sealed.length)
  out.set(ephemeral, 0)
  out.set(nonce, 32)
  out.set(sealed, 32 + NONCE)
  return out
}

/** Opens a box sealed to this device; undefined when it is not for this key or was changed. */
export async function openForDevice(secret: Uint8Array, box: Uint8Array): Promise<Uint8Array | undefined> {
  if (box.length < 32 + NONCE + 16) return undefined
  const ephemeral = box.subarray(0, 32)
  try {
    const key = await aesKey(x25519.getSharedSecret(secret, ephemeral), ephemeral, boxPublicKey(secret))
    const plain = await globalThis.crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: box.subarray(32, 32 + NONCE) as BufferSource },
      key,
      box.subarray(32 + NONCE) as BufferSource,
    )
    return new Uint8Array(plain)
  } catch {
    return undefined
  }
}
