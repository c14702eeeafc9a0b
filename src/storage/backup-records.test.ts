import 'fake-indexeddb/auto'
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { exportBackup, readBackup } from './backup.ts'
import { FAST, freshDb, quiet, sampleBooklet, snapshot } from './backup-fixture.ts'
import { type ChecksummedFields, computeChecksum } from './backup-format.ts'
import { collectBackupRecords, countByKind, decodeValue, encodeValue } from './backup-records.ts'
import { listBlobs } from './db.ts'
import { openBooklet } from './open-booklet.ts'
import { defineRecord } from './records.ts'
import { mergeBackupIntoBooklet, replaceBookletFromBackup } from './restore.ts'

const key = new Uint8Array(32).map((_, i) => i + 1)
const share = {
  id: 'a'.repeat(24),
  roomKey: key,
  recipient: 'Mme Dubois',
  openedAt: ['2026-05-04T10:00:00.000Z'],
}
const any = v.unknown()
/** A record kind of any shape, at version `version` (the backup must keep each row's version). */
const raw = (kind: string, version = 1) =>
  defineRecord({
    kind,
    version,
    schema: any,
    migrations: Object.fromEntries(Array.from({ length: version - 1 }, (_, i) => [i + 1, (x: unknown) => x])),
  })
const putRecord = (
  kind: string,
  id: string,
  value: unknown,
  db: Parameters<ReturnType<typeof raw>['put']>[2],
) => raw(kind, kind === 'proposal-inbox' ? 2 : 1).put(id, value, db)
const getRecord = (
  kind: string,
  id: string,
  _schema: unknown,
  db: Parameters<ReturnType<typeof raw>['get']>[1],
) => raw(kind, kind === 'proposal-inbox' ? 2 : 1).get(id, db)

async function deviceWithRecords() {
  const db = freshDb()
  const opened = await sampleBooklet(db)
  await putRecord('share', share.id, share, db)
  await putRecord('share', 'b'.repeat(24), { ...share, id: 'b'.repeat(24) }, db)
  await putRecord('validation-request', 'req-1', { id: 'req-1', secret: key }, db)
  await putRecord('proposal-inbox', 'in-1', { id: 'in-1' }, db)
  await putRecord('pairing', 'self', { role: 'member', token: 'this device only' }, db)
  return { db, opened }
}

describe('backup version 2 carries the device records', () => {
  it('encodes byte arrays and refuses malformed values', () => {
    const value = { a: [1, 'x', null, true, key], b: { c: key } }
    expect(decodeValue(JSON.parse(JSON.stringify(encodeValue(value))))).toEqual(value)
    expect(decodeValue({ $bytes: 'pas du base64' })).toBeUndefined()
    expect(decodeValue(JSON.parse('{"__proto__":{"x":1}}'))).toBeUndefined()
    expect(() => encodeValue(new Date())).toThrow()
    let deep: unknown = 1
    for (let i = 0; i < 40; i++) deep = [deep]
    expect(decodeValue(deep)).toBeUndefined()
  })

  it('exports the shares, requests and inboxes (not this device’s pairing) and restores them on a new device', async () => {
    const { db, opened } = await deviceWithRecords()
    const records = await collectBackupRecords(db)
    expect(records.map((r) => r.kind).sort()).toEqual([
      'proposal-inbox',
      'share',
      'share',
      'validation-request',
    ])
    const file = await exportBackup(opened.doc, await listBlobs(opened.id, db), {
      passphrase: 'mot de passe',
      iterations: FAST,
      records,
    })
    const expected = snapshot(opened.doc)
    await opened.close()

    const read = await readBackup(file, { passphrase: 'mot de passe' })
    if (!read.ok) throw new Error(read.code)
    expect(countByKind(read.value.records)).toEqual({
      share: 2,
      'validation-request': 1,
      'proposal-inbox': 1,
    })
    const fresh = freshDb()
    const restored = await replaceBookletFromBackup(read.value, { db: fresh })
    if (!restored.ok) throw new Error(restored.code)
    const back = await getRecord('share', share.id, any, fresh)
    expect(back?.ok && back.value).toEqual(share)
    expect(back?.ok && (back.value as { roomKey: unknown }).roomKey).toBeInstanceOf(Uint8Array)
    expect(await getRecord('pairing', 'self', any, fresh)).toBeUndefined()
    // A record at version 2 comes back at version 2 (not read as a version 1 row).
    expect((await fresh.records.get(['proposal-inbox', 'in-1']))?.version).toBe(2)
    const again = await openBooklet(restored.value, { db: fresh, ...quiet })
    expect(snapshot(again.doc)).toEqual(expected)
    await again.close()
  })

  it('merging never rolls back a record this device changed later', async () => {
    const { db, opened } = await deviceWithRecords()
    const file = await exportBackup(opened.doc, [], { records: await collectBackupRecords(db) })
    const read = await readBackup(file)
    if (!read.ok) throw new Error(read.code)
    const withdrawn = { ...share, revokedAt: new Date(Date.now() + 1000).toISOString() }
    await db.records.put({ kind: 'share', id: share.id, value: withdrawn, updatedAt: withdrawn.revokedAt })
    await db.records.delete(['validation-request', 'req-1'])
    const merged = await mergeBackupIntoBooklet(opened.id, opened.doc, read.value, { db })
    expect(merged.ok).toBe(true)
    const kept = await getRecord('share', share.id, any, db)
    expect(kept?.ok && kept.value).toEqual(withdrawn)
    expect(await getRecord('validation-request', 'req-1', any, db)).toBeDefined()
    await opened.close()
  })

  it('a version 1 file (before records) still restores, with no records', async () => {
    const doc = new Y.Doc()
    doc.getMap('profile').set('firstName', 'Amina')
    const fields: ChecksummedFields = {
      format: 'livret-backup',
      version: 1,
      createdAt: '2026-01-02T03:04:05.000Z',
      booklet: null,
      doc: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64'),
      attachments: [],
    }
    const text = JSON.stringify({ ...fields, checksum: await computeChecksum(fields) })
    const read = await readBackup(new Blob([text]))
    if (!read.ok) throw new Error(read.code)
    expect(read.value.records).toEqual([])
    const fresh = freshDb()
    const restored = await replaceBookletFromBackup(read.value, { db: fresh })
    if (!restored.ok) throw new Error(restored.code)
    const again = await openBooklet(restored.value, { db: fresh, ...quiet })
    expect(again.doc.getMap('profile').get('firstName')).toBe('Amina')
    await again.close()
  })

  it('a record value changed under a recomputed checksum that does not decode is refused', async () => {
    const { db, opened } = await deviceWithRecords()
    const file = await exportBackup(opened.doc, [], { records: await collectBackupRecords(db) })
    await opened.close()
    const f = JSON.parse(await file.text())
    f.records[0].value = { $bytes: '###' }
    delete f.checksum
    f.checksum = await computeChecksum(f)
    expect(await readBackup(new Blob([JSON.stringify(f)]))).toEqual({ ok: false, code: 'backup-tampered' })
  })
})
