// The open booklet of this device and the "saved on this phone" status, as observable state.
// Opening lives in session-open.ts, loaded after the first paint (it brings Yjs and Dexie).
import type * as Y from 'yjs'
import type { BookletId } from '../domain/index.ts'
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

/** Where opening stands (set by session-open.ts). */
export const sessionStore = createStore<SessionState>({ state: 'loading' })
/** Save status shown in the status line. */
export const saveStore = createStore<SaveState>({ state: 'idle' })

/** The session state; re-renders when the booklet is open. */
export const useSessionState = (): SessionState => useStore(sessionStore)

/** The open booklet (only call below the point where the app waits for it). */
export function useSession(): Session {
  const s = useStore(sessionStore)
  if (s.state !== 'ready') throw new Error('booklet not open')
  return s.session
}
