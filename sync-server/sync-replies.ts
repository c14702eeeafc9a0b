// Sync-step-2 replies with backpressure. A reply to a state vector the room has not cached is a
// fresh copy of the room; a socket that asks again and again without reading would make the
// relay queue copy after copy. So each socket has at most one reply pending: a request made
// while the previous reply is still waiting for storage, for the room's cap, or unread by the
// client (not yet handed to the kernel) replaces the pending state vector instead of adding a
// reply. Asking more than `maxCoalescedSyncRequests` times while a reply stays unread closes the
// socket as a slow consumer (4411). Per room, at most `maxUncachedRepliesPerRoom` uncached
// replies are unread at once; later ones wait their turn (bounded by the room's sockets).
import { charge } from './cpu-budget.ts'
import type { Hub } from './hub.ts'
import type { Conn, Room } from './room.ts'

type Phase = 'idle' | 'settling' | 'queued' | 'unread'

interface SocketReplies {
  phase: Phase
  /** State vector of the latest request not yet answered. */
  wanted: Uint8Array | null
  /** Requests replaced while a reply was unread. */
  coalesced: number
  /** The unread reply is uncached and holds one of its room's slots. */
  slot: boolean
}

interface RoomReplies {
  uncachedUnread: number
  queue: Set<Conn>
}

const sockets = new WeakMap<Conn, SocketReplies>()
const rooms = new WeakMap<Room, RoomReplies>()

function roomState(room: Room): RoomReplies {
  let state = rooms.get(room)
  if (!state) {
    state = { uncachedUnread: 0, queue: new Set() }
    rooms.set(room, state)
  }
  return state
}

/** Answers a socket's sync step 1 (its state vector) once the room's applied updates are stored. */
export function requestSyncReply(hub: Hub, conn: Conn, room: Room, stateVector: Uint8Array): void {
  let state = sockets.get(conn)
  if (!state) {
    state = { phase: 'idle', wanted: null, coalesced: 0, slot: false }
    sockets.set(conn, state)
  }
  state.wanted = stateVector
  if (state.phase === 'idle') {
    settle(hub, conn, room, state)
    return
  }
  hub.ctx.metrics.syncRepliesCoalesced++
  if (state.phase === 'unread' && ++state.coalesced > hub.ctx.limits.maxCoalescedSyncRequests) {
    hub.close(conn, 'slow-consumer')
  }
}

function live(conn: Conn, room: Room): boolean {
  return !conn.closed && conn.room === room && !room.gone
}

function settle(hub: Hub, conn: Conn, room: Room, state: SocketReplies): void {
  state.phase = 'settling'
  room.settled().then(
    () => reply(hub, conn, room, state),
    () => {
      state.phase = 'idle'
    },
  )
}

function reply(hub: Hub, conn: Conn, room: Room, state: SocketReplies): void {
  const wanted = state.wanted
  if (!live(conn, room) || !wanted) {
    state.phase = 'idle'
    return
  }
  const cached = room.cachedStep2(wanted)
  const perRoom = roomState(room)
  if (!cached && perRoom.uncachedUnread >= hub.ctx.limits.maxUncachedRepliesPerRoom) {
    state.phase = 'queued'
    perRoom.queue.add(conn)
    hub.ctx.metrics.syncRepliesDeferred++
    return
  }
  state.wanted = null
  let message = cached
  if (!message) {
    // A fresh copy of the room (linear in its size): charged to the socket's token and IP, so
    // that asking again and again for uncached replies is bounded like any other work.
    const start = performance.now()
    message = room.syncStep2(wanted)
    charge(hub, conn, performance.now() - start)
  }
  if (!cached) {
    perRoom.uncachedUnread++
    state.slot = true
  }
  state.phase = 'unread'
  let done = false
  const flushed = () => {
    if (done) return
    done = true
    state.phase = 'idle'
    state.coalesced = 0
    freeSlot(hub, room, state)
    if (state.wanted && live(conn, room)) settle(hub, conn, room, state)
    else sockets.delete(conn) // an idle socket keeps no state (thousands of idle sockets)
  }
  if (!hub.send(conn, message, flushed)) flushed()
}

function freeSlot(hub: Hub, room: Room, state: SocketReplies): void {
  if (!state.slot) return
  state.slot = false
  const perRoom = roomState(room)
  perRoom.uncachedUnread--
  wakeQueued(hub, room, perRoom)
}

/**
 * A socket left `room` (closed, refused): its unread reply no longer holds a slot of the room
 * (a closing socket may take up to 30 s to finish its close handshake).
 */
export function releaseSyncReplies(hub: Hub, conn: Conn, room: Room): void {
  const state = sockets.get(conn)
  if (!state) return
  state.wanted = null
  roomState(room).queue.delete(conn)
  freeSlot(hub, room, state)
}

/** Lets the next socket waiting for the room's cap have its reply. */
function wakeQueued(hub: Hub, room: Room, perRoom: RoomReplies): void {
  for (const conn of perRoom.queue) {
    perRoom.queue.delete(conn)
    const state = sockets.get(conn)
    if (state?.phase !== 'queued') continue
    if (!live(conn, room)) {
      state.phase = 'idle'
      continue
    }
    reply(hub, conn, room, state)
    return
  }
}
