// Keeps the holder's open validation requests going: the 'validation-inboxes' runtime (holder mode,
// needs the open booklet writable; started and stopped by the registry). For each open request it pushes the competences to the share room once (a snapshot; retried
// until the relay has them), then keeps the inbox room connected and, on each change, reads it into
// the booklet (receiveValidations: verified credentials only) and publishes what was left out. Closing
// a request deletes both rooms on the relay. Pushes and deletions that could not reach the relay are
// retried by the shared scheduler (backoff, the network's return, "retry now"); inboxes reconnect at
// once when the network is back.
import * as Y from 'yjs'
import { projectBooklet } from '../../booklet/index.ts'
import { createStore } from '../../lib/index.ts'
import { onRecordsArrived } from '../../storage/index.ts'
import { postStatement, SealedRoom, type SealedRoomStatus, waitForRoom } from '../../transport/index.ts'
import {
  fromTask,
  type RetryScheduler,
  type RetryTask,
  type RuntimeNet,
  type RuntimeStart,
  roomOn,
  type StatusReporter,
  wakeRoom,
} from '../runtime/index.ts'
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
// Requests made or answered on another of the person's devices: the open list shows them.
onRecordsArrived((kinds) => {
  if (kinds.has('validation-request')) bump()
})

const PUSH_TIMEOUT_MS = 15_000

type Open = { room: SealedRoom; doc: Y.Doc; stop: () => void }

/** The requests of one booklet, kept going. */
export class ValidationRuntime {
  private readonly open = new Map<string, Open>()
  private readonly pushing = new Map<string, Promise<boolean>>()
  /** Closed during this run: never watched again, even by a refresh that read the list before. */
  private readonly closed = new Set<string>()
  private queue: Promise<void> = Promise.resolve()
  private stopped = false
  private task: RetryTask | undefined
  private offWake: (() => void) | undefined

  constructor(
    readonly booklet: Y.Doc,
    private readonly net: RuntimeNet,
    private readonly retry: RetryScheduler,
    private readonly report: StatusReporter = () => {},
  ) {}

  private get origin(): string {
    return this.net.relayOrigin
  }

  /** Opens every open request of the device, reads their inboxes and finishes pending pushes and
   * closings (retried by the scheduler until the relay has them). */
  start(): void {
    if (this.task || this.stopped) return
    // Back online: reconnect the inboxes now (not at the end of their backoff).
    this.offWake = this.retry.onWake(() => {
      for (const o of this.open.values()) wakeRoom(o.room)
    })
    let reread = true
    this.task = this.retry.task(
      () => {
        const done = this.refresh(reread)
        reread = false
        return done
      },
      { onState: (s) => this.report(fromTask(s)) },
    )
    this.task.kick()
  }

  /** Re-reads the records: opens new ones, pushes those not sent, deletes closed ones on the relay,
   * and (unless `reread` is false) reads every inbox again; true once nothing is left to send. */
  async refresh(reread = true): Promise<boolean> {
    const { requests } = await listRequests()
    if (this.stopped) return true
    const work: Promise<boolean>[] = []
    for (const r of requests) {
      if (isOpen(r) && !this.closed.has(r.id)) {
        this.watch(r)
        if (!r.pushed) work.push(this.push(r))
        continue
      }
      // Expired or closed since it was opened: let it go.
      this.open.get(r.id)?.stop()
      this.open.delete(r.id)
      if (r.closedAt !== undefined && r.relayDeleted !== true) work.push(this.deleteOnRelay(r))
    }
    if (reread) for (const [id, o] of this.open) this.receive(id, o.doc)
    return (await Promise.all(work)).every(Boolean)
  }

  /** A request just created and saved: pushes its competences (the doc already projected) and watches
   * its inbox; true once the relay has them. */
  async add(record: RequestRecord, shareDoc?: Y.Doc): Promise<boolean> {
    bump()
    this.watch(record)
    const sent = await this.push(record, shareDoc)
    // Not sent: the scheduler tries again (backoff, the network's return).
    if (!sent) this.task?.kick()
    return sent
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
    if (!(await this.deleteOnRelay(closed))) this.task?.kick()
  }

  /** Stops everything (the app closes the booklet or leaves holder mode). */
  stop(): void {
    this.stopped = true
    this.task?.stop()
    this.offWake?.()
    for (const o of this.open.values()) o.stop()
    this.open.clear()
  }

  private watch(record: RequestRecord): void {
    if (this.stopped || this.closed.has(record.id) || this.open.has(record.id)) return
    const doc = new Y.Doc()
    const { roomId, writeToken: token, roomKey } = record.inbox
    const room = new SealedRoom({
      ...roomOn(this.net, { roomId, token, roomKey }),
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
    // Known offline: say so at once; the network's return tries again.
    if (!this.retry.online) return false
    const shareDoc = projected ?? projectBooklet(this.booklet, record.selection)
    const { roomId, writeToken: token, roomKey } = record.share
    const room = new SealedRoom({
      ...roomOn(this.net, { roomId, token, roomKey }),
      doc: shareDoc,
      role: 'write',
      batchMs: 20,
    })
    try {
      const sent = await waitForRoom(room, () => true, PUSH_TIMEOUT_MS)
      if (!sent.ok) return false
      const secrets = record.share
      const seen = await confirmOnRelay(secrets, shareDoc, { ...this.net, timeoutMs: PUSH_TIMEOUT_MS })
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

  // True once the relay has deleted both rooms (or they were gone already).
  private async deleteOnRelay(record: RequestRecord): Promise<boolean> {
    let reached = true
    for (const r of [record.share, record.inbox]) {
      const done = await postStatement(this.origin, r.signingSecret, { type: 'delete', room: r.roomId })
      if (!done.ok && done.code === 'relay-unreachable') reached = false
    }
    if (!reached) return false
    const latest = await getRequest(record.id)
    if (latest) await saveRequest({ ...latest, relayDeleted: true })
    return true
  }
}

/** The runtime of the open booklet while it runs (the validations screen uses it). */
export const validationRuntimeStore = createStore<ValidationRuntime | undefined>(undefined)

/** Starts the validation inboxes of the open booklet (see the top comment). */
export const startValidationInboxes: RuntimeStart = (ctx) => {
  if (!ctx.booklet) return () => {}
  const runtime = new ValidationRuntime(ctx.booklet, ctx.net, ctx.retry, ctx.report)
  validationRuntimeStore.set(runtime)
  runtime.start()
  return () => {
    runtime.stop()
    if (validationRuntimeStore.get() === runtime) validationRuntimeStore.set(undefined)
  }
}
