// Deletions made on this device that the household must still carry to the other devices (issue 12
// point 4): kept as one device record (kind 'pairing', id 'pending-deletions', version 1, never in a
// backup nor carried itself), so that a reload while offline does not lose them — the record would
// otherwise come back from the other devices. Cleared once the household has sent them to the relay.
import * as v from 'valibot'
import { defineRecord, type RecordTombstone } from '../../storage/index.ts'

const ID = 'pending-deletions'
/** At most this many deletions wait (the oldest are dropped first; they are a few dozen bytes). */
const MAX_PENDING = 5000

const PendingSchema = v.object({
  deletions: v.pipe(
    v.array(
      v.object({
        kind: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
        id: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
        updatedAt: v.pipe(v.string(), v.isoTimestamp()),
      }),
    ),
    v.maxLength(MAX_PENDING),
  ),
})

// Same kind as this device's other private-room records: device-only, never carried.
const pendingRecords = defineRecord({ kind: 'pairing', version: 1, schema: PendingSchema })

/** Where the waiting deletions are kept (the app's storage, or a test's). */
export interface PendingDeletionsPort {
  load(): Promise<RecordTombstone[]>
  save(deletions: readonly RecordTombstone[]): Promise<void>
}

/** The app's waiting deletions (IndexedDB). A damaged record reads as none. */
export const storagePendingDeletions: PendingDeletionsPort = {
  async load() {
    const r = await pendingRecords.get(ID)
    return r?.ok ? r.value.deletions : []
  },
  async save(deletions) {
    if (deletions.length === 0) await pendingRecords.delete(ID)
    else await pendingRecords.put(ID, { deletions: deletions.slice(-MAX_PENDING) })
  },
}

/** True for this file's own record (the household ignores writes to it). */
export const isPendingDeletionsRecord = (kind: string, id: string): boolean =>
  kind === pendingRecords.kind && id === ID
