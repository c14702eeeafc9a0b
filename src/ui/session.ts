// The open booklet of this device: opened once at start-up, with the "saved on this phone" status.
// The status follows the document's local updates once storage has flushed them; storage health
// (storage/storage-health.ts) turns it into an error with the advice to make a backup.
import type * as Y from 'yjs'
import type { BookletId } from '../domain/index.ts'
import { ensureOwnBooklet, openBooklet } from '../storage/open-booklet.ts'
import { getStorageHealth, onStorageHealth, type StorageHealth } from '../storage/storage-health.ts'
import { createStore, useStore } from './store.ts'

/** The open booklet. */
export type Session = {
  id: BookletId
  doc: Y.Doc
  readOnly: boolean
  flush: () => Promise<void>
  close: () => Promise<void>
}

/** Where opening stands. */
export type SessionState = { state: 'loading' } | { state: 'ready'; session: Session } | { state: 'failed' }

/** Whether the last change reached the phone's storage. */
export type SaveState =
  | { state: 'idle' }
  | { state: 'saved'; at: Date }
  | { state: 'error'; reason: 'quota' | 'other'; retry: () => void }

const sessionStore = createStore<SessionState>({ state: 'loading' })
/** Save status shown in the status line. */
export const saveStore = createStore<SaveState>({ state: 'idle' })

const fromHealth = (h: StorageHealth): SaveState | undefined =>
  h.state === 'ok'
    ? undefined
    : { state: 'error', reason: h.state === 'quota' ? 'quota' : 'other', retry: h.retry }

let listening = false

/** Opens this device's own booklet (creating it on first start). */
export async function startSession(): Promise<void> {
  try {
    if (!listening) {
      listening = true
      onStorageHealth((h) => saveStore.set(fromHealth(h) ?? { state: 'saved', at: new Date() }))
    }
    performance.mark('livret:open-start')
    const id = await ensureOwnBooklet()
    performance.mark('livret:registry-read')
    const opened = await openBooklet(id)
    performance.mark('livret:booklet-loaded')
    let pending = false
    opened.doc.on('update', (_u: Uint8Array, origin: unknown) => {
      // Local edits carry no origin or a string tag; providers (persistence, relay) are objects.
      if (pending || (origin != null && typeof origin !== 'string')) return
      pending = true
      void opened.flush().then(() => {
        pending = false
        const failed = fromHealth(getStorageHealth())
        saveStore.set(failed ?? { state: 'saved', at: new Date() })
      })
    })
    const session: Session = {
      id,
      doc: opened.doc,
      readOnly: opened.mode !== 'editable',
      flush: opened.flush,
      close: opened.close,
    }
    sessionStore.set({ state: 'ready', session })
  } catch (e) {
    console.error(e)
    sessionStore.set({ state: 'failed' })
  }
}

/** Closes the open booklet, runs `work` (e.g. a restore that replaces it), then opens the own booklet again. */
export async function reopenAround<T>(work: () => Promise<T>): Promise<T> {
  const s = sessionStore.get()
  sessionStore.set({ state: 'loading' })
  if (s.state === 'ready') await s.session.close()
  try {
    return await work()
  } finally {
    await startSession()
  }
}

/** The session state; re-renders when the booklet is open. */
export const useSessionState = (): SessionState => useStore(sessionStore)

/** The open booklet (only call below the point where the app waits for it). */
export function useSession(): Session {
  const s = useStore(sessionStore)
  if (s.state !== 'ready') throw new Error('booklet not open')
  return s.session
}
