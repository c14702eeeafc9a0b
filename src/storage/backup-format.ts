// The backup file, version 2: JSON text a person can recognise by its first bytes
// (`{"format":"livret-backup","version":2,...`).
//
// Plain:     { format, version, createdAt, booklet: { id, title } | null, doc: base64(Y state),
//              attachments: [{ id, type, name, size, data: base64 }],
//              records: [{ kind, id, updatedAt, value }] (version 2, backup-records.ts),
//              checksum: sha256 hex }
// Version 1 files (no records) are still read: they restore with no records.
// Encrypted: { format, version, encrypted: { kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations,
//              salt }, check, iv, ciphertext } } where ciphertext = AES-GCM(the plain file's JSON).
//
// The checksum covers the canonical content (canonicalContent below): every field but itself,
// in a fixed order, so reformatting the JSON does not break it but changing a byte does.
import * as v from 'valibot'
import { BookletIdSchema } from '../domain/index.ts'
import { MAX_BACKUP_RECORDS, RecordEntrySchema } from './backup-records.ts'
import { isBase64 } from './base64.ts'

/** Value of the `format` field. */
export const BACKUP_FORMAT = 'livret-backup'
/** Current value of the `version` field (written). */
export const BACKUP_VERSION = 2
/** Versions this app reads (older ones are migrated on read). */
export const READABLE_BACKUP_VERSIONS: readonly number[] = [1, 2]
/** Largest backup file read or written (200 MiB): beyond it, 'backup-too-large'. */
export const MAX_BACKUP_BYTES = 200 * 1024 * 1024
/** Most attachments in one backup. */
export const MAX_ATTACHMENTS = 10_000
/** Highest PBKDF2 iteration count accepted from a file (a hostile file must not freeze the phone). */
export const MAX_KDF_ITERATIONS = 10_000_000

const base64 = v.pipe(v.string(), v.check(isBase64, 'not-base64'))
const text = (max: number) => v.pipe(v.string(), v.maxLength(max))

/** One attachment as written in the file. */
export const AttachmentEntrySchema = v.strictObject({
  id: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  type: text(200),
  name: text(500),
  size: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(MAX_BACKUP_BYTES)),
  data: base64,
})

const plainFields = {
  format: v.literal(BACKUP_FORMAT),
  createdAt: v.pipe(v.string(), v.isoTimestamp()),
  booklet: v.nullable(v.strictObject({ id: BookletIdSchema, title: text(500) })),
  doc: base64,
  attachments: v.pipe(v.array(AttachmentEntrySchema), v.maxLength(MAX_ATTACHMENTS)),
  checksum: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/)),
}

/** The unencrypted backup file of version 1 (before device records). */
export const PlainBackupV1Schema = v.strictObject({ ...plainFields, version: v.literal(1) })

/** The unencrypted backup file. */
export const PlainBackupSchema = v.strictObject({
  ...plainFields,
  version: v.literal(BACKUP_VERSION),
  records: v.pipe(v.array(RecordEntrySchema), v.maxLength(MAX_BACKUP_RECORDS)),
})

/** The passphrase-protected backup file. */
export const EncryptedBackupSchema = v.strictObject({
  format: v.literal(BACKUP_FORMAT),
  version: v.picklist([1, BACKUP_VERSION]),
  encrypted: v.strictObject({
    kdf: v.strictObject({
      name: v.literal('PBKDF2'),
      hash: v.literal('SHA-256'),
      iterations: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(MAX_KDF_ITERATIONS)),
      salt: base64,
    }),
    check: base64,
    iv: base64,
    ciphertext: base64,
  }),
})

/** Plain backup file as parsed. */
export type PlainBackupFile = v.InferOutput<typeof PlainBackupSchema>
/** Encrypted backup file as parsed. */
export type EncryptedBackupFile = v.InferOutput<typeof EncryptedBackupSchema>
/** Plain backup file of version 1 as parsed. */
export type PlainBackupV1File = v.InferOutput<typeof PlainBackupV1Schema>
/** The fields of a plain file (either version) that the checksum covers. */
export type ChecksummedFields = Omit<PlainBackupFile, 'checksum'> | Omit<PlainBackupV1File, 'checksum'>

/** The exact text the checksum is computed over. */
export function canonicalContent(f: ChecksummedFields): string {
  return JSON.stringify([
    f.format,
    f.version,
    f.createdAt,
    f.booklet ? [f.booklet.id, f.booklet.title] : null,
    f.doc,
    f.attachments.map((a) => [a.id, a.type, a.name, a.size, a.data]),
    // Version 1 had no records: its canonical text stays what it was.
    ...('records' in f ? [f.records.map((r) => [r.kind, r.id, r.updatedAt, r.value])] : []),
  ])
}

/** SHA-256 (lower-case hex) of the canonical content. */
export async function computeChecksum(f: ChecksummedFields): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalContent(f))
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  let hex = ''
  for (const b of digest) hex += b.toString(16).padStart(2, '0')
  return hex
}

/**
 * Whether text that JSON.parse refused is a JSON object cut short (an interrupted download or
 * copy) rather than something else: every character so far fits JSON's structure, and a string
 * or a bracket is still open at the end. Independent of each engine's error message wording.
 */
export function looksTruncated(input: string): boolean {
  const t = input.replace(/^\uFEFF/, '').trimStart()
  if (!t.startsWith('{')) return false
  const stack: number[] = []
  let inString = false
  let escaped = false
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i)
    if (inString) {
      if (escaped) escaped = false
      else if (c === 92) escaped = true
      else if (c === 34) inString = false
      else if (c < 0x20) return false
      continue
    }
    if (c === 34) inString = true
    else if (c === 123 || c === 91) stack.push(c)
    else if (c === 125 || c === 93) {
      if (stack.pop() !== c - 2) return false
      if (stack.length === 0) return false // complete value: the parse failed for another reason
    } else if (!/[\s,:0-9eE.+\-truefalsn]/.test(t[i] as string)) return false
  }
  return inString || stack.length > 0
}
