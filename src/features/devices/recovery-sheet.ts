// The recovery sheet: a code of 28 characters (7 groups of 4, Crockford base32: no I, L, O, U, so
// nothing reads as another) and the same code in a QR. It holds a random 128-bit seed and one check
// byte; the seed derives, with HKDF-SHA-256, the signing secret and the key of a *recovery room* on
// the relay that holds a sealed copy of the whole booklet. Whoever holds the sheet can mint that
// room's tokens and open its entries; the relay only ever sees the room id and sealed bytes.
// Replacing the sheet makes a new seed and room and deletes the old room: the old code then meets
// 'room-gone' and is refused with its own words (see recovery-copy.ts).
import { ed25519 } from '@noble/curves/ed25519.js'
import { hkdf } from '@noble/hashes/hkdf.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { fail, ok, type Result } from '../../domain/index.ts'
import { roomIdFromPublicKey } from '../../protocol/index.ts'
import type { RoomSecrets } from '../../transport/index.ts'

/** Bytes of randomness on a sheet (128 bits: out of reach of guessing at the relay). */
export const RECOVERY_SEED_BYTES = 16
/** Characters of a written code (without spaces). */
export const RECOVERY_CODE_LENGTH = 28
/** Path of the restore page that a sheet's QR code opens (`/sauvegarde#<code>`). */
export const RECOVERY_PATH = '/sauvegarde'

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const text = new TextEncoder()
const SALT = text.encode('livret-recovery-v1')

/** Why a typed code is refused before anything is asked of the relay. */
export type SheetCode = 'sheet-malformed' | 'sheet-mistyped'

/** A new random seed for a sheet. */
export const newRecoverySeed = (): Uint8Array =>
  globalThis.crypto.getRandomValues(new Uint8Array(RECOVERY_SEED_BYTES))

const checkByte = (seed: Uint8Array): number => sha256(seed)[0] as number

/** The written code of a seed: "K7QM 3XHD …" (7 groups of 4). */
export function recoveryCode(seed: Uint8Array): string {
  if (seed.length !== RECOVERY_SEED_BYTES) throw new Error('recovery seed must be 16 bytes')
  const bytes = [...seed, checkByte(seed)]
  let bits = 0
  let value = 0
  let out = ''
  for (const b of bytes) {
    value = (value << 8) | b
    bits += 8
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31]
      bits -= 5
    }
    value &= (1 << bits) - 1
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31]
  return (out.match(/.{1,4}/g) ?? []).join(' ')
}

/** Reads a typed or scanned code (spaces, dashes, lower case and O/I/L for 0/1 forgiven). */
export function parseRecoveryCode(input: string): Result<Uint8Array, SheetCode> {
  const hash = input.indexOf('#')
  const raw = (hash < 0 ? input : input.slice(hash + 1))
    .toUpperCase()
    .replace(/[\s\-.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
  if (raw.length !== RECOVERY_CODE_LENGTH) return fail('sheet-malformed')
  const bytes: number[] = []
  let bits = 0
  let value = 0
  for (const c of raw) {
    const d = ALPHABET.indexOf(c)
    if (d < 0) return fail('sheet-malformed')
    value = (value << 5) | d
    bits += 5
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 255)
      bits -= 8
      value &= (1 << bits) - 1
    }
  }
  const seed = new Uint8Array(bytes.slice(0, RECOVERY_SEED_BYTES))
  if (bytes[RECOVERY_SEED_BYTES] !== checkByte(seed)) return fail('sheet-mistyped')
  return ok(seed)
}

/** The recovery room of a seed (HKDF-SHA-256, info 'sign' / 'key'). */
export function recoveryRoomOf(seed: Uint8Array): RoomSecrets {
  if (seed.length !== RECOVERY_SEED_BYTES) throw new Error('recovery seed must be 16 bytes')
  const signingSecret = hkdf(sha256, seed, SALT, text.encode('sign'), 32)
  const roomKey = hkdf(sha256, seed, SALT, text.encode('key'), 32)
  return { roomId: roomIdFromPublicKey(ed25519.getPublicKey(signingSecret)), signingSecret, roomKey }
}

/** The second room of a seed: the device records (shares, requests, inboxes) beside the booklet. */
export function recoveryRecordsRoomOf(seed: Uint8Array): RoomSecrets {
  if (seed.length !== RECOVERY_SEED_BYTES) throw new Error('recovery seed must be 16 bytes')
  const signingSecret = hkdf(sha256, seed, SALT, text.encode('records-sign'), 32)
  const roomKey = hkdf(sha256, seed, SALT, text.encode('records-key'), 32)
  return { roomId: roomIdFromPublicKey(ed25519.getPublicKey(signingSecret)), signingSecret, roomKey }
}

/** What the sheet's QR code holds: the restore page with the code in the fragment (never sent). */
export const recoveryLink = (appOrigin: string, seed: Uint8Array): string =>
  `${appOrigin.replace(/\/+$/, '')}${RECOVERY_PATH}#${recoveryCode(seed).replace(/ /g, '')}`
