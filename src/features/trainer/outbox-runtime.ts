// The trainer's outbox on this device: results signed but not yet read back from the holder's inbox.
// Kept as one record (kind 'trainer-outbox', id 'main'; valibot-checked on read) so that a result
// signed offline survives a restart. Sending runs while the app is in trainer mode: at start, at once
// after signing, when the browser says the network is back, and otherwise retried with backoff. Inboxes that refuse for good (link expired, revoked, erased) keep their results
// here, marked, so the trainer sees they did not arrive. Sending is the 'trainer-outbox' runtime
// (trainer mode): its retries (backoff, the network's return, "retry now") are the shared scheduler's.
import * as v from 'valibot'
import { createStore, type Store } from '../../lib/index.ts'
import { fromBase64Url } from '../../protocol/index.ts'
import { defineRecord } from '../../storage/index.ts'
import { RoomCapabilitySchema } from '../../transport/index.ts'
import {
  fromTask,
  type RetryTask,
  type RuntimeNet,
  type RuntimeStart,
  type TaskState,
} from '../runtime/index.ts'
import { deliverToInbox } from './outbox-delivery.ts'

const ID = 'main'

const EntrySchema = v.object({
  messageId: v.pipe(v.string(), v.maxLength(64)),
  credentialId: v.pipe(v.string(), v.maxLength(200)),
  competenceId: v.pipe(v.string(), v.maxLength(100)),
  competenceLabel: v.pipe(v.string(), v.maxLength(300)),
  /** The holder's inbox, as the request link gave it (the transport's one capability schema). */
  inbox: RoomCapabilitySchema,
  text: v.pipe(v.string(), v.maxLength(80_000)),
  signedAt: v.string(),
  refused: v.optional(v.string()),
})
const OutboxSchema = v.object({ entries: v.array(EntrySchema) })

/** Version 1 → 2: an entry's `roomId`, `token` and base64url `key` become one `inbox` capability (the
 * inner `v: 1` goes: the record's version says it). A key that does not decode throws, and the outbox
 * reads as damaged, as a bad room id did in version 1. */
export const outboxV1toV2 = (value: unknown): unknown => {
  const { entries } = value as { entries: Record<string, unknown>[] }
  return {
    entries: entries.map(({ roomId, token, key, ...rest }) => {
      const roomKey = typeof key === 'string' ? fromBase64Url(key) : undefined
      if (!roomKey) throw new Error('outbox entry key does not decode')
      return { ...rest, inbox: { roomId, token, roomKey } }
    }),
  }
}

/** The outbox record (version 2). */
export const outboxRecords = defineRecord({
  kind: 'trainer-outbox',
  version: 2,
  schema: OutboxSchema,
  migrations: { 1: outboxV1toV2 },
})

/** A signed result waiting to reach its inbox. */
export type OutboxEntry = v.InferOutput<typeof EntrySchema>

/** What the outbox is doing. */
export type OutboxPhase = 'idle' | 'sending' | 'offline' | 'waiting'

/** The outbox as the screens show it. */
export type OutboxState = {
  loaded: boolean
  entries: OutboxEntry[]
  phase: OutboxPhase
  /** Results confirmed on the relay since the app started. */
  sent: number
  /** When the next attempt is due (ms since epoch), while waiting. */
  nextAttempt?: number
  /** The outbox record could not be read back (damaged); it starts empty. */
  damaged?: boolean
}

const store = createStore<OutboxState>({ loaded: false, entries: [], phase: 'idle', sent: 0 })
const patch = (p: Partial<OutboxState>) => store.set({ ...store.get(), ...p })

let loading: Promise<void> | undefined
/** The sending task while the runtime runs. */
let task: RetryTask | undefined

const save = async (entries: OutboxEntry[]) => {
  patch({ entries })
  await outboxRecords.put(ID, { entries })
}

/** Reads the outbox record once (the screens show it; sending is the runtime's). */
export function loadOutbox(): Promise<void> {
  loading ??= (async () => {
    const r = await outboxRecords.get(ID).catch(() => undefined)
    const entries = r?.ok ? r.value.entries : []
    patch({ loaded: true, entries, ...(r && !r.ok ? { damaged: true } : {}) })
  })()
  return loading
}

/** Adds signed results and tries to send them at once (when the runtime runs; else at its start). */
export async function addToOutbox(added: readonly OutboxEntry[]): Promise<void> {
  await loadOutbox()
  await save([...store.get().entries, ...added])
  task?.retryNow()
}

const waiting = (): OutboxEntry[] => store.get().entries.filter((e) => !e.refused)

/** One sending round over every inbox with waiting results; true when one must be tried again. */
const round = async (net: RuntimeNet): Promise<boolean> => {
  const rooms = [...new Set(waiting().map((e) => e.inbox.roomId))]
  let retry = false
  for (const roomId of rooms) {
    const mine = waiting().filter((e) => e.inbox.roomId === roomId)
    const cap = mine[0]?.inbox
    if (!cap) continue
    const out = await deliverToInbox(
      {
        serverUrl: net.relayOrigin,
        roomId: cap.roomId,
        token: cap.token,
        roomKey: cap.roomKey,
        ...(net.WebSocketPolyfill === undefined ? {} : { WebSocketPolyfill: net.WebSocketPolyfill }),
      },
      mine.map((e) => ({ messageId: e.messageId, text: e.text })),
    )
    retry ||= out.retry
    const confirmed = new Set(out.confirmed)
    const entries = store
      .get()
      .entries.filter((e) => !confirmed.has(e.messageId))
      .map((e) => (out.refused && e.inbox.roomId === roomId ? { ...e, refused: out.refused } : e))
    await save(entries)
    patch({ sent: store.get().sent + confirmed.size })
  }
  return retry
}

const PHASES: Record<TaskState['state'], OutboxPhase> = {
  idle: 'idle',
  working: 'sending',
  'waiting-retry': 'waiting',
  offline: 'offline',
}

/** "Retry now" from the outbox panel. */
export function kickOutbox(): void {
  task?.retryNow()
}

/** Removes results the inbox refused for good (after the trainer has seen them). */
export async function dropRefused(): Promise<void> {
  await save(store.get().entries.filter((e) => !e.refused))
}

/** The outbox state, observable (ui/hooks/features.ts re-renders on a change). */
export const outboxStore: Pick<Store<OutboxState>, 'get' | 'subscribe'> = store

/** Starts the trainer's outbox runtime: sends what waits, retried by the shared scheduler. */
export const startTrainerOutbox: RuntimeStart = async (ctx) => {
  await loadOutbox()
  const mine = ctx.retry.task(
    async () => {
      if (waiting().length === 0) return true
      const retry = await round(ctx.net)
      return !retry && waiting().length === 0
    },
    {
      onState: (s) => {
        ctx.report(fromTask(s))
        // Nothing waiting is "idle", whatever the task says.
        const phase = waiting().length === 0 ? 'idle' : PHASES[s.state]
        if (s.state === 'waiting-retry') patch({ phase, nextAttempt: s.nextRetryAt })
        else patch({ phase })
      },
    },
  )
  if (ctx.signal.aborted) return () => mine.stop()
  task = mine
  mine.kick()
  return () => {
    mine.stop()
    if (task === mine) task = undefined
  }
}
