// The app's private-room runtime: started once the booklet is open (session-open.ts), restarted
// when the open booklet changes (restore), and driven by the devices screens (pairing, joining,
// removal). Remote changes land in the session's Y.Doc, which y-indexeddb persists as usual.

import type * as Y from 'yjs'
import { createStore, type Store } from '../../lib/index.ts'
import type { SealedRoom } from '../../transport/index.ts'
import { type PrivateLink, PrivateSync, type PrivateSyncState } from './private-sync.ts'
import { loadSelf, saveSelf, selfLink } from './records.ts'

const stateStore = createStore<PrivateSyncState>({ state: 'off' })
let running: { doc: Y.Doc; sync: PrivateSync } | undefined

/** Network options of this app: the relay is the app's own origin. */
export const appNet = () => ({ relayOrigin: location.origin, appOrigin: location.origin })

/** The runtime for `doc`, created (and any runtime of another doc stopped) when needed. */
function runtimeFor(doc: Y.Doc): PrivateSync {
  if (running?.doc === doc) return running.sync
  running?.sync.stop()
  const sync = new PrivateSync({
    doc,
    net: appNet(),
    onState: (s) => stateStore.set(s),
    onMoved: async (link) => {
      const self = await loadSelf()
      if (self?.role === 'member' && link.role === 'member')
        await saveSelf({ ...self, capability: link.capability })
    },
  })
  running = { doc, sync }
  stateStore.set({ state: 'off' })
  return sync
}

/** Starts (or keeps) the private sync for the open booklet; a no-op when this device is not paired. */
export async function startPrivateSync(session: { doc: Y.Doc }): Promise<void> {
  if (running?.doc === session.doc) return
  const sync = runtimeFor(session.doc)
  const self = await loadSelf()
  if (self && running?.sync === sync && !sync.link) sync.use(selfLink(self))
}

/** Binds the open booklet to a (new) link, e.g. after creating the room, joining or a re-key. */
export function bindPrivateLink(doc: Y.Doc, link: PrivateLink, room?: SealedRoom): void {
  runtimeFor(doc).use(link, room)
}

/** Stops syncing with the private room (the caller forgets the link). */
export function clearPrivateLink(): void {
  running?.sync.clear()
}

/** The runtime (for flushes before a removal). */
export const privateSync = (): PrivateSync | undefined => running?.sync

/** The private room's state, observable (ui/hooks/features.ts re-renders on a change). */
export const privateSyncState: Pick<Store<PrivateSyncState>, 'get' | 'subscribe'> = stateStore
