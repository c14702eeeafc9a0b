// Backup files: export (optionally passphrase-protected), read with full validation before
// anything is touched, and apply (merge into the open booklet, or fill a fresh one).
// Format: backup-format.ts; encryption: backup-crypto.ts; replace/merge with storage: restore.ts.
import * as v from 'valibot'
import * as Y from 'yjs'
import { migrate, openMode } from '../booklet/index.ts'
import type { BookletId } from '../domain/index.ts'
import { fail, ok, type Result } from '../domain/index.ts'
import { openBackup, sealBackup } from './backup-crypto.ts'
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  computeChecksum,
  EncryptedBackupSchema,
  looksTruncated,
  MAX_BACKUP_BYTES,
  PlainBackupSchema,
  PlainBackupV1Schema,
  READABLE_BACKUP_VERSIONS,
} from './backup-format.ts'
import { type BackupRecord, decodeValue, encodeValue } from './backup-records.ts'
import { base64ToBytes, bytesToBase64 } from './base64.ts'
import type { BlobRecord } from './db.ts'

/** One attachment restored from a backup. */
export type BackupAttachment = { id: string; type: string; name: string; size: number; data: Uint8Array }

/** What a valid backup file holds. */
export type BackupContent = {
  createdAt: string
  booklet: { id: BookletId; title: string } | null
  /** Y.encodeStateAsUpdate of the booklet document, checked to be a complete Yjs update. */
  docUpdate: Uint8Array
  attachments: BackupAttachment[]
  /** Device records (shares, requests, inboxes…); empty for a version 1 file. */
  records: BackupRecord[]
}

/** Why a file could not be read as a backup (each has its own message in the UI). */
export type BackupReadError =
  | 'backup-garbage'
  | 'backup-truncated'
  | 'backup-version'
  | 'backup-passphrase-needed'
  | 'backup-passphrase-wrong'
  | 'backup-tampered'
  | 'backup-too-large'

/** Reports the share of long work done, from 0 to 1. */
export type OnProgress = (fraction: number) => void

/** Thrown by exportBackup when the file would exceed MAX_BACKUP_BYTES (it could not be read back). */
export class BackupTooLargeError extends Error {
  readonly code = 'backup-too-large'
  override readonly name = 'BackupTooLargeError'
}

/** Options of exportBackup. */
export type ExportBackupOptions = {
  passphrase?: string
  /** Shown in the file so a person recognises whose booklet it is. */
  booklet?: { id: BookletId; title: string }
  /** PBKDF2 iterations (default KDF_ITERATIONS; tests use fewer). */
  iterations?: number
  onProgress?: OnProgress
  /** Device records to carry (collectBackupRecords); none by default. */
  records?: readonly BackupRecord[]
}

/** Builds a backup file of a booklet document and its attachments (JSON; encrypted with a passphrase). */
export async function exportBackup(
  doc: Y.Doc,
  blobs: readonly Pick<BlobRecord, 'id' | 'type' | 'name' | 'data'>[],
  options: ExportBackupOptions = {},
): Promise<Blob> {
  const progress = options.onProgress ?? (() => {})
  const attachments = []
  for (const [i, b] of blobs.entries()) {
    const bytes = new Uint8Array(await b.data.arrayBuffer())
    attachments.push({ id: b.id, type: b.type, name: b.name, size: bytes.length, data: bytesToBase64(bytes) })
    progress((0.4 * (i + 1)) / blobs.length)
  }
  const fields = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    booklet: options.booklet ? { id: options.booklet.id, title: options.booklet.title } : null,
    doc: bytesToBase64(Y.encodeStateAsUpdate(doc)),
    attachments,
    records: (options.records ?? []).map((r) => ({
      kind: r.kind,
      id: r.id,
      updatedAt: r.updatedAt,
      ...(r.version !== undefined ? { version: r.version } : {}),
      value: encodeValue(r.value),
    })),
  } as const
  const plainJson = JSON.stringify({ ...fields, checksum: await computeChecksum(fields) })
  progress(0.5)
  let text = plainJson
  if (options.passphrase)
    text = JSON.stringify(await sealBackup(plainJson, options.passphrase, options.iterations))
  const file = new Blob([text], { type: 'application/json' })
  if (file.size > MAX_BACKUP_BYTES) throw new BackupTooLargeError(`backup of ${file.size} bytes`)
  progress(1)
  return file
}

/** A file name for a backup made today: `livret-sauvegarde-2026-05-04.json`. */
export const backupFileName = (date: Date = new Date()): string =>
  `livret-sauvegarde-${date.toISOString().slice(0, 10)}.json`

/** Options of readBackup. */
export type ReadBackupOptions = { passphrase?: string; onProgress?: OnProgress; maxBytes?: number }

/**
 * Reads and validates a whole backup file: size, UTF-8, JSON, format and version, schema,
 * decryption, checksum, and that the document bytes are a complete Yjs update. Touches nothing.
 */
export async function readBackup(
  file: Blob,
  options: ReadBackupOptions = {},
): Promise<Result<BackupContent, BackupReadError>> {
  const progress = options.onProgress ?? (() => {})
  if (file.size > (options.maxBytes ?? MAX_BACKUP_BYTES)) return fail('backup-too-large')
  const text = decodeUtf8(new Uint8Array(await file.arrayBuffer()))
  progress(0.1)
  if (text === undefined) return fail('backup-garbage')
  const top = parseJson(text.text, text.cutMidChar)
  if (!top.ok) return top
  const header = top.value
  if (typeof header !== 'object' || header === null || Array.isArray(header)) return fail('backup-garbage')
  const { format, version } = header as { format?: unknown; version?: unknown }
  if (format !== BACKUP_FORMAT) return fail('backup-garbage')
  if (typeof version !== 'number' || !READABLE_BACKUP_VERSIONS.includes(version))
    return fail('backup-version')
  if (!('encrypted' in header)) return readPlain(header, progress)

  const enc = v.safeParse(EncryptedBackupSchema, header)
  if (!enc.success) return fail('backup-tampered')
  if (!options.passphrase) return fail('backup-passphrase-needed')
  progress(0.2)
  const opened = await openBackup(enc.output, options.passphrase)
  if (!opened.ok) return opened
  progress(0.8)
  const inner = parseJson(opened.value, false)
  // The inner text was authenticated: if it is not a plain backup, the writer was faulty or hostile.
  if (!inner.ok) return fail('backup-tampered')
  return readPlain(inner.value, progress)
}

async function readPlain(
  value: unknown,
  progress: OnProgress,
): Promise<Result<BackupContent, BackupReadError>> {
  const version = (value as { version?: unknown } | null)?.version
  const parsed =
    version === 1 ? v.safeParse(PlainBackupV1Schema, value) : v.safeParse(PlainBackupSchema, value)
  if (!parsed.success) return fail('backup-tampered')
  const f = parsed.output
  if ((await computeChecksum(f)) !== f.checksum) return fail('backup-tampered')
  progress(0.9)
  const docUpdate = base64ToBytes(f.doc)
  if (!docUpdate || !isCompleteYjsUpdate(docUpdate)) return fail('backup-tampered')
  const attachments: BackupAttachment[] = []
  for (const a of f.attachments) {
    const data = base64ToBytes(a.data)
    if (!data || data.length !== a.size) return fail('backup-tampered')
    attachments.push({ id: a.id, type: a.type, name: a.name, size: a.size, data })
  }
  // Migration from version 1: no records.
  const records: BackupRecord[] = []
  for (const r of 'records' in f ? f.records : []) {
    const decoded = decodeValue(r.value)
    if (decoded === undefined) return fail('backup-tampered')
    const version = r.version !== undefined ? { version: r.version } : {}
    records.push({ kind: r.kind, id: r.id, updatedAt: r.updatedAt, value: decoded, ...version })
  }
  progress(1)
  return ok({ createdAt: f.createdAt, booklet: f.booklet, docUpdate, attachments, records })
}

/** True when bytes apply to an empty Y.Doc without error and leave nothing pending. */
export function isCompleteYjsUpdate(update: Uint8Array): boolean {
  const scratch = new Y.Doc()
  try {
    Y.applyUpdate(scratch, update)
    return scratch.store.pendingStructs === null && scratch.store.pendingDs === null
  } catch {
    return false
  } finally {
    scratch.destroy()
  }
}

// UTF-8 with errors refused; a multi-byte character cut at the very end is reported, not refused,
// so that a truncated file is told apart from a binary one.
function decodeUtf8(bytes: Uint8Array): { text: string; cutMidChar: boolean } | undefined {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  try {
    const text = decoder.decode(bytes, { stream: true })
    try {
      decoder.decode()
      return { text, cutMidChar: false }
    } catch {
      return { text, cutMidChar: true }
    }
  } catch {
    return undefined
  }
}

function parseJson(
  text: string,
  cutMidChar: boolean,
): Result<unknown, 'backup-garbage' | 'backup-truncated'> {
  if (!cutMidChar) {
    try {
      return ok(JSON.parse(text) as unknown)
    } catch {
      // fall through: decide between truncated and garbage
    }
  }
  return fail(looksTruncated(text) ? 'backup-truncated' : 'backup-garbage')
}

/** Why applyBackup refused. */
export type ApplyBackupError = 'backup-newer-version' | 'backup-target-not-empty' | 'read-only'

/**
 * Applies a read backup to a document. 'merge': Yjs merge into the open booklet (the backup is
 * first migrated on a scratch doc; a backup from a newer app is refused). 'replace': `doc` must
 * be a fresh, empty doc of a NEW booklet (see replaceBookletFromBackup, which also stores it).
 */
export function applyBackup(
  doc: Y.Doc,
  content: BackupContent,
  mode: 'replace' | 'merge',
): Result<'merged' | 'replaced', ApplyBackupError> {
  if (mode === 'replace') {
    if (doc.store.clients.size > 0) return fail('backup-target-not-empty')
    Y.applyUpdate(doc, content.docUpdate, 'backup')
    return ok('replaced')
  }
  if (openMode(doc) !== 'editable') return fail('read-only')
  const scratch = new Y.Doc()
  try {
    Y.applyUpdate(scratch, content.docUpdate)
    if (!migrate(scratch).ok) return fail('backup-newer-version')
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(scratch, Y.encodeStateVector(doc)), 'backup')
  } finally {
    scratch.destroy()
  }
  migrate(doc)
  return ok('merged')
}
