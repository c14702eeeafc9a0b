// One update from a socket: checked against the socket's role and the room's limits (within a
// struct budget and the socket's time budget), its client ids claimed for an append token,
// applied to the room, stored (awaited), and only then fanned out to the other sockets and
// instances. A socket's updates are admitted in order: while one waits for a claim in storage
// or for a room rebuild, the next ones wait behind it (conn.admitting).
import * as Y from 'yjs'
import { budgetWait, charge, cpuNow } from './cpu-budget.ts'
import { type Hub, nowSeconds } from './hub.ts'
import type { Conn, Room } from './room.ts'
import { rebuildRoom } from './room-rebuild.ts'
import { encodeSyncMessage, SyncType } from './sync-messages.ts'

import { type ClientClaim, inspectUpdate } from './update-check.ts'

import { admitWrite } from './write-quota.ts'

type Admitted = { room: Room; update: Uint8Array; ticket: number }

/** Claims in storage the client ids this socket's token writes under for the first time. */
async function claim(hub: Hub, conn: Conn, room: Room, claims: ClientClaim[]): Promise<boolean> {
  const ok = await hub.ctx.storage.claimClientIds(room.id, conn.tokenId, claims)
  if (ok) for (const c of claims) room.owners.set(c.client, conn.tokenId)
  return ok
}

/**
 * Checks and applies one update; null when refused (the socket is closed) or when nothing
 * changes. A promise when storage must first confirm a client-id claim: the check runs again
 * afterwards, since the room may have changed meanwhile.
 */
function admit(
  hub: Hub,
  conn: Conn,
  update: Uint8Array,
  claimed = false,
): Admitted | null | Promise<Admitted | null> {
  const room = conn.room
  if (!room || conn.closed || room.gone) return null
  if (room.rebuilding) return room.rebuilding.then(() => admit(hub, conn, update, claimed))
  const { limits, metrics } = hub.ctx
  // Checked once per update: its second check after a claim is part of the same admission.
  // Within a frame (frames.ts), the frame's whole cost is charged once it is handled; an
  // admission after a wait (a claim, a rebuild) times itself.
  const timed = !conn.framing
  if (!claimed && timed && budgetWait(hub, conn).ms > 0) return close(hub, conn, 'cpu-budget')
  const start = timed ? cpuNow() : 0
  const outcome = inspectUpdate(room.doc, update, conn.role, limits.maxStructsPerUpdate)
  metrics.checkSteps += outcome.steps
  metrics.checkStructs += outcome.structs
  const { verdict } = outcome
  if (timed) charge(hub, conn, cpuNow() - start)
  if (verdict === 'no-change') return null
  if (verdict === 'malformed') return close(hub, conn, 'malformed-frame')
  if (verdict === 'too-many-structs') return close(hub, conn, 'too-many-structs')
  if (verdict === 'forbidden') return close(hub, conn, 'forbidden')
  if (verdict === 'missing-deps') return hold(hub, conn, update)
  if (room.stats.bytes + update.length > limits.maxRoomBytes) return close(hub, conn, 'room-full')
  if (room.structCount() + outcome.structs > limits.maxRoomStructs) return close(hub, conn, 'room-full')
  // Write connections have no claims (docs/protocol.md): nothing to look up for them.
  if (outcome.claims.length > 0) {
    const unclaimed = outcome.claims.filter((c) => room.owners.get(c.client) !== conn.tokenId)
    if (unclaimed.some((c) => room.owners.has(c.client))) return close(hub, conn, 'forbidden')
    if (unclaimed.length > 0) {
      return claim(hub, conn, room, unclaimed).then(
        (ok) => (ok ? admit(hub, conn, update, true) : close(hub, conn, 'forbidden')),
        (error) => {
          hub.ctx.log.error({ room: room.label, err: String(error) }, 'claiming client ids failed')
          hub.close(conn, 'internal-error')
          return null
        },
      )
    }
  }
  if (!admitWrite(hub, conn, room, update)) return null
  const applyStart = timed ? cpuNow() : 0
  try {
    Y.applyUpdate(room.doc, update)
  } catch (error) {
    // The check should have refused it; whatever it left in the doc goes with the rebuild.
    metrics.applyFailures++
    hub.ctx.log.warn({ room: room.label, err: String(error) }, 'checked update failed to apply')
    close(hub, conn, 'malformed-frame')
    rebuildRoom(hub, room)
    return null
  }
  if (timed) charge(hub, conn, cpuNow() - applyStart)
  if (room.pendingBytes() > 0) {
    // Never reached when the check holds: structs waiting for dependencies would stay in memory.
    metrics.applyFailures++
    close(hub, conn, 'pending-overflow')
    rebuildRoom(hub, room)
    return null
  }
  room.invalidate()
  const admitted = { room, update, ticket: room.begin(update) }
  return admitted
}

/**
 * Keeps an update whose dependencies the room does not have yet, for this socket only: an honest
 * y-websocket client sends edits made after its socket opened at once, while what it wrote
 * offline (their left neighbours) arrives in its sync step 2, once it read the relay's step 1.
 * Nothing of it is applied meanwhile; it is checked again after each update this socket gets
 * admitted. Past maxPendingBytes held by the socket, it is closed with 4408.
 */
function hold(hub: Hub, conn: Conn, update: Uint8Array): null {
  const held = conn.held ?? { updates: [], bytes: 0 }
  if (held.bytes + update.length > hub.ctx.limits.maxPendingBytes) {
    conn.held = null
    return close(hub, conn, 'pending-overflow')
  }
  held.updates.push(update)
  held.bytes += update.length
  conn.held = held
  hub.ctx.metrics.updatesHeld++
  return null
}

/** After an admitted update, checks again the updates this socket holds (in their order). */
function retryHeld(hub: Hub, conn: Conn): void {
  const held = conn.held
  if (!held || conn.closed) return
  conn.held = null
  for (const update of held.updates)
    applyFromSocket(hub, conn, update).catch((error) => {
      hub.ctx.log.error({ err: String(error) }, 'held update failed')
      hub.close(conn, 'internal-error')
    })
}

function close(hub: Hub, conn: Conn, name: Parameters<Hub['close']>[1]): null {
  hub.close(conn, name)
  return null
}

/** Stores an admitted update, then fans it out. */
async function store(hub: Hub, conn: Conn, { room, update, ticket }: Admitted): Promise<void> {
  const { storage, bus, metrics } = hub.ctx
  let stats: Awaited<ReturnType<typeof storage.appendUpdate>>
  try {
    stats = await metrics.timeStorage(storage.appendUpdate(room.id, update, nowSeconds()))
  } catch (error) {
    room.end(ticket)
    if (!room.gone) {
      hub.ctx.log.error({ room: room.label, err: String(error) }, 'storing an update failed')
      hub.drop(room, 'internal-error')
    }
    return
  }
  room.end(ticket)
  metrics.bytesStored += update.length
  metrics.updatesStored++
  if (room.gone) return
  room.meta.lastWriteAt = nowSeconds()
  hub.broadcast(room, encodeSyncMessage(SyncType.update, update), conn)
  bus.publish(room.id, { type: 'update', origin: bus.instanceId, update }).catch(() => {})
  hub.afterAppend(room, stats)
}

/** Checks, applies, stores, then fans out one update from a socket. */
export function applyFromSocket(hub: Hub, conn: Conn, update: Uint8Array): Promise<void> {
  const before = conn.admitting
  const admitted = before ? before.then(() => admit(hub, conn, update)) : admit(hub, conn, update)
  if (!(admitted instanceof Promise)) {
    if (!admitted) return Promise.resolve()
    const stored = store(hub, conn, admitted)
    retryHeld(hub, conn)
    return stored
  }
  const tail = admitted.then(
    () => {},
    () => {},
  )
  conn.admitting = tail
  return admitted.then((a) => {
    if (conn.admitting === tail) conn.admitting = null
    if (!a) return undefined
    const stored = store(hub, conn, a)
    retryHeld(hub, conn)
    return stored
  })
}
