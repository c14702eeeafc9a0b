// Restoring a read backup into this device's storage, safely:
// - replace: the backup becomes a NEW booklet (new id). Its document and attachments are fully
//   stored first; then ONE registry transaction lists the new booklet and drops the old one;
//   only then is the old document database deleted. A failure at any step before the registry
//   transaction removes the partial new booklet and leaves the old one exactly as it was.
// - merge: Yjs merge into the open booklet, attachments the booklet lacks are added.
// Both store the backup's device records (shares, requests, inboxes: backup-records.ts).
import type * as Y from 'yjs'
import type { BookletId } from '../domain/index.ts'
import { fail, newId, ok, type Result } from '../domain/index.ts'
import {
  type ApplyBackupError,
  applyBackup,
  type BackupAttachment,
  type BackupContent,
  type OnProgress,
} from './backup.ts'
import { storeBackupRecords } from './backup-records.ts'
import { type BlobRecord, getDb, type LivretDb, SETTING_KEYS } from './db.ts'
import { deleteBookletDoc, writeBookletDoc } from './open-booklet.ts'
import { isQuotaError } from './persistence.ts'

/** Why a restore could not be stored (nothing was changed). */
export type RestoreError = 'storage-quota' | 'storage-error'

/** Options of replaceBookletFromBackup. */
export type ReplaceOptions = {
  /** The booklet the backup replaces; CLOSE it first (its database is deleted at the end). */
  oldId?: BookletId
  db?: LivretDb
  onProgress?: OnProgress
}

const toRecord = (bookletId: BookletId, a: BackupAttachment): BlobRecord => ({
  id: a.id,
  bookletId,
  type: a.type,
  name: a.name,
  size: a.size,
  data: new Blob([a.data as Uint8Array<ArrayBuffer>], { type: a.type }),
})

/** Stores a backup as a new booklet, then (only then) removes `oldId`; returns the new id. */
export async function replaceBookletFromBackup(
  content: BackupContent,
  options: ReplaceOptions = {},
): Promise<Result<BookletId, RestoreError>> {
  const db = options.db ?? getDb()
  const progress = options.onProgress ?? (() => {})
  const id = newId<BookletId>()
  const old = options.oldId ? await db.booklets.get(options.oldId) : undefined
  try {
    await writeBookletDoc(id, content.docUpdate)
    progress(0.4)
    for (const [i, a] of content.attachments.entries()) {
      await db.blobs.put(toRecord(id, a))
      progress(0.4 + (0.5 * (i + 1)) / content.attachments.length)
    }
    // The shares, requests and inboxes the person opened, so they can be followed up from here.
    await storeBackupRecords(content.records, db)
    const now = new Date().toISOString()
    await db.transaction('rw', db.booklets, db.settings, db.blobs, async () => {
      await db.booklets.add({
        id,
        title: content.booklet?.title ?? old?.title ?? '',
        role: old?.role ?? 'own',
        createdAt: now,
        updatedAt: now,
      })
      if (!options.oldId) return
      await db.booklets.delete(options.oldId)
      await db.blobs.where('bookletId').equals(options.oldId).delete()
      const own = await db.settings.get(SETTING_KEYS.ownBookletId)
      if (own?.value === options.oldId) await db.settings.put({ key: SETTING_KEYS.ownBookletId, value: id })
    })
  } catch (e) {
    await discard(id, db)
    return fail(isQuotaError(e) ? 'storage-quota' : 'storage-error')
  }
  // The new booklet is listed and stored; a failure to delete the old database only leaves an orphan.
  if (options.oldId) await deleteBookletDoc(options.oldId).catch(() => {})
  progress(1)
  return ok(id)
}

async function discard(id: BookletId, db: LivretDb): Promise<void> {
  await db.blobs
    .where('bookletId')
    .equals(id)
    .delete()
    .catch(() => {})
  await deleteBookletDoc(id).catch(() => {})
}

/**
 * Merges a backup into an open booklet (`doc` from openBooklet) and adds the attachments it lacks.
 * Attachments are stored first: if that fails, the document is not touched.
 */
export async function mergeBackupIntoBooklet(
  id: BookletId,
  doc: Y.Doc,
  content: BackupContent,
  options: { db?: LivretDb; onProgress?: OnProgress } = {},
): Promise<Result<'merged', ApplyBackupError | RestoreError>> {
  const db = options.db ?? getDb()
  const progress = options.onProgress ?? (() => {})
  const added: string[] = []
  try {
    for (const [i, a] of content.attachments.entries()) {
      if (!(await db.blobs.get([id, a.id]))) {
        await db.blobs.put(toRecord(id, a))
        added.push(a.id)
      }
      progress((0.8 * (i + 1)) / content.attachments.length)
    }
  } catch (e) {
    await db.blobs.bulkDelete(added.map((a) => [id, a] as [BookletId, string])).catch(() => {})
    return fail(isQuotaError(e) ? 'storage-quota' : 'storage-error')
  }
  const applied = applyBackup(doc, content, 'merge')
  if (!applied.ok) {
    await db.blobs.bulkDelete(added.map((a) => [id, a] as [BookletId, string])).catch(() => {})
    return applied
  }
  try {
    await storeBackupRecords(content.records, db)
  } catch (e) {
    return fail(isQuotaError(e) ? 'storage-quota' : 'storage-error')
  }
  progress(1)
  return ok('merged')
}
