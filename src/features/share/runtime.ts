// The runtime of live shares: while the holder's app is open, every active live share follows the
// booklet (its share room gets the new projection after each change, batched by SealedRoom in
// 20 ms). Started once the booklet is open (session-open.ts), again when the booklet is replaced
// (restore); each start also removes shares ended more than ENDED_KEEP_DAYS ago. A share created
// on the handover screen is adopted as it is; an extended share is restarted with its new record;
// a revoked one is stopped. When the relay cannot be reached the share is retried every RETRY_MS
// and as soon as the browser says it is back online.
import type * as Y from 'yjs'
import { createStore } from '../../lib/index.ts'
import type { ShareRecord } from './records.ts'
import { type LiveShare, resumeLiveShare } from './service.ts'
import { cleanUpShares, endedAt, loadShares } from './store.ts'

/** Delay before a new attempt when the relay was unreachable. */
export const RETRY_MS = 15_000
// setTimeout's longest delay; a later expiry is caught at the next start.
const MAX_TIMER = 2 ** 31 - 1

type Entry = {
  gen: number
  record: ShareRecord
  live?: LiveShare
  timer?: ReturnType<typeof setTimeout>
}

const entries = new Map<string, Entry>()
let booklet: Y.Doc | undefined
let nextGen = 1
let listening = false

/** Ids of the live shares that are following the booklet right now. */
export const followingStore = createStore<ReadonlySet<string>>(new Set())

const publish = () =>
  followingStore.set(new Set([...entries].filter(([, e]) => e.live !== undefined).map(([id]) => id)))

const net = () => ({ relayOrigin: location.origin, appOrigin: location.origin })

const isActiveLive = (r: ShareRecord): boolean => r.mode === 'live' && endedAt(r) === undefined

const clear = (entry: Entry) => {
  clearTimeout(entry.timer)
  entry.live?.stop()
}

/** Stops following one share (revoked, or about to be restarted). */
export function stopLiveShare(id: string): void {
  const entry = entries.get(id)
  if (!entry) return
  entries.delete(id)
  clear(entry)
  publish()
}

const stopAll = () => {
  for (const id of [...entries.keys()]) stopLiveShare(id)
}

const expireLater = (entry: Entry, id: string) => {
  const wait = Date.parse(entry.record.expiresAt) - Date.now()
  if (wait < MAX_TIMER) entry.timer = setTimeout(() => stopLiveShare(id), Math.max(0, wait))
}

const follow = async (record: ShareRecord): Promise<void> => {
  const doc = booklet
  if (!doc || !isActiveLive(record)) return
  stopLiveShare(record.id)
  const entry: Entry = { gen: nextGen++, record }
  entries.set(record.id, entry)
  const r = await resumeLiveShare(doc, record, net())
  if (entries.get(record.id)?.gen !== entry.gen || booklet !== doc) {
    if (r.ok) r.value.stop()
    return
  }
  if (r.ok) {
    entry.live = r.value
    expireLater(entry, record.id)
  } else if (r.code === 'share-unreachable') {
    entry.timer = setTimeout(() => void retry(record.id, entry.gen), RETRY_MS)
  } else entries.delete(record.id)
  publish()
}

const retry = async (id: string, gen?: number): Promise<void> => {
  const entry = entries.get(id)
  if (!entry || entry.live || (gen !== undefined && entry.gen !== gen)) return
  await follow(entry.record)
}

/** Makes every active live share follow `doc` (the open booklet); stops those following another. */
export async function startLiveShares(doc: Y.Doc): Promise<void> {
  if (doc === booklet) return
  stopAll()
  booklet = doc
  if (!listening) {
    listening = true
    addEventListener('online', () => {
      for (const id of [...entries.keys()]) void retry(id)
    })
  }
  // Shares ended long ago are removed from the device at each start, not only when the list opens.
  const records = await cleanUpShares((await loadShares()).records)
  if (booklet !== doc) return
  await Promise.all(records.filter(isActiveLive).map((r) => follow(r)))
}

/** Takes over a live share just created (its handle already follows the booklet). */
export function adoptLiveShare(record: ShareRecord, live: LiveShare): void {
  stopLiveShare(record.id)
  const entry: Entry = { gen: nextGen++, record, live }
  entries.set(record.id, entry)
  expireLater(entry, record.id)
  publish()
}

/** Follows the booklet again with an updated record (after an extension). */
export function restartLiveShare(record: ShareRecord): Promise<void> {
  stopLiveShare(record.id)
  return follow(record)
}
