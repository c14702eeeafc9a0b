// Ed25519 signature checks through WebCrypto where the platform has Ed25519 (Node 20, Chromium ≥ 137,
// Firefox ≥ 129, Safari ≥ 17): native code, ≈ 20× faster here than @noble/curves in JavaScript, which
// stays the fallback. Both follow RFC 8032's strict rules (noble with `zip215: false`, as OpenSSL and
// BoringSSL do), so a signature is accepted or refused the same way whichever road is taken. A public
// key of small order is refused before either road: OpenSSL accepts "signatures" by such a key that
// anyone can make for any message, so a trainer showing one could have credentials forged in their name.
// Imported public keys are kept (bounded): a booklet's validations come from a handful of keys.
import { ed25519 } from '@noble/curves/ed25519.js'
import { bytesToHex } from '@noble/hashes/utils.js'

const MAX_KEYS = 256
// A key's WebCrypto handle, 'weak' (not a point, or of small order), or null (use noble).
type Imported = CryptoKey | 'weak' | null
const keys = new Map<string, Promise<Imported>>()
// undefined until the first import tells whether WebCrypto knows Ed25519 on this platform.
let webCryptoEd25519: boolean | undefined

const subtle = (): SubtleCrypto | undefined => globalThis.crypto?.subtle

/** True when the bytes are not a point of the curve, or a point of small order. */
export const isWeakEd25519Key = (publicKey: Uint8Array): boolean => {
  try {
    return ed25519.Point.fromBytes(publicKey, false).isSmallOrder()
  } catch {
    return true
  }
}

const importKey = (publicKey: Uint8Array, useWebCrypto: boolean): Promise<Imported> => {
  const id = bytesToHex(publicKey)
  let pending = keys.get(id)
  if (!pending) {
    const s = useWebCrypto ? subtle() : undefined
    pending = isWeakEd25519Key(publicKey)
      ? Promise.resolve('weak' as const)
      : s
        ? s.importKey('raw', publicKey.slice(), { name: 'Ed25519' }, false, ['verify']).then(
            (key) => {
              webCryptoEd25519 = true
              return key
            },
            (e: unknown) => {
              // NotSupportedError: no Ed25519 here, use noble from now on. Anything else (a point that is
              // not on the curve): this key only, noble then refuses it the same way.
              if (e instanceof Error && e.name === 'NotSupportedError') webCryptoEd25519 = false
              return null
            },
          )
        : Promise.resolve(null)
    if (keys.size >= MAX_KEYS) keys.delete(keys.keys().next().value as string)
    keys.set(id, pending)
  }
  return pending
}

const nobleVerify = (signature: Uint8Array, data: Uint8Array, publicKey: Uint8Array): boolean => {
  try {
    return ed25519.verify(signature, data, publicKey, { zip215: false })
  } catch {
    return false
  }
}

/** True when `signature` is `publicKey`'s Ed25519 signature of `data`; never throws. */
export const verifyEd25519 = async (
  signature: Uint8Array,
  data: Uint8Array,
  publicKey: Uint8Array,
): Promise<boolean> => {
  if (signature.length !== 64 || publicKey.length !== 32) return false
  const s = subtle()
  const key = await importKey(publicKey, webCryptoEd25519 !== false && s !== undefined)
  if (key === 'weak') return false
  if (!key || !s) return nobleVerify(signature, data, publicKey)
  try {
    return await s.verify({ name: 'Ed25519' }, key, signature.slice(), data.slice())
  } catch {
    return nobleVerify(signature, data, publicKey)
  }
}

/** Forgets imported keys and what the platform supports (tests). */
export const resetEd25519Verify = (road?: 'noble') => {
  keys.clear()
  webCryptoEd25519 = road === 'noble' ? false : undefined
}
