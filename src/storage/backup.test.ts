import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { BOOKLET_SCHEMA_VERSION } from '../booklet/index.ts'
import type { BookletId } from '../domain/index.ts'
import { applyBackup, type BackupContent, exportBackup, readBackup } from './backup.ts'
import { KDF_ITERATIONS } from './backup-crypto.ts'
import {
  attachment,
  exportSample,
  FAST,
  freshDb,
  pdfBytes,
  quiet,
  sampleBooklet,
  snapshot,
  textOf,
} from './backup-fixture.ts'
import { listBlobs } from './db.ts'
import { ensureOwnBooklet, openBooklet } from './open-booklet.ts'
import { mergeBackupIntoBooklet, replaceBookletFromBackup } from './restore.ts'
import { getStorageHealth } from './storage-health.ts'

describe('backup round trip', () => {
  it('restores the document and the attachment from a plain file', async () => {
    const { file, expected } = await exportSample()
    const text = await textOf(file)
    expect(text.startsWith('{"format":"livret-backup","version":2,')).toBe(true)
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
      records: [],
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
describe('booklet id in backups', () => {
  it('keeps the id and title it was given', async () => {
    const id = crypto.randomUUID() as BookletId
    const file = await exportBackup(new Y.Doc(), [], { booklet: { id, title: 'T' } })
    const read = await readBackup(file)
    expect(read.ok && read.value.booklet).toEqual({ id, title: 'T' })
  })
})
