// Sealed envelope entries. The envelope Y.Doc holds one Y.Array<Uint8Array> named 'entries';
// each entry is: version u8 (1) | nonce 12 random bytes | AES-GCM-256 ciphertext + 16-byte tag.
// Additional data = ASCII "livret-entry-v1:" + roomId, so an entry copied into another room
// does not open. Plaintext = kind u8 (0 update, 1 snapshot) | Yjs update (v1 encoding).

import { fail, ok, type Result } from '../domain/result.ts'
import type { RoomId } from './ids.ts'

/** Name of the envelope array in the envelope Y.Doc. */
export const ENVELOPE_ARRAY = 'entries'
/** Version byte of sealed entries. */
export const ENTRY_VERSION = 1
/** Prefix of the AES-GCM additional data. */
export const ENTRY_AD_PREFIX = 'livret-entry-v1:'
/** Bytes of the AES-GCM nonce. */
export const NONCE_LENGTH = 12
/** Bytes of the AES-GCM tag. */
export const TAG_LENGTH = 16

/** What a sealed entry carries. */
export type EntryKind = 'update' | 'snapshot'
const KIND_BYTE: Record<EntryKind, number> = { update: 0, snapshot: 1 }

/** Why an entry cannot be opened ('entry-kind': it authenticates but its kind byte is unknown). */
export type EntryError = 'entry-malformed' | 'entry-version' | 'entry-tampered' | 'entry-kind'

const encoder = new TextEncoder()

/** A fresh 32-byte room key. */
export function generateRoomKey(): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(32))
}

/** Imports a 32-byte room key for AES-GCM (not extractable). */
export async function importRoomKey(raw: Uint8Array): Promise<CryptoKey> {
  if (raw.length !== 32) throw new Error('room key must be 32 bytes')
  return globalThis.crypto.subtle.importKey(
    'raw',
    raw as Uint8Array<ArrayBuffer>,
    { name: 'AES-GCM' },
    false,
    ['encrypt', 'decrypt'],
  )
}

function additionalData(roomId: RoomId): Uint8Array<ArrayBuffer> {
  return encoder.encode(ENTRY_AD_PREFIX + roomId)
}

/** Seals one Yjs update (or snapshot) as an envelope entry. */
export async function sealEntry(
  key: CryptoKey,
  roomId: RoomId,
  kind: EntryKind,
  update: Uint8Array,
): Promise<Uint8Array> {
  const nonce = globalThis.crypto.getRandomValues(new Uint8Array(NONCE_LENGTH))
  const plain = new Uint8Array(1 + update.length)
  plain[0] = KIND_BYTE[kind]
  plain.set(update, 1)
  const cipher = new Uint8Array(
    await globalThis.crypto.subtle.encrypt(
      { name: 'AES-GCM', iv: nonce, additionalData: additionalData(roomId), tagLength: TAG_LENGTH * 8 },
      key,
      plain,
    ),
  )
  const entry = new Uint8Array(1 + NONCE_LENGTH + cipher.length)
  entry[0] = ENTRY_VERSION
  entry.set(nonce, 1)
  entry.set(cipher, 1 + NONCE_LENGTH)
  return entry
}

/** Opens an envelope entry of `roomId`; nothing is returned unless it authenticates. */
export async function openEntry(
  key: CryptoKey,
  roomId: RoomId,
  entry: Uint8Array,
): Promise<Result<{ kind: EntryKind; update: Uint8Array }, EntryError>> {
  if (!(entry instanceof Uint8Array) || entry.length < 1 + NONCE_LENGTH + TAG_LENGTH + 1) {
    return fail('entry-malformed')
  }
  if (entry[0] !== ENTRY_VERSION) return fail('entry-version')
  let plain: Uint8Array
  try {
    plain = new Uint8Array(
      await globalThis.crypto.subtle.decrypt(
        {
          name: 'AES-GCM',
          iv: entry.slice(1, 1 + NONCE_LENGTH),
          additionalData: additionalData(roomId),
          tagLength: TAG_LENGTH * 8,
        },
        key,
        entry.slice(1 + NONCE_LENGTH),
      ),
    )
  } catch {
    return fail('entry-tampered')
  }
  const kindByte = plain[0]
  const kind: EntryKind | undefined = kindByte === 0 ? 'update' : kindByte === 1 ? 'snapshot' : undefined
  if (!kind) return fail('entry-kind')
  return ok({ kind, update: plain.subarray(1) })
}
