// Bad backup files are refused with a code and leave the booklet, the registry and the attachments
// untouched: garbage, truncated, wrong version, passphrase, tampering, sizes.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { type BackupReadError, type ReadBackupOptions, readBackup } from './backup.ts'
import { exportSample, fileOf, freshDb, quiet, sampleBooklet } from './backup-fixture.ts'
import { computeChecksum, type PlainBackupFile } from './backup-format.ts'
import { base64ToBytes, bytesToBase64 } from './base64.ts'
import { listBlobs } from './db.ts'
import { openBooklet } from './open-booklet.ts'
import { mergeBackupIntoBooklet } from './restore.ts'

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
    const v3 = await rewrite(file, (f) => {
      ;(f as { version: number }).version = 3
    })
    await expectRefusedAndUntouched(v3, 'backup-version')
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
