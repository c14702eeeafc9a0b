import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { until } from '../../tests/support/until.ts'
import { BOOKLET_SCHEMA_VERSION, TOP_LEVEL } from '../booklet/index.ts'
import type { BookletId } from '../domain/index.ts'
import {
  applyBackup,
  type BackupContent,
  type BackupReadError,
  exportBackup,
  type ReadBackupOptions,
  readBackup,
} from './backup.ts'
import { KDF_ITERATIONS } from './backup-crypto.ts'
import { computeChecksum, type PlainBackupFile } from './backup-format.ts'
import { base64ToBytes, bytesToBase64 } from './base64.ts'
import { createDb, type LivretDb, listBlobs, putBlob } from './db.ts'
import { ensureOwnBooklet, openBooklet } from './open-booklet.ts'
import { mergeBackupIntoBooklet, replaceBookletFromBackup } from './restore.ts'
import { getStorageHealth } from './storage-health.ts'

const FAST = 1000 // PBKDF2 iterations in tests; the default (600,000) is checked once below
const quiet = { askPersistence: false, registryThrottleMs: 10 } as const
const freshDb = (): LivretDb => createDb(`livret-test-${crypto.randomUUID()}`)
const snapshot = (doc: Y.Doc) => Object.fromEntries(TOP_LEVEL.map((n) => [n, doc.getMap(n).toJSON()]))
const attachment = { id: 'cv-2024', type: 'application/pdf', name: 'CV Amina é.pdf' }
const pdfBytes = new Uint8Array(3000).map((_, i) => (i * 7 + 3) & 255)

/** A booklet with some content, stored, with one attachment. */
async function sampleBooklet(db: LivretDb, firstName = 'Amina') {
  const id = await ensureOwnBooklet(db)
  let registryWrites = 0
  db.booklets.hook('updating', () => {
    registryWrites++
  })
  const opened = await openBooklet(id, { db, ...quiet })
  opened.doc.getMap('profile').set('firstName', firstName)
  opened.doc
    .getMap('journal')
    .set(`j-${firstName}`, new Y.Map<unknown>([['text', `Journal de ${firstName}`]]))
  await opened.flush()
  // The registry's updatedAt is written on a throttle: let it land before the test reads it.
  await until(() => registryWrites > 0, { what: 'the registry write' })
  await putBlob({ ...attachment, bookletId: id, size: pdfBytes.length, data: new Blob([pdfBytes]) }, db)
  return opened
}

const textOf = (b: Blob) => b.text()
const fileOf = (text: string | Uint8Array) => new Blob([text as BlobPart])

async function exportSample(passphrase?: string) {
  const db = freshDb()
  const opened = await sampleBooklet(db)
  const blobs = await listBlobs(opened.id, db)
  const file = await exportBackup(opened.doc, blobs, {
    ...(passphrase ? { passphrase } : {}),
    booklet: { id: opened.id, title: 'Livret d’Amina' },
    iterations: FAST,
  })
  const expected = snapshot(opened.doc)
  await opened.close()
  return { file, expected }
}

describe('backup round trip', () => {
  it('restores the document and the attachment from a plain file', async () => {
    const { file, expected } = await exportSample()
    const text = await textOf(file)
    expect(text.startsWith('{"format":"livret-backup","version":1,')).toBe(true)
    const read = await readBackup(file)
    if (!read.ok) throw new Error(read.code)
    const doc = new Y.Doc()
    expect(applyBackup(doc, read.value, 'replace')).toEqual({ ok: true, value: 'replaced' })
    expect(snapshot(doc)).toEqual(expected)
    expect(read.value.booklet?.title).toBe('Livret d’Amina')
    expect(read.value.attachments).toHaveLength(1)
    expect(read.value.attachments[0]).toMatchObject({ ...attachment, size: pdfBytes.length })
    expect(read.value.attachments[0]?.data).toEqual(pdfBytes)
  })

  it('restores from a passphrase-protected file, which hides the content', async () => {
    const { file, expected } = await exportSample('Printemps 2026 à Liège')
    const text = await textOf(file)
    expect(text).not.toContain('Amina')
    expect(JSON.parse(text).encrypted.kdf).toMatchObject({
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: FAST,
    })
    const progress: number[] = []
    const read = await readBackup(file, {
      passphrase: 'Printemps 2026 à Liège'.normalize('NFD'),
      onProgress: (f) => progress.push(f),
    })
    if (!read.ok) throw new Error(read.code)
    const doc = new Y.Doc()
    applyBackup(doc, read.value, 'replace')
    expect(snapshot(doc)).toEqual(expected)
    expect(read.value.attachments[0]?.data).toEqual(pdfBytes)
    expect(progress.at(-1)).toBe(1)
    expect(progress).toEqual([...progress].sort((a, b) => a - b))
  })

  it('uses 600,000 PBKDF2 iterations by default', async () => {
    expect(KDF_ITERATIONS).toBe(600_000)
    const file = await exportBackup(new Y.Doc(), [], { passphrase: 'x' })
    expect(JSON.parse(await file.text()).encrypted.kdf.iterations).toBe(KDF_ITERATIONS)
  })
})

describe('replace and merge', () => {
  it('replace stores the backup as a new booklet before removing the old one', async () => {
    const { file, expected } = await exportSample()
    const read = await readBackup(file)
    if (!read.ok) throw new Error(read.code)

    const db = freshDb()
    const old = await sampleBooklet(db, 'Other')
    const oldId = old.id
    await old.close()
    const progress: number[] = []
    const replaced = await replaceBookletFromBackup(read.value, {
      oldId,
      db,
      onProgress: (f) => progress.push(f),
    })
    if (!replaced.ok) throw new Error(replaced.code)
    const newId = replaced.value
    expect(newId).not.toBe(oldId)
    expect((await db.booklets.toArray()).map((b) => [b.id, b.role, b.title])).toEqual([
      [newId, 'own', 'Livret d’Amina'],
    ])
    expect(await ensureOwnBooklet(db)).toBe(newId)
    expect(await listBlobs(oldId, db)).toEqual([])
    const blobs = await listBlobs(newId, db)
    expect(blobs.map((b) => [b.id, b.name, b.size])).toEqual([
      [attachment.id, attachment.name, pdfBytes.length],
    ])
    const stored = blobs[0]
    if (!stored) throw new Error('attachment missing')
    expect(new Uint8Array(await stored.data.arrayBuffer())).toEqual(pdfBytes)
    const names = (await indexedDB.databases()).map((d) => d.name)
    expect(names).not.toContain(`livret-booklet-${oldId}`)
    const reopened = await openBooklet(newId, { db, ...quiet })
    expect(snapshot(reopened.doc)).toEqual(expected)
    await reopened.close()
    expect(progress.at(-1)).toBe(1)
  })

  it('replace on a full phone fails cleanly: old booklet kept, nothing half-written', async () => {
    const { file } = await exportSample()
    const read = await readBackup(file)
    if (!read.ok) throw new Error(read.code)
    const db = freshDb()
    const old = await sampleBooklet(db, 'Other')
    const before = Y.encodeStateAsUpdate(old.doc)
    await old.close()
    const registryBefore = await db.booklets.toArray()
    const namesBefore = (await indexedDB.databases()).map((d) => d.name)
    const realAdd = IDBObjectStore.prototype.add
    // Small writes (y-indexeddb's bookkeeping) pass; the document itself does not fit.
    IDBObjectStore.prototype.add = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      const value = args[0] as { byteLength?: number }
      if ((value.byteLength ?? 0) > 100)
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      return realAdd.apply(this, args)
    }
    try {
      const replaced = await replaceBookletFromBackup(read.value, { oldId: old.id, db })
      expect(replaced).toEqual({ ok: false, code: 'storage-quota' })
    } finally {
      IDBObjectStore.prototype.add = realAdd
    }
    expect(getStorageHealth().state).toBe('ok')
    expect(await db.booklets.toArray()).toEqual(registryBefore)
    expect((await indexedDB.databases()).map((d) => d.name)).toEqual(namesBefore)
    expect((await listBlobs(old.id, db)).map((b) => b.id)).toEqual([attachment.id])
    const reopened = await openBooklet(old.id, { db, ...quiet })
    expect(Y.encodeStateAsUpdate(reopened.doc)).toEqual(before)
    await reopened.close()
  })

  it('merge keeps both sides (Yjs merge) and adds the missing attachments', async () => {
    const { file } = await exportSample()
    const read = await readBackup(file)
    if (!read.ok) throw new Error(read.code)
    const db = freshDb()
    const mine = await ensureOwnBooklet(db)
    const opened = await openBooklet(mine, { db, ...quiet })
    opened.doc.getMap('journal').set('mine', 'une entrée d’ici')
    const merged = await mergeBackupIntoBooklet(mine, opened.doc, read.value, { db })
    expect(merged).toEqual({ ok: true, value: 'merged' })
    expect(opened.doc.getMap('journal').get('mine')).toBe('une entrée d’ici')
    expect((opened.doc.getMap('journal').get('j-Amina') as Y.Map<unknown>).get('text')).toBe(
      'Journal de Amina',
    )
    expect((await listBlobs(mine, db)).map((b) => b.id)).toEqual([attachment.id])
    await opened.flush()
    await opened.close()
    const again = await openBooklet(mine, { db, ...quiet })
    expect(again.doc.getMap('journal').get('mine')).toBe('une entrée d’ici')
    expect(again.doc.getMap('profile').get('firstName')).toBe('Amina')
    await again.close()
  })

  it('refuses to merge a backup written by a newer app, touching nothing', async () => {
    const newer = new Y.Doc()
    newer.getMap('meta').set('schemaVersion', BOOKLET_SCHEMA_VERSION + 1)
    const content: BackupContent = {
      createdAt: new Date().toISOString(),
      booklet: null,
      docUpdate: Y.encodeStateAsUpdate(newer),
      attachments: [],
    }
    const db = freshDb()
    const opened = await openBooklet(await ensureOwnBooklet(db), { db, ...quiet })
    const before = Y.encodeStateAsUpdate(opened.doc)
    expect(applyBackup(opened.doc, content, 'merge')).toEqual({ ok: false, code: 'backup-newer-version' })
    expect(Y.encodeStateAsUpdate(opened.doc)).toEqual(before)
    await opened.close()
  })
})

// ---- bad files: each gets its code, and the existing booklet is byte-for-byte unchanged ----

/** Rewrites a plain file's JSON (recomputing the checksum unless asked not to). */
async function rewrite(
  file: Blob,
  edit: (f: PlainBackupFile) => void,
  opts: { keepChecksum?: boolean } = {},
): Promise<Blob> {
  const f = JSON.parse(await file.text()) as PlainBackupFile
  edit(f)
  if (!opts.keepChecksum) {
    const { checksum: _, ...fields } = f
    f.checksum = await computeChecksum(fields)
  }
  return fileOf(JSON.stringify(f))
}

async function expectRefusedAndUntouched(bad: Blob, code: BackupReadError, options: ReadBackupOptions = {}) {
  const db = freshDb()
  const opened = await sampleBooklet(db, 'Existing')
  const before = Y.encodeStateAsUpdate(opened.doc)
  const registryBefore = await db.booklets.toArray()
  const blobsBefore = await listBlobs(opened.id, db)
  // The restore flow of the UI: read (validate everything), then apply only if valid.
  const read = await readBackup(bad, options)
  if (read.ok) await mergeBackupIntoBooklet(opened.id, opened.doc, read.value, { db })
  expect(read).toEqual({ ok: false, code })
  expect(Y.encodeStateAsUpdate(opened.doc)).toEqual(before)
  expect(await db.booklets.toArray()).toEqual(registryBefore)
  expect(await listBlobs(opened.id, db)).toEqual(blobsBefore)
  await opened.close()
  const reopened = await openBooklet(opened.id, { db, ...quiet })
  expect(reopened.doc.getMap('profile').get('firstName')).toBe('Existing')
  expect(reopened.doc.getMap('journal').has('j-Amina')).toBe(false)
  await reopened.close()
}

describe('bad backup files', () => {
  it('garbage: random bytes, plain text, foreign JSON', async () => {
    const random = new Uint8Array(5000).map((_, i) => (i * 131 + 17) & 255)
    await expectRefusedAndUntouched(fileOf(random), 'backup-garbage')
    await expectRefusedAndUntouched(fileOf('Bonjour, ceci est une lettre.'), 'backup-garbage')
    await expectRefusedAndUntouched(fileOf('{"name":"package","version":1}'), 'backup-garbage')
    await expectRefusedAndUntouched(fileOf(''), 'backup-garbage')
  })

  it('truncated: a plain or encrypted file cut short, even inside a character', async () => {
    const { file } = await exportSample()
    const text = await file.text()
    await expectRefusedAndUntouched(fileOf(text.slice(0, Math.floor(text.length / 2))), 'backup-truncated')
    const bytes = new TextEncoder().encode(text)
    const cut = bytes.indexOf(0xc3) + 1 // inside the "é" of the attachment's name
    expect(cut).toBeGreaterThan(0)
    await expectRefusedAndUntouched(fileOf(bytes.slice(0, cut)), 'backup-truncated')
    const sealed = await (await exportSample('pass')).file.text()
    await expectRefusedAndUntouched(fileOf(sealed.slice(0, sealed.length - 40)), 'backup-truncated', {
      passphrase: 'pass',
    })
  })

  it('wrong version', async () => {
    const { file } = await exportSample()
    const v2 = await rewrite(file, (f) => {
      ;(f as { version: number }).version = 2
    })
    await expectRefusedAndUntouched(v2, 'backup-version')
  })

  it('passphrase needed, then wrong passphrase', async () => {
    const { file } = await exportSample('le bon mot de passe')
    await expectRefusedAndUntouched(file, 'backup-passphrase-needed')
    await expectRefusedAndUntouched(file, 'backup-passphrase-wrong', { passphrase: 'un autre' })
  })

  it('tampered checksum, and content changed under an intact checksum', async () => {
    const { file } = await exportSample()
    const badSum = await rewrite(
      file,
      (f) => {
        f.checksum = (f.checksum[0] === '0' ? '1' : '0') + f.checksum.slice(1)
      },
      { keepChecksum: true },
    )
    await expectRefusedAndUntouched(badSum, 'backup-tampered')
    const renamed = await rewrite(
      file,
      (f) => {
        if (f.booklet) f.booklet.title = 'Quelqu’un d’autre'
      },
      { keepChecksum: true },
    )
    await expectRefusedAndUntouched(renamed, 'backup-tampered')
  })

  it('tampered ciphertext', async () => {
    const { file } = await exportSample('pass')
    const f = JSON.parse(await file.text())
    const sealed = base64ToBytes(f.encrypted.ciphertext) as Uint8Array
    sealed[10] = (sealed[10] as number) ^ 1
    f.encrypted.ciphertext = bytesToBase64(sealed)
    await expectRefusedAndUntouched(fileOf(JSON.stringify(f)), 'backup-tampered', { passphrase: 'pass' })
  })

  it('tampered document bytes (checksum recomputed): not a complete Yjs update', async () => {
    const { file } = await exportSample()
    const cut = await rewrite(file, (f) => {
      const doc = base64ToBytes(f.doc) as Uint8Array
      f.doc = bytesToBase64(doc.slice(0, doc.length - 9))
    })
    await expectRefusedAndUntouched(cut, 'backup-tampered')
    const junk = await rewrite(file, (f) => {
      f.doc = bytesToBase64(new Uint8Array(64).fill(0xff))
    })
    await expectRefusedAndUntouched(junk, 'backup-tampered')
  })

  it('attachment whose size does not match its data', async () => {
    const { file } = await exportSample()
    const lying = await rewrite(file, (f) => {
      const a = f.attachments[0]
      if (a) a.size += 1
    })
    await expectRefusedAndUntouched(lying, 'backup-tampered')
  })

  it('too large', async () => {
    const { file } = await exportSample()
    await expectRefusedAndUntouched(file, 'backup-too-large', { maxBytes: file.size - 1 })
  })
})

describe('booklet id in backups', () => {
  it('keeps the id and title it was given', async () => {
    const id = crypto.randomUUID() as BookletId
    const file = await exportBackup(new Y.Doc(), [], { booklet: { id, title: 'T' } })
    const read = await readBackup(file)
    expect(read.ok && read.value.booklet).toEqual({ id, title: 'T' })
  })
})
