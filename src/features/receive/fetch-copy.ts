// A received booklet whose record came from another of the person's paired devices (household
// records) has no copy on this device: the copy is a y-indexeddb document of the device that
// received it. Opened here, it is fetched once from the relay with the capability the record holds
// (a live share keeps following, a snapshot is read once), stored as receiving stores it, and shown.
// Unreachable relay: the caller says it will be fetched once online, and asks again then. A share
// that has ended (revoked, expired, erased) is ended here as ./check.ts ends it: erased, the record
// says why.
import type { BookletId } from '../../domain/index.ts'
import { getDb } from '../../storage/index.ts'
import { encodeRoomFragment } from '../../transport/index.ts'
import { endedBy } from './check.ts'
import { endReceived, keepFetchedCopy, openCopies } from './copies.ts'
import { type OpenLinkCode, openShareLink } from './open-link.ts'
import { getReceived, isPastExpiry } from './records.ts'

/** What fetching a missing copy came to: 'stored' (already here, or no record to fetch for),
 * 'fetched', 'offline' (relay unreachable: try again once online), 'ended' (the share ended; its
 * record says why), 'unavailable' (the record cannot fetch it: file share, no key, bad link). */
export type FetchCopyOutcome = 'stored' | 'fetched' | 'offline' | 'ended' | 'unavailable'

/** Options of fetchMissingCopy (the browser needs none). */
export interface FetchCopyOptions {
  WebSocketPolyfill?: unknown
  /** ms (default 10,000). */
  timeoutMs?: number
}

// The relay's refusals, in the words of endedBy (./check.ts).
const REFUSED: Partial<Record<OpenLinkCode, string>> = {
  'share-revoked': 'token-revoked',
  'share-expired': 'token-expired',
  'share-gone': 'room-gone',
}

/** True when the copy `id` is on this device (open, or its registry row written — the row is written
 * only once the document is stored); false for a record that came from another device. */
export async function hasStoredCopy(id: string): Promise<boolean> {
  if (openCopies.has(id)) return true
  return (await getDb().booklets.get(id as BookletId)) !== undefined
}

const running = new Map<string, Promise<FetchCopyOutcome>>()

async function fetchOnce(id: string, options: FetchCopyOptions): Promise<FetchCopyOutcome> {
  const record = await getReceived(id)
  if (record?.status !== 'active' || (await hasStoredCopy(id))) return 'stored'
  if (isPastExpiry(record)) {
    await endReceived(id, 'expired')
    return 'ended'
  }
  const link = record.link
  if (!link || !('roomKey' in link.capability)) return 'unavailable'
  const opened = await openShareLink(`#${encodeRoomFragment(link.capability)}`, {
    relayOrigin: link.relayOrigin,
    follow: record.mode === 'live',
    ...(options.WebSocketPolyfill === undefined ? {} : { WebSocketPolyfill: options.WebSocketPolyfill }),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
  })
  if (!opened.ok) {
    if (opened.code === 'share-unreachable') return 'offline'
    const refusal = REFUSED[opened.code]
    const ended = refusal ? endedBy(record, refusal) : undefined
    if (!ended) return 'unavailable'
    await endReceived(id, ended)
    return 'ended'
  }
  // Deleted or ended on another device while this one was fetching: keep nothing.
  const now = await getReceived(id)
  if (now?.status !== 'active') {
    opened.value.stop()
    opened.value.doc.destroy()
    return now ? 'ended' : 'stored'
  }
  try {
    await keepFetchedCopy(now, opened.value.doc, opened.value.room)
  } catch {
    return 'unavailable'
  }
  return 'fetched'
}

/** Fetches the copy of received share `id` when this device has its record but not its copy (see
 * the top comment); one fetch at a time per share. */
export function fetchMissingCopy(id: string, options: FetchCopyOptions = {}): Promise<FetchCopyOutcome> {
  const busy = running.get(id)
  if (busy) return busy
  const task = fetchOnce(id, options).finally(() => running.delete(id))
  running.set(id, task)
  return task
}
