// The holder's share records on this device (device records of kind 'share', checked against
// ShareRecordSchema when read back), and the clean-up of ended shares: a revoked or expired share
// stays in the list ("ended") for ENDED_KEEP_DAYS so that the holder still sees when it was
// opened, then it is removed from the device.

import { createStore } from '../../lib/index.ts'
import { onRecordsArrived } from '../../storage/index.ts'
import { type ShareRecord, shareRecords, staleRecords } from './records.ts'

/** Days an ended share stays listed before it is removed. */
export const ENDED_KEEP_DAYS = 30
const DAY_MS = 86_400_000

/** Bumped on every change, so that open screens reload the list. */
export const sharesChanged = createStore(0)

// Shares made, withdrawn or deleted on another of the person's devices (the household) or brought
// by a backup: an open list shows them without being reopened.
onRecordsArrived((kinds) => {
  if (kinds.has(shareRecords.kind)) sharesChanged.set(sharesChanged.get() + 1)
})

/** The stored shares (newest first) and how many records could not be read. */
export async function loadShares(): Promise<{ records: ShareRecord[]; damaged: number }> {
  const rows = await shareRecords.list()
  const records: ShareRecord[] = []
  let damaged = 0
  for (const row of rows) {
    if (row.ok) records.push(row.value)
    else damaged++
  }
  records.sort((a, b) => b.createdAt.localeCompare(a.createdAt))
  return { records, damaged }
}

/** One stored share, or undefined when absent or damaged. */
export async function loadShare(id: string): Promise<ShareRecord | undefined> {
  const row = await shareRecords.get(id)
  return row?.ok ? row.value : undefined
}

/** Stores (or replaces) a share record. */
export async function saveShare(record: ShareRecord): Promise<void> {
  await shareRecords.put(record.id, record)
  sharesChanged.set(sharesChanged.get() + 1)
}

/** Removes a share record from this device. */
export async function forgetShare(id: string): Promise<void> {
  await shareRecords.delete(id)
  sharesChanged.set(sharesChanged.get() + 1)
}

/** When a share ended (revoked or expired), or undefined while it is active. */
export function endedAt(record: ShareRecord, now: Date = new Date()): string | undefined {
  if (record.revokedAt !== undefined) return record.revokedAt
  return staleRecords([record], now).length > 0 ? record.expiresAt : undefined
}

/** Ended shares older than ENDED_KEEP_DAYS: the ones the clean-up removes. */
export function shareRecordsToRemove(records: readonly ShareRecord[], now: Date = new Date()): ShareRecord[] {
  return staleRecords(records, now).filter((r) => {
    const end = endedAt(r, now)
    return end !== undefined && Date.parse(end) + ENDED_KEEP_DAYS * DAY_MS < now.getTime()
  })
}

/** Removes the ended shares older than ENDED_KEEP_DAYS; returns those kept. */
export async function cleanUpShares(
  records: readonly ShareRecord[],
  now: Date = new Date(),
): Promise<ShareRecord[]> {
  const gone = new Set(shareRecordsToRemove(records, now).map((r) => r.id))
  for (const id of gone) await shareRecords.delete(id)
  return records.filter((r) => !gone.has(r.id))
}

/** Keeps the openings last read from the relay in the record (the relay's log goes with the room);
 * quiet: the open list already shows them. Returns the updated record. */
export async function rememberOpenings(
  record: ShareRecord,
  openedAt: readonly string[],
): Promise<ShareRecord> {
  const same =
    record.openedAt !== undefined &&
    record.openedAt.length === openedAt.length &&
    record.openedAt.every((at, i) => at === openedAt[i])
  if (same) return record
  const next = { ...record, openedAt: [...openedAt] }
  const stored = await loadShare(record.id)
  // Not if it changed meanwhile (revoked, extended): that write already has what it needs.
  if (stored && stored.readTokenId === record.readTokenId && stored.revokedAt === undefined)
    await shareRecords.put(next.id, next)
  return next
}
