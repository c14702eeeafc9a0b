// Following live shares while someone shows them: the 'followed-shares' runtime (every mode, since
// a share link opens in any; started and stopped by the registry). Views say which received shares
// they show (followReceived, counted per view); while the runtime runs, each of those that is live
// has its read room connected to the copy (updates are applied and stored as they come), and a
// refusal of the relay (revoked, expired, erased) ends the share. Stopped, it closes every room; the
// views' wishes stay, and the next start connects them again. Rooms reconnect at once when the
// shared scheduler says so.
import { SealedRoom, type SealedRoomStatus } from '../../transport/index.ts'

/** A live share's connection state, as the view shows it. */
export type { SealedRoomStatus } from '../../transport/index.ts'

import { type RuntimeContext, type RuntimeStart, roomOn, roomsStatus, wakeRoom } from '../runtime/index.ts'
import { endedBy } from './check.ts'

import { type Entry, endReceived, loadReceived, openCopies, receivedRecord } from './copies.ts'

type Attached = { room: SealedRoom; entry: Entry; off: () => void }
type Followed = {
  listeners: Set<(status: SealedRoomStatus) => void>
  attached: Attached | undefined
  opening: boolean
}

/** The shares views show, by received id. */
const followed = new Map<string, Followed>()
let running: RuntimeContext | undefined

const report = () =>
  running?.report(roomsStatus([...followed.values()].flatMap((f) => (f.attached ? [f.attached.room] : []))))

const tell = (f: Followed, status: SealedRoomStatus) => {
  for (const listener of f.listeners) {
    try {
      listener(status)
    } catch {
      // A view's listener never breaks the runtime.
    }
  }
}

/** Connects the read room of a followed live share (no-op when not running, not live, or done). */
async function attach(id: string, f: Followed): Promise<void> {
  const ctx = running
  if (!ctx || f.attached || f.opening) return
  f.opening = true
  try {
    const entry = openCopies.get(id) ?? ((await loadReceived(id)) as Entry | undefined)
    const record = await receivedRecord(id)
    if (running !== ctx || followed.get(id) !== f || f.attached) return
    const capability = record?.link?.capability
    if (!entry || !record?.link || record.mode !== 'live' || !capability || !('roomKey' in capability)) return
    entry.followers++
    // A room left connected by the intake is taken over as it is.
    entry.room ??= new SealedRoom({
      ...roomOn({ ...ctx.net, relayOrigin: record.link.relayOrigin }, capability),
      doc: entry.doc,
      role: 'read',
    })
    const room = entry.room
    const off = room.on('status', (s) => {
      tell(f, s)
      report()
      if (s.status !== 'refused') return
      const ended = endedBy(record, s.code)
      if (ended) void endReceived(id, ended)
    })
    f.attached = { room, entry, off }
    tell(f, room.status)
    report()
  } finally {
    f.opening = false
  }
}

/** Closes a followed share's room when no one else holds it. */
function detach(f: Followed): void {
  const a = f.attached
  if (!a) return
  f.attached = undefined
  a.off()
  a.entry.followers--
  if (a.entry.followers <= 0 && a.entry.room === a.room) {
    a.room.destroy()
    a.entry.room = undefined
  }
  report()
}

/** A view shows received share `id`: it follows the holder's booklet while the runtime runs and some
 * view shows it; `onStatus` hears its room's status. Returns the function the view calls when it goes. */
export function followReceived(
  id: string,
  onStatus: (status: SealedRoomStatus) => void = () => {},
): () => void {
  let f = followed.get(id)
  if (!f) {
    f = { listeners: new Set(), attached: undefined, opening: false }
    followed.set(id, f)
  }
  const mine = f
  mine.listeners.add(onStatus)
  if (mine.attached) onStatus(mine.attached.room.status)
  void attach(id, mine)
  let released = false
  return () => {
    if (released) return
    released = true
    mine.listeners.delete(onStatus)
    if (mine.listeners.size > 0 || followed.get(id) !== mine) return
    followed.delete(id)
    detach(mine)
  }
}

/** Starts following the shares the views show (see the top comment). */
export const startFollowedShares: RuntimeStart = (ctx) => {
  running = ctx
  const offWake = ctx.retry.onWake(() => {
    for (const f of followed.values()) wakeRoom(f.attached?.room)
  })
  for (const [id, f] of followed) void attach(id, f)
  return () => {
    offWake()
    if (running !== ctx) return
    running = undefined
    for (const f of followed.values()) detach(f)
  }
}
