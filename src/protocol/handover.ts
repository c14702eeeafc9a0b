// Short handover codes (docs/protocol.md §13). A capability link is several hundred characters, so
// its QR code is dense (version 14 and more). Instead the holder's device seals the link under a
// fresh key, leaves the sealed bytes on the relay under a short random id for a day, and shows only
// `<origin>/h#<id>.<key>` (version ≤ 5) and a code of 15 digits that can be typed or read aloud.
// Decisions:
// - Short link: id = 9 random bytes (12 base64url characters), key = 16 random bytes (128 bits).
//   The relay sees the id and opaque bytes, never the key (it stays in the fragment).
// - Typed code: 15 random digits (≈ 49.8 bits), shown as three groups of five. Id and key both come
//   from PBKDF2-SHA-256 (100,000 iterations) of the digits, so the relay, which sees the id, must
//   pay that price per guess to find the key offline; online guessing is bounded by the relay's
//   per-IP rate limit on handover reads (§13).
// - Sealing: AES-GCM with the 128-bit key, 12-byte random nonce, additional data
//   "livret-handover-v1:" || id, so a record moved under another id does not open.

import { fail, ok, type Result } from '../domain/result.ts'
import { fromBase64Url, toBase64Url } from './base64url.ts'

/** Version byte of a sealed handover record. */
export const HANDOVER_VERSION = 1
/** Path of the page a short link opens. */
export const HANDOVER_PATH = '/h'
/** Largest sealed record the relay keeps (bytes). */
export const MAX_HANDOVER_BYTES = 4096
/** Longest life of a handover record on the relay (seconds): one day. */
export const MAX_HANDOVER_SECONDS = 24 * 3600
/** Digits of a typed code. */
export const CODE_DIGITS = 15
/** PBKDF2 iterations that turn a typed code into id and key. */
export const CODE_ITERATIONS = 100_000

const ID_PATTERN = /^[A-Za-z0-9_-]{12}$/
const KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/
const AD_PREFIX = 'livret-handover-v1:'
const CODE_SALT = 'livret-handover-code-v1'

/** A handover id as the relay knows it: 12 base64url characters (9 bytes). */
export type HandoverId = string & { readonly __brand: 'HandoverId' }

/** Whether `s` is a well-formed handover id. */
export const isHandoverId = (s: string): s is HandoverId =>
  ID_PATTERN.test(s) && fromBase64Url(s) !== undefined

/** What unlocks one handover record: its id on the relay and its 16-byte key. */
export type HandoverSecret = { id: HandoverId; key: Uint8Array }

/** Why a short link, a code or a sealed record cannot be read. */
export type HandoverCode = 'handover-malformed' | 'handover-tampered'

const random = (n: number): Uint8Array => crypto.getRandomValues(new Uint8Array(n))

/** A fresh random id and key (a short link). */
export const newHandoverSecret = (): HandoverSecret => ({
  id: toBase64Url(random(9)) as HandoverId,
  key: random(16),
})

/** The fragment of a short link: `<id>.<key>`. */
export const handoverFragment = (s: HandoverSecret): string => `${s.id}.${toBase64Url(s.key)}`

/** The short link shown as a QR code. */
export const handoverLink = (origin: string, s: HandoverSecret): string =>
  `${origin.replace(/\/+$/, '')}${HANDOVER_PATH}#${handoverFragment(s)}`

/** Reads a short link (or its bare `<id>.<key>` fragment); undefined when it is not one. */
export const parseHandoverLink = (input: string): HandoverSecret | undefined => {
  const text = input.trim()
  const hash = text.indexOf('#')
  if (hash >= 0) {
    const path = text.slice(0, hash)
    if (!/(^|\/)h\/?$/.test(path)) return undefined
  }
  const [id, key, ...rest] = text.slice(hash + 1).split('.')
  if (rest.length || !id || !key || !isHandoverId(id) || !KEY_PATTERN.test(key)) return undefined
  const bytes = fromBase64Url(key)
  return bytes?.length === 16 ? { id, key: bytes } : undefined
}

/** A fresh typed code: 15 random digits (rejection sampling, so every digit is uniform). */
export const newTypedCode = (): string => {
  let out = ''
  while (out.length < CODE_DIGITS) {
    for (const b of random(CODE_DIGITS)) if (b < 250 && out.length < CODE_DIGITS) out += String(b % 10)
  }
  return out
}

/** The digits of a typed code as shown and read aloud: three groups of five. */
export const formatTypedCode = (digits: string): string =>
  digits.replace(/\D/g, '').replace(/(\d{5})(?=\d)/g, '$1 ')

/** The 15 digits of what a person typed (spaces, dashes and dots allowed), or undefined. */
export const readTypedCode = (input: string): string | undefined => {
  const text = input.trim()
  if (!/^[\d\s.-]+$/.test(text)) return undefined
  const digits = text.replace(/\D/g, '')
  return digits.length === CODE_DIGITS ? digits : undefined
}

/** Id and key derived from a typed code (PBKDF2-SHA-256, 100,000 iterations, 25 bytes). */
export async function secretOfTypedCode(digits: string): Promise<HandoverSecret> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(digits), 'PBKDF2', false, [
    'deriveBits',
  ])
  const bits = new Uint8Array(
    await crypto.subtle.deriveBits(
      {
        name: 'PBKDF2',
        hash: 'SHA-256',
        salt: new TextEncoder().encode(CODE_SALT),
        iterations: CODE_ITERATIONS,
      },
      base,
      25 * 8,
    ),
  )
  return { id: toBase64Url(bits.slice(0, 9)) as HandoverId, key: bits.slice(9, 25) }
}

const aesKey = (key: Uint8Array, use: KeyUsage): Promise<CryptoKey> =>
  crypto.subtle.importKey('raw', key as BufferSource, 'AES-GCM', false, [use])

const additional = (id: HandoverId): Uint8Array => new TextEncoder().encode(AD_PREFIX + id)

/** Seals a link: version (1 byte) || nonce (12) || AES-GCM ciphertext and tag. */
export async function sealHandover(s: HandoverSecret, link: string): Promise<Uint8Array> {
  const nonce = random(12)
  const sealed = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: nonce as BufferSource, additionalData: additional(s.id) as BufferSource },
      await aesKey(s.key, 'encrypt'),
      new TextEncoder().encode(link),
    ),
  )
  const out = new Uint8Array(13 + sealed.length)
  out[0] = HANDOVER_VERSION
  out.set(nonce, 1)
  out.set(sealed, 13)
  return out
}

/** Opens a sealed record back into the link it carries. */
export async function openHandover(
  s: HandoverSecret,
  bytes: Uint8Array,
): Promise<Result<string, HandoverCode>> {
  if (bytes.length < 29 || bytes.length > MAX_HANDOVER_BYTES || bytes[0] !== HANDOVER_VERSION)
    return fail('handover-malformed')
  try {
    const plain = await crypto.subtle.decrypt(
      {
        name: 'AES-GCM',
        iv: bytes.slice(1, 13) as BufferSource,
        additionalData: additional(s.id) as BufferSource,
      },
      await aesKey(s.key, 'decrypt'),
      bytes.slice(13) as BufferSource,
    )
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(plain))
  } catch {
    return fail('handover-tampered')
  }
}
