// The runtime of live shares ('live-shares', holder mode, needs the open booklet): while it runs,
// every active live share follows the booklet (its share room gets the new projection after each
// change, batched by SealedRoom in 20 ms). The registry starts it once the booklet is open and
// restarts it when the booklet is replaced (restore); each start also removes shares ended more than
// ENDED_KEEP_DAYS ago. A share created on the handover screen is adopted as it is; an extended share
// is restarted with its new record; a revoked one is stopped; an expired one stops at its expiry.
// A share whose relay cannot be reached is a task of the shared retry scheduler (backoff, the
// network's return, "retry now").
import type * as Y from 'yjs'
import { createStore } from '../../lib/index.ts'
import { type RetryTask, type RuntimeContext, type RuntimeStart, worstTask } from '../runtime/index.ts'
import type { ShareRecord } from './records.ts'
import { type LiveShare, resumeLiveShare } from './service.ts'
import { cleanUpShares, endedAt, loadShares } from './store.ts'

// setTimeout's longest delay; a later expiry is caught at the next start.
const MAX_TIMER = 2 ** 31 - 1

type Entry = {
  record: ShareRecord
  live?: LiveShare
  expiry?: ReturnType<typeof setTimeout>
  task?: RetryTask
}
type Running = { doc: Y.Doc; ctx: RuntimeContext }

const entries = new Map<string, Entry>()
let running: Running | undefined

/** Ids of the live shares that are following the booklet right now. */
export const followingStore = createStore<ReadonlySet<string>>(new Set())

const publish = () => {
  followingStore.set(new Set([...entries].filter(([, e]) => e.live !== undefined).map(([id]) => id)))
  running?.ctx.report(worstTask([...entries.values()].flatMap((e) => (e.task ? [e.task.state] : []))))
}

const isActiveLive = (r: ShareRecord): boolean => r.mode === 'live' && endedAt(r) === undefined

/** Stops following one share (revoked, or about to be restarted). */
export function stopLiveShare(id: string): void {
  const entry = entries.get(id)
  if (!entry) return
  entries.delete(id)
  clearTimeout(entry.expiry)
  entry.task?.stop()
  entry.live?.stop()
  publish()
}

const expireLater = (entry: Entry, id: string) => {
  const wait = Date.parse(entry.record.expiresAt) - Date.now()
  if (wait < MAX_TIMER) entry.expiry = setTimeout(() => stopLiveShare(id), Math.max(0, wait))
}

/** Joins the share's room and follows the booklet, retried while the relay cannot be reached. */
const follow = (record: ShareRecord): void => {
  const run = running
  if (!run || !isActiveLive(record)) return
  stopLiveShare(record.id)
  const entry: Entry = { record }
  entries.set(record.id, entry)
  const current = () => entries.get(record.id) === entry && running === run
  entry.task = run.ctx.retry.task(
    async () => {
      if (!current()) return true
      const r = await resumeLiveShare(run.doc, record, run.ctx.net)
      if (!current()) {
        if (r.ok) r.value.stop()
        return true
      }
      if (r.ok) {
        entry.live = r.value
        expireLater(entry, record.id)
      } else if (r.code === 'share-unreachable') return false
      else entries.delete(record.id)
      publish()
      return true
    },
    { onState: publish },
  )
  entry.task.kick()
}

/** Takes over a live share just created (its handle already follows the booklet). */
export function adoptLiveShare(record: ShareRecord, live: LiveShare): void {
  stopLiveShare(record.id)
  const entry: Entry = { record, live }
  entries.set(record.id, entry)
  expireLater(entry, record.id)
  publish()
}

/** Follows the booklet again with an updated record (after an extension). */
export function restartLiveShare(record: ShareRecord): void {
  stopLiveShare(record.id)
  follow(record)
}

/** Starts the live shares runtime (see the top comment). */
export const startLiveShares: RuntimeStart = async (ctx) => {
  const doc = ctx.booklet
  if (!doc) return () => {}
  const run: Running = { doc, ctx }
  for (const id of [...entries.keys()]) stopLiveShare(id)
  running = run
  const stop = () => {
    if (running !== run) return
    running = undefined
    for (const id of [...entries.keys()]) stopLiveShare(id)
  }
  // Shares ended long ago are removed from the device at each start, not only when the list opens.
  const records = await cleanUpShares((await loadShares()).records)
  if (running === run) for (const r of records.filter(isActiveLive)) follow(r)
  return stop
}
