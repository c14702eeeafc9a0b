// One update from a socket: checked against the socket's role and the room's limits (within a
// struct budget and the socket's time budget), its client ids claimed for an append token,
// applied to the room, stored (awaited), and only then fanned out to the other sockets and
// instances. A socket's updates are admitted in order: while one waits for a claim in storage
// or for a room rebuild, the next ones wait behind it (conn.admitting).
import * as Y from 'yjs'
import { type Hub, nowSeconds } from './hub.ts'
import type { Conn, Room } from './room.ts'
import { rebuildRoom } from './room-rebuild.ts'
import { encodeSyncMessage, SyncType } from './sync-messages.ts'

import { type ClientClaim, inspectUpdate } from './update-check.ts'

import { admitWrite } from './write-quota.ts'

type Admitted = { room: Room; update: Uint8Array; ticket: number }

/**
 * Relay time (ms) charged to each token's updates (key: room and token id), draining at
 * updateCpuMsPerSecond. Kept per token, not per socket, so that reconnecting does not refill
 * it; not per IP, so that one client's updates never close another's socket behind the same
 * address. An owner minting many tokens for its own room is bounded by the per-IP limits.
 */
const cpuByToken = new Map<string, { ms: number; at: number }>()

/** The token's charged time after draining; forgets tokens that have drained to zero. */
function drained(hub: Hub, conn: Conn, now: number): { ms: number; at: number } {
  const key = `${conn.roomId}/${conn.tokenId}`
  const bucket = cpuByToken.get(key) ?? { ms: 0, at: now }
  bucket.ms = Math.max(0, bucket.ms - ((now - bucket.at) / 1000) * hub.ctx.limits.updateCpuMsPerSecond)
  bucket.at = now
  if (bucket.ms === 0) cpuByToken.delete(key)
  else cpuByToken.set(key, bucket)
  return bucket
}

/**
 * CPU time of this process (ms), user + system: what the budget charges. Wall time would also
 * count the moments the machine gave the relay's core to another process, so on a busy host
 * honest writers would be refused for the host's load.
 */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** Whether the socket's token has time left for another update. */
function hasBudget(hub: Hub, conn: Conn): boolean {
  return drained(hub, conn, performance.now()).ms <= hub.ctx.limits.updateCpuBurstMs
}

/**
 * Milliseconds until the socket's token is back within its burst: 0 when it has time left now,
 * Infinity when its time never drains (a budget of 0).
 */
export function budgetWait(hub: Hub, conn: Conn): number {
  const { updateCpuBurstMs, updateCpuMsPerSecond } = hub.ctx.limits
  const over = drained(hub, conn, performance.now()).ms - updateCpuBurstMs
  if (over <= 0) return 0
  return updateCpuMsPerSecond > 0 ? (over / updateCpuMsPerSecond) * 1000 : Number.POSITIVE_INFINITY
}

/**
 * Charges `ms` of relay time to the socket's token. An update is admitted when its token had
 * time left as it arrived, whatever it then costs (so one large honest update is never refused
 * for the machine being slow); the token's next updates are refused until the time drains.
 */
export function charge(hub: Hub, conn: Conn, ms: number): void {
  const bucket = drained(hub, conn, performance.now())
  bucket.ms += ms
  cpuByToken.set(`${conn.roomId}/${conn.tokenId}`, bucket)
  conn.cpuMs = (conn.cpuMs ?? 0) + ms
  hub.ctx.metrics.checkMs += ms
}

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
  if (!claimed && !hasBudget(hub, conn)) return close(hub, conn, 'cpu-budget')
  const start = cpuNow()
  const outcome = inspectUpdate(room.doc, update, conn.role, limits.maxStructsPerUpdate)
  metrics.checkSteps += outcome.steps
  metrics.checkStructs += outcome.structs
  const { verdict } = outcome
  charge(hub, conn, cpuNow() - start)
  if (verdict === 'no-change') return null
  if (verdict === 'malformed') return close(hub, conn, 'malformed-frame')
  if (verdict === 'too-many-structs') return close(hub, conn, 'too-many-structs')
  if (verdict === 'forbidden') return close(hub, conn, 'forbidden')
  if (verdict === 'missing-deps') return close(hub, conn, 'pending-overflow')
  if (room.stats.bytes + update.length > limits.maxRoomBytes) return close(hub, conn, 'room-full')
  if (room.structCount() + outcome.structs > limits.maxRoomStructs) return close(hub, conn, 'room-full')
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
  if (!admitWrite(hub, conn, room, update)) return null
  const applyStart = cpuNow()
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
  charge(hub, conn, cpuNow() - applyStart)
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
  if (!(admitted instanceof Promise)) return admitted ? store(hub, conn, admitted) : Promise.resolve()
  const tail = admitted.then(
    () => {},
    () => {},
  )
  conn.admitting = tail
  return admitted.then((a) => {
    if (conn.admitting === tail) conn.admitting = null
    return a ? store(hub, conn, a) : undefined
  })
}
