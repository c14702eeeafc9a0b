// The trainer's outbox on this device: results signed but not yet read back from the holder's inbox.
// Kept as one record (kind 'trainer-outbox', id 'main'; valibot-checked on read) so that a result
// signed offline survives a restart. Sending runs while the trainer screens are loaded: at once after
// signing, when the browser says the network is back ('online'), and otherwise retried with
// exponential backoff. Inboxes that refuse for good (link expired, revoked, erased) keep their results
// here, marked, so the trainer sees they did not arrive.
import * as v from 'valibot'
import { createStore, type Store } from '../../lib/index.ts'
import { fromBase64Url, isRoomId, toBase64Url } from '../../protocol/index.ts'
import { defineRecord } from '../../storage/index.ts'
import type { RoomCapability } from '../../transport/index.ts'
import { backoffDelay, DEFAULT_BACKOFF } from '../../transport/index.ts'
import { deliverToInbox } from './outbox-delivery.ts'

const ID = 'main'

const EntrySchema = v.object({
  messageId: v.pipe(v.string(), v.maxLength(64)),
  credentialId: v.pipe(v.string(), v.maxLength(200)),
  competenceId: v.pipe(v.string(), v.maxLength(100)),
  competenceLabel: v.pipe(v.string(), v.maxLength(300)),
  roomId: v.pipe(
    v.string(),
    v.check((s: string) => isRoomId(s)),
  ),
  token: v.pipe(v.string(), v.maxLength(2_000)),
  key: v.pipe(v.string(), v.maxLength(100)),
  text: v.pipe(v.string(), v.maxLength(80_000)),
  signedAt: v.string(),
  refused: v.optional(v.string()),
})
const OutboxSchema = v.object({ v: v.literal(1), entries: v.array(EntrySchema) })
const outboxRecords = defineRecord({ kind: 'trainer-outbox', version: 1, schema: OutboxSchema })

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
let running = false
let again = false
let attempt = 0
let timer: ReturnType<typeof setTimeout> | undefined
let listening = false

const save = async (entries: OutboxEntry[]) => {
  patch({ entries })
  await outboxRecords.put(ID, { v: 1, entries })
}

/** Reads the outbox once and starts sending what waits. */
export function startOutbox(): Promise<void> {
  if (!listening && typeof addEventListener === 'function') {
    listening = true
    addEventListener('online', () => {
      attempt = 0
      kickOutbox()
    })
    addEventListener('offline', () => {
      if (!running) patch({ phase: store.get().entries.some((e) => !e.refused) ? 'offline' : 'idle' })
    })
  }
  loading ??= (async () => {
    const r = await outboxRecords.get(ID).catch(() => undefined)
    const entries = r?.ok ? r.value.entries : []
    patch({ loaded: true, entries, ...(r && !r.ok ? { damaged: true } : {}) })
    kickOutbox()
  })()
  return loading
}

/** Adds signed results and tries to send them at once. */
export async function addToOutbox(added: readonly OutboxEntry[]): Promise<void> {
  await startOutbox()
  await save([...store.get().entries, ...added])
  attempt = 0
  kickOutbox()
}

/** The capability of an entry's inbox. */
const targetOf = (e: OutboxEntry): RoomCapability | undefined => {
  const roomKey = fromBase64Url(e.key)
  return roomKey && isRoomId(e.roomId) ? { roomId: e.roomId, token: e.token, roomKey } : undefined
}

/** The key of a capability as stored in an entry. */
export const keyText = (roomKey: Uint8Array): string => toBase64Url(roomKey)

const round = async (): Promise<boolean> => {
  const waiting = store.get().entries.filter((e) => !e.refused)
  const rooms = [...new Set(waiting.map((e) => e.roomId))]
  let retry = false
  for (const roomId of rooms) {
    const mine = waiting.filter((e) => e.roomId === roomId)
    const first = mine[0]
    const cap = first && targetOf(first)
    if (!cap) {
      await save(
        store.get().entries.map((e) => (e.roomId === roomId ? { ...e, refused: 'link-malformed' } : e)),
      )
      continue
    }
    const out = await deliverToInbox(
      { serverUrl: location.origin, roomId: cap.roomId, token: cap.token, roomKey: cap.roomKey },
      mine.map((e) => ({ messageId: e.messageId, text: e.text })),
    )
    retry ||= out.retry
    const confirmed = new Set(out.confirmed)
    const entries = store
      .get()
      .entries.filter((e) => !confirmed.has(e.messageId))
      .map((e) => (out.refused && e.roomId === roomId ? { ...e, refused: out.refused } : e))
    await save(entries)
    patch({ sent: store.get().sent + confirmed.size })
  }
  return retry
}

/** Tries to send now (no-op while a round runs: it runs again after). */
export function kickOutbox(): void {
  if (running) {
    again = true
    return
  }
  clearTimeout(timer)
  timer = undefined
  const waiting = store.get().entries.some((e) => !e.refused)
  if (!waiting) {
    patch({ phase: 'idle' })
    return
  }
  if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    patch({ phase: 'offline' })
    return
  }
  running = true
  patch({ phase: 'sending' })
  void round()
    .catch(() => true)
    .then((retry) => {
      running = false
      const left = store.get().entries.some((e) => !e.refused)
      if (again || (left && !retry)) {
        again = false
        if (left) return kickOutbox()
      }
      if (!left) return patch({ phase: 'idle' })
      if (typeof navigator !== 'undefined' && navigator.onLine === false) return patch({ phase: 'offline' })
      const delay = backoffDelay(attempt++, DEFAULT_BACKOFF)
      patch({ phase: 'waiting', nextAttempt: Date.now() + delay })
      timer = setTimeout(kickOutbox, delay)
    })
}

/** Removes results the inbox refused for good (after the trainer has seen them). */
export async function dropRefused(): Promise<void> {
  await save(store.get().entries.filter((e) => !e.refused))
}

/** The outbox state, observable (call startOutbox first; ui/hooks/features.ts re-renders on a change). */
export const outboxStore: Pick<Store<OutboxState>, 'get' | 'subscribe'> = store
