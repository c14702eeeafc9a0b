// Keeps the holder's open validation requests going while the app runs (loaded lazily, holder mode
// only): for each open request it pushes the competences to the share room once (a snapshot; retried
// until the relay has them), then keeps the inbox room connected and, on each change, reads it into
// the booklet (receiveValidations: verified credentials only) and publishes what was left out. Closing
// a request deletes both rooms on the relay (retried at the next start when offline).
import * as Y from 'yjs'
import { projectBooklet } from '../../booklet/index.ts'
import { createStore } from '../../lib/index.ts'
import { postStatement, SealedRoom, type SealedRoomStatus, waitForRoom } from '../../transport/index.ts'
import { confirmOnRelay } from '../share/index.ts'
import { type InboxSummary, summarizeInbox } from './inbox-report.ts'
import { getRequest, isOpen, listRequests, type RequestRecord, saveRequest } from './records.ts'
import { receiveValidations } from './verify.ts'

/** What the runtime knows of one request right now. */
export type RequestLive = { connection: SealedRoomStatus['status']; summary?: InboxSummary }

/** Live state per request id (connection, last inbox summary). */
export const liveStore = createStore<ReadonlyMap<string, RequestLive>>(new Map())
/** Bumped whenever a request record changes (the screen reloads the list). */
export const recordsVersion = createStore(0)

const setLive = (id: string, patch: Partial<RequestLive>) => {
  const next = new Map(liveStore.get())
  next.set(id, { connection: 'offline', ...next.get(id), ...patch })
  liveStore.set(next)
}
const bump = () => recordsVersion.set(recordsVersion.get() + 1)

const PUSH_TIMEOUT_MS = 15_000
const RETRY_MS = 20_000

type Open = { room: SealedRoom; doc: Y.Doc; stop: () => void }

/** The requests of one booklet, kept going. */
export class ValidationRuntime {
  private readonly open = new Map<string, Open>()
  private readonly pushing = new Map<string, Promise<boolean>>()
  /** Closed during this run: never watched again, even by a refresh that read the list before. */
  private readonly closed = new Set<string>()
  private queue: Promise<void> = Promise.resolve()
  private stopped = false
  private retry: ReturnType<typeof setInterval> | undefined
  // Back online: reconnect the inboxes now (not at the end of their backoff) and send what waits.
  private readonly onOnline = () => {
    for (const o of this.open.values()) if (o.room.status.status === 'offline') o.room.connect()
    void this.refresh(false)
  }

  constructor(
    readonly booklet: Y.Doc,
    private readonly origin: string,
  ) {}

  /** Opens every open request of the device and finishes pending closings. */
  async start(): Promise<void> {
    if (this.retry === undefined) {
      this.retry = setInterval(() => void this.refresh(false), RETRY_MS)
      globalThis.addEventListener?.('online', this.onOnline)
    }
    await this.refresh()
  }

  /** Re-reads the records: opens new ones, pushes those not sent, and (unless `reread` is false)
   * reads every inbox again. */
  async refresh(reread = true): Promise<void> {
    const { requests } = await listRequests()
    if (this.stopped) return
    for (const r of requests) {
      if (isOpen(r) && !this.closed.has(r.id)) {
        this.watch(r)
        if (!r.pushed) void this.push(r)
        continue
      }
      // Expired or closed since it was opened: let it go.
      this.open.get(r.id)?.stop()
      this.open.delete(r.id)
      if (r.closedAt !== undefined && r.relayDeleted !== true) void this.deleteOnRelay(r)
    }
    if (reread) for (const [id, o] of this.open) this.receive(id, o.doc)
  }

  /** A request just created and saved: pushes its competences (the doc already projected) and watches
   * its inbox; true once the relay has them. */
  add(record: RequestRecord, shareDoc?: Y.Doc): Promise<boolean> {
    bump()
    this.watch(record)
    return this.push(record, shareDoc)
  }

  /** Closes a request: stops reading its inbox and deletes both rooms on the relay. */
  async close(id: string, now: Date = new Date()): Promise<void> {
    this.closed.add(id)
    const o = this.open.get(id)
    o?.stop()
    this.open.delete(id)
    const record = await getRequest(id)
    if (!record) return
    const closed = { ...record, closedAt: now.toISOString() }
    await saveRequest(closed)
    bump()
    await this.deleteOnRelay(closed)
  }

  /** Stops everything (the app closes the booklet or leaves holder mode). */
  stop(): void {
    this.stopped = true
    clearInterval(this.retry)
    globalThis.removeEventListener?.('online', this.onOnline)
    for (const o of this.open.values()) o.stop()
    this.open.clear()
  }

  private watch(record: RequestRecord): void {
    if (this.stopped || this.closed.has(record.id) || this.open.has(record.id)) return
    const doc = new Y.Doc()
    const room = new SealedRoom({
      serverUrl: this.origin,
      roomId: record.inbox.roomId,
      token: record.inbox.writeToken,
      roomKey: record.inbox.roomKey,
      doc,
      role: 'write',
      batchMs: 20,
    })
    let timer: ReturnType<typeof setTimeout> | undefined
    const onUpdate = () => {
      clearTimeout(timer)
      timer = setTimeout(() => this.receive(record.id, doc), 60)
    }
    doc.on('update', onUpdate)
    const offStatus = room.on('status', (s) => setLive(record.id, { connection: s.status }))
    setLive(record.id, { connection: room.status.status })
    this.open.set(record.id, {
      room,
      doc,
      stop: () => {
        clearTimeout(timer)
        offStatus()
        doc.off('update', onUpdate)
        room.destroy()
        doc.destroy()
      },
    })
  }

  // Reads an inbox into the booklet, one reading at a time for the whole runtime.
  private receive(id: string, doc: Y.Doc): void {
    this.queue = this.queue
      .then(async () => {
        if (this.stopped || this.open.get(id)?.doc !== doc) return
        const report = await receiveValidations(this.booklet, doc)
        const summary = summarizeInbox(report, this.booklet, doc)
        setLive(id, { summary })
        const record = await getRequest(id)
        if (record && record.received !== summary.kept) {
          await saveRequest({ ...record, received: summary.kept })
          bump()
        }
      })
      .catch((e: unknown) => console.error(e))
  }

  // Sends the competences once (a second call while sending waits for the first).
  private push(record: RequestRecord, projected?: Y.Doc): Promise<boolean> {
    if (this.stopped) return Promise.resolve(false)
    const running = this.pushing.get(record.id)
    if (running) return running
    const p = this.pushOnce(record, projected).finally(() => this.pushing.delete(record.id))
    this.pushing.set(record.id, p)
    return p
  }

  // The relay then keeps both rooms until the request expires.
  private async pushOnce(record: RequestRecord, projected?: Y.Doc): Promise<boolean> {
    // Known offline: say so at once; the 'online' event tries again.
    if (globalThis.navigator?.onLine === false) return false
    const shareDoc = projected ?? projectBooklet(this.booklet, record.selection)
    const room = new SealedRoom({
      serverUrl: this.origin,
      roomId: record.share.roomId,
      token: record.share.writeToken,
      roomKey: record.share.roomKey,
      doc: shareDoc,
      role: 'write',
      batchMs: 20,
    })
    try {
      const sent = await waitForRoom(room, () => true, PUSH_TIMEOUT_MS)
      if (!sent.ok) return false
      const secrets = record.share
      const seen = await confirmOnRelay(secrets, shareDoc, {
        relayOrigin: this.origin,
        timeoutMs: PUSH_TIMEOUT_MS,
      })
      if (!seen.ok) return false
      const at = Math.ceil(Date.parse(record.expiresAt) / 1000)
      for (const r of [record.share, record.inbox])
        await postStatement(this.origin, r.signingSecret, { type: 'expire', room: r.roomId, at })
      const latest = (await getRequest(record.id)) ?? record
      await saveRequest({ ...latest, pushed: true })
      bump()
      return true
    } finally {
      room.destroy()
    }
  }

  private async deleteOnRelay(record: RequestRecord): Promise<void> {
    let reached = true
    for (const r of [record.share, record.inbox]) {
      const done = await postStatement(this.origin, r.signingSecret, { type: 'delete', room: r.roomId })
      if (!done.ok && done.code === 'relay-unreachable') reached = false
    }
    if (!reached) return
    const latest = await getRequest(record.id)
    if (latest) await saveRequest({ ...latest, relayDeleted: true })
  }
}

let current: { runtime: ValidationRuntime; users: number } | undefined

/** Starts (or joins) the runtime of `booklet`; returns the function that lets it go. */
export function acquireRuntime(
  booklet: Y.Doc,
  origin: string,
): { runtime: ValidationRuntime; release: () => void } {
  if (current && current.runtime.booklet !== booklet) {
    current.runtime.stop()
    current = undefined
  }
  if (!current) {
    const runtime = new ValidationRuntime(booklet, origin)
    current = { runtime, users: 0 }
    void runtime.start()
  }
  const held = current
  held.users++
  let released = false
  return {
    runtime: held.runtime,
    release: () => {
      if (released) return
      released = true
      held.users--
      if (held.users === 0 && current === held) {
        held.runtime.stop()
        current = undefined
      }
    },
  }
}
