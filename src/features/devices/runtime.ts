// The app's private-room runtime ('private-sync', holder mode, needs the open booklet): started by
// the registry once the booklet is open, restarted when the open booklet changes (restore), stopped on
// a mode switch; driven meanwhile by the devices screens (pairing, joining, removal). Remote changes
// land in the session's Y.Doc, which y-indexeddb persists as usual.

import type * as Y from 'yjs'
import { createStore, type Store } from '../../lib/index.ts'
import type { SealedRoom } from '../../transport/index.ts'
import type { RuntimeContext, RuntimeStart, RuntimeStatus } from '../runtime/index.ts'
import type { Household } from './household.ts'
import { HouseholdSync } from './household-sync.ts'
import { type PrivateLink, PrivateSync, type PrivateSyncState } from './private-sync.ts'
import { ensureDeviceKeys, loadSelf, type SelfRecord, saveSelf, selfLink } from './records.ts'
import { startRecoveryCopy } from './recovery-live.ts'

const stateStore = createStore<PrivateSyncState>({ state: 'off' })
const householdStore = createStore<Household>({ devices: [] })
let running: { doc: Y.Doc; sync: PrivateSync; household: HouseholdSync } | undefined

/** Binds the household to this device's stored link (after giving it a box key and a mailbox). */
async function followHousehold(mine: { sync: PrivateSync; household: HouseholdSync }): Promise<void> {
  const stored = await loadSelf()
  if (!stored || running !== mine) return
  const self = await ensureDeviceKeys(stored)
  if (running !== mine) return
  mine.sync.adopt(selfLink(self))
  mine.household.use(self)
}

/** Network options of this app: the relay is the app's own origin. */
export const appNet = () => ({ relayOrigin: location.origin, appOrigin: location.origin })

/** The private room's state as the status line sees it (removal and unlinking show on the devices
 * screen, not as a failure). */
const statusOf = (s: PrivateSyncState): Omit<RuntimeStatus, 'runtime'> =>
  s.state === 'offline'
    ? { state: 'offline' }
    : s.state === 'connecting' || s.state === 'moving'
      ? { state: 'working' }
      : { state: 'idle' }

/** Starts the private sync of the open booklet; binds it at once when this device is paired. */
export const startPrivateSync: RuntimeStart = async (ctx: RuntimeContext) => {
  const doc = ctx.booklet
  if (!doc) return () => {}
  running?.sync.stop()
  const sync = new PrivateSync({
    doc,
    net: ctx.net,
    retry: ctx.retry,
    onState: (s) => {
      stateStore.set(s)
      ctx.report(statusOf(s))
    },
    onMoved: async (link) => {
      const self = await loadSelf()
      if (!self || link.role !== 'member') return
      // A device that created the room becomes a member of the room another device re-keyed.
      await saveSelf(
        self.role === 'member'
          ? { ...self, capability: link.capability }
          : {
              role: 'member',
              capability: link.capability,
              mailbox: link.mailbox,
              name: self.name ?? '',
              pairedAt: self.createdAt,
              ...(self.box ? { box: self.box } : {}),
            },
      )
      if (running === mine) await followHousehold(mine)
    },
  })
  const household = new HouseholdSync({ net: ctx.net, onChange: (h) => householdStore.set(h) })
  const mine = { doc, sync, household }
  running = mine
  stateStore.set({ state: 'off' })
  // The copy behind the recovery sheet is kept current from app start too.
  let stopCopy: () => void = () => {}
  void startRecoveryCopy(doc, ctx.net).then((stopIt) => {
    if (running === mine) stopCopy = stopIt
    else stopIt()
  })
  const stop = () => {
    sync.stop()
    household.stop()
    stopCopy()
    if (running !== mine) return
    running = undefined
    stateStore.set({ state: 'off' })
  }
  const stored = await loadSelf()
  const self = stored ? await ensureDeviceKeys(stored) : undefined
  if (self && running === mine && !sync.link) {
    sync.use(selfLink(self))
    household.use(self)
  }
  return stop
}

/** Binds the open booklet to a (new) link, e.g. after creating the room, joining or a re-key. When the
 * runtime is not running for `doc` the link (saved by the caller) is used at its next start. */
export function bindPrivateLink(doc: Y.Doc, link: PrivateLink, room?: SealedRoom, self?: SelfRecord): void {
  if (running?.doc === doc) {
    running.sync.use(link, room)
    if (self) running.household.use(self)
    if (!self?.box || !self.mailbox) void followHousehold(running)
  } else room?.destroy()
}

/** Stops syncing with the private room (the caller forgets the link). */
export function clearPrivateLink(): void {
  running?.sync.clear()
  running?.household.stop()
  householdStore.set({ devices: [] })
}

/** The household binding (flush before a removal; tests). */
export const householdSync = (): HouseholdSync | undefined => running?.household

/** The household as last seen (the devices screen lists its devices). */
export const householdState: Pick<Store<Household>, 'get' | 'subscribe'> = householdStore

/** The runtime (for flushes before a removal). */
export const privateSync = (): PrivateSync | undefined => running?.sync

/** The private room's state, observable (ui/hooks/features.ts re-renders on a change). */
export const privateSyncState: Pick<Store<PrivateSyncState>, 'get' | 'subscribe'> = stateStore
