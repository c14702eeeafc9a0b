// Opening this device's own booklet (Yjs document from y-indexeddb, Dexie registry), and
// following whether its changes reach the phone's storage. Loaded after the first paint.
import {
  ensureOwnBooklet,
  getStorageHealth,
  onStorageHealth,
  openBooklet,
  type StorageHealth,
} from '../storage/index.ts'
import { watchOverview } from './home/overview-compute.ts'
import { type SaveState, type Session, saveStore, sessionStore } from './session.ts'

const fromHealth = (h: StorageHealth): SaveState | undefined =>
  h.state === 'ok'
    ? undefined
    : { state: 'error', reason: h.state === 'quota' ? 'quota' : 'other', retry: h.retry }

let listening = false
let unwatch: (() => void) | undefined

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
    await new Promise((resolve) => setTimeout(resolve, 0))
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
    unwatch = watchOverview(opened.doc)
    // The runtime registry (runtimes.ts) starts the private sync, live shares and inboxes on it.
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
  unwatch?.()
  if (s.state === 'ready') await s.session.close()
  try {
    return await work()
  } finally {
    await startSession()
  }
}
