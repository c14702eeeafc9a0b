// Passphrase protection of a backup file, with WebCrypto only.
//
// Key derivation: PBKDF2-HMAC-SHA-256, 600,000 iterations (OWASP's 2023 figure for this hash).
// PBKDF2 is the one slow KDF built into WebCrypto on every browser we target, old phones
// included; scrypt/Argon2 would need a JS or WASM implementation that is many times slower
// on those phones, buying less protection per second of waiting. The passphrase is NFC-
// normalised so that "é" typed on two keyboards gives the same key.
//
// One 256-bit PBKDF2 output is expanded with HKDF-SHA-256 into the AES-GCM-256 key and a 16-byte
// `check` stored in the file. A wrong passphrase fails the check ('backup-passphrase-
// wrong'); a right passphrase whose ciphertext does not authenticate means the file was changed
// ('backup-tampered'). The check costs an attacker the same PBKDF2 work as a decryption attempt.
// The file's header (format, version, KDF parameters) is bound as AES-GCM additional data.
import { fail, ok, type Result } from '../domain/index.ts'
import { BACKUP_FORMAT, BACKUP_VERSION, type EncryptedBackupFile } from './backup-format.ts'
import { base64ToBytes, bytesToBase64 } from './base64.ts'

/** Default PBKDF2 iteration count for new backups. */
export const KDF_ITERATIONS = 600_000

type Bytes = Uint8Array<ArrayBuffer>

const utf8 = (s: string): Bytes => new TextEncoder().encode(s) as Bytes

const aad = (iterations: number, salt: string): Bytes =>
  utf8(`${BACKUP_FORMAT}|${BACKUP_VERSION}|PBKDF2|SHA-256|${iterations}|${salt}`)

/** Derives the AES key and the passphrase check from a passphrase (one PBKDF2 run, then HKDF). */
export async function deriveBackupKey(
  passphrase: string,
  salt: Bytes,
  iterations: number,
): Promise<{ key: CryptoKey; check: Bytes }> {
  const base = await crypto.subtle.importKey('raw', utf8(passphrase.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
  ])
  // 256 bits = one PBKDF2 block: asking for more would double the defender's work, not the attacker's.
  const master = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    base,
    256,
  )
  const hkdf = await crypto.subtle.importKey('raw', master, 'HKDF', false, ['deriveBits', 'deriveKey'])
  const params = (info: string) => ({
    name: 'HKDF',
    hash: 'SHA-256',
    salt: new Uint8Array(0),
    info: utf8(info),
  })
  const key = await crypto.subtle.deriveKey(
    params('livret-backup aes-gcm-256 key'),
    hkdf,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  )
  const check = new Uint8Array(
    await crypto.subtle.deriveBits(params('livret-backup passphrase check'), hkdf, 128),
  )
  return { key, check }
}

/** Encrypts the plain file's JSON text into the encrypted file object. */
export async function sealBackup(
  plainJson: string,
  passphrase: string,
  iterations: number = KDF_ITERATIONS,
): Promise<EncryptedBackupFile> {
  const salt = crypto.getRandomValues(new Uint8Array(16))
  const iv = crypto.getRandomValues(new Uint8Array(12))
  const saltB64 = bytesToBase64(salt)
  const { key, check } = await deriveBackupKey(passphrase, salt, iterations)
  const ciphertext = new Uint8Array(
    await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: aad(iterations, saltB64) },
      key,
      utf8(plainJson),
    ),
  )
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    encrypted: {
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: saltB64 },
      check: bytesToBase64(check),
      iv: bytesToBase64(iv),
      ciphertext: bytesToBase64(ciphertext),
    },
  }
}

/** Decrypts an encrypted file (already schema-checked) back to the plain file's JSON text. */
export async function openBackup(
  file: EncryptedBackupFile,
  passphrase: string,
): Promise<Result<string, 'backup-passphrase-wrong' | 'backup-tampered'>> {
  const { kdf, check, iv, ciphertext } = file.encrypted
  const salt = base64ToBytes(kdf.salt) as Bytes | undefined
  const ivBytes = base64ToBytes(iv) as Bytes | undefined
  const sealed = base64ToBytes(ciphertext) as Bytes | undefined
  const expected = base64ToBytes(check)
  if (!salt || salt.length < 8 || !ivBytes || ivBytes.length !== 12 || !sealed || sealed.length < 16) {
    return fail('backup-tampered')
  }
  if (expected?.length !== 16) return fail('backup-tampered')
  const derived = await deriveBackupKey(passphrase, salt, kdf.iterations)
  let same = 0
  for (let i = 0; i < 16; i++) same |= (derived.check[i] as number) ^ (expected[i] as number)
  if (same !== 0) return fail('backup-passphrase-wrong')
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: ivBytes, additionalData: aad(kdf.iterations, kdf.salt) },
      derived.key,
      sealed,
    )
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(plain))
  } catch {
    return fail('backup-tampered')
  }
}
