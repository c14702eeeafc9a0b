// Shared set-up of the backup tests: a sample booklet with one attachment, and its export.
import * as Y from 'yjs'
import { until } from '../../tests/support/until.ts'
import { TOP_LEVEL } from '../booklet/index.ts'
import { exportBackup } from './backup.ts'
import { createDb, type LivretDb, listBlobs, putBlob } from './db.ts'
import { ensureOwnBooklet, openBooklet } from './open-booklet.ts'

/** PBKDF2 iterations in tests; the default (600,000) is checked once in backup.test.ts. */
export const FAST = 1000
/** Options that keep a test booklet quiet (no persistence prompt, quick registry writes). */
export const quiet = { askPersistence: false, registryThrottleMs: 10 } as const
/** A database of its own for one test. */
export const freshDb = (): LivretDb => createDb(`livret-test-${crypto.randomUUID()}`)
/** The booklet's top-level maps as plain JSON. */
export const snapshot = (doc: Y.Doc) => Object.fromEntries(TOP_LEVEL.map((n) => [n, doc.getMap(n).toJSON()]))
/** The sample attachment's metadata. */
export const attachment = { id: 'cv-2024', type: 'application/pdf', name: 'CV Amina é.pdf' }
/** The sample attachment's bytes. */
export const pdfBytes = new Uint8Array(3000).map((_, i) => (i * 7 + 3) & 255)

/** A booklet with some content, stored, with one attachment. */
export async function sampleBooklet(db: LivretDb, firstName = 'Amina') {
  const id = await ensureOwnBooklet(db)
  // The registry's updatedAt is written on a throttle: start it from a past time, so that the write
  // this booklet's changes cause is seen landing before the test reads the registry.
  const PAST = '2000-01-01T00:00:00.000Z'
  await db.booklets.update(id, { updatedAt: PAST })
  const opened = await openBooklet(id, { db, ...quiet })
  opened.doc.getMap('profile').set('firstName', firstName)
  opened.doc
    .getMap('journal')
    .set(`j-${firstName}`, new Y.Map<unknown>([['text', `Journal de ${firstName}`]]))
  await opened.flush()
  await until(async () => (await db.booklets.get(id))?.updatedAt !== PAST, { what: 'the registry write' })
  await putBlob({ ...attachment, bookletId: id, size: pdfBytes.length, data: new Blob([pdfBytes]) }, db)
  return opened
}

/** The text of a blob. */
export const textOf = (b: Blob) => b.text()
/** A file (blob) of text or bytes. */
export const fileOf = (text: string | Uint8Array) => new Blob([text as BlobPart])

/** A backup file of a sample booklet, and what it should restore to. */
export async function exportSample(passphrase?: string) {
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
