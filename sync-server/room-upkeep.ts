// Keeping the rooms of one instance in shape over time: server compaction of a room's stored log,
// erasing rooms (deleted, or past their time-to-live), and the periodic tick that closes sockets
// whose token expired and evicts idle rooms from memory.
import type { RoomId } from '../src/protocol/ids.ts'
import { mergeUpdates } from './compactor.ts'
import { sweepBudgets } from './cpu-budget.ts'
import { type Hub, nowSeconds } from './hub.ts'
import { roomLabel } from './log.ts'
import { releaseMemory } from './memory.ts'
import type { Room } from './room.ts'
import type { LogStats } from './storage/types.ts'

/** Records new stats of a room's log and compacts it in the background past the thresholds. */
export function afterAppend(hub: Hub, room: Room, stats: LogStats): void {
  room.stats = stats
  const { compactAfterUpdates, compactAfterBytes } = hub.ctx.limits
  if (room.compacting) return
  if (stats.count <= compactAfterUpdates && stats.bytes - room.compactedBytes <= compactAfterBytes) return
  room.compacting = true
  compactRoom(hub, room.id)
    .then((after) => {
      if (after) {
        room.stats = after
        room.compactedBytes = after.bytes
      }
    })
    .catch((error) => hub.ctx.log.warn({ room: room.label, err: String(error) }, 'compaction failed'))
    .finally(() => {
      room.compacting = false
    })
}

/**
 * Replaces a room's stored log by the encoded state of the updates read, in a gc'd doc (merged
 * off the event loop, compactor.ts), so ciphertext deleted by clients is gone from storage. Reads from storage, not memory, so
 * updates appended meanwhile by any instance are kept by replaceUpdates.
 */
export async function compactRoom(hub: Hub, id: RoomId): Promise<LogStats | null> {
  const { storage, metrics } = hub.ctx
  const loaded = await metrics.timeStorage(storage.loadUpdates(id))
  if (loaded.cursor === null || loaded.updates.length < 2) return null
  const merged = await mergeUpdates(loaded.updates)
  const stats = await metrics.timeStorage(storage.replaceUpdates(id, loaded.cursor, merged))
  hub.ctx.log.info({ room: roomLabel(id), before: loaded.stats, after: stats }, 'room compacted')
  return stats
}

/** Erases a room everywhere: storage (tombstone), this instance, the other instances. */
export async function deleteRoom(hub: Hub, id: RoomId): Promise<void> {
  await hub.ctx.metrics.timeStorage(hub.ctx.storage.deleteRoom(id, nowSeconds()))
  const room = hub.rooms.get(id)
  if (room) hub.drop(room, 'room-gone')
  await hub.ctx.bus.publish(id, { type: 'delete', origin: hub.ctx.bus.instanceId }).catch(() => {})
}

/**
 * Seconds between two records of a room's use: a day, or a tenth of the default TTL when that is
 * shorter, so that a room in use is never within a day of its erase time, at one write a day.
 */
export const touchEverySeconds = (ttl: number): number => Math.max(1, Math.min(86_400, Math.floor(ttl / 10)))

/**
 * Records that a room is used (a socket opened, or sockets still open): its default TTL then runs
 * from now (storage/room-use.ts). At most once per touchEverySeconds per room and instance; rooms
 * with an explicit erase time or never written are left alone. Failures are logged, never thrown.
 */
export function noteRoomUse(hub: Hub, room: Room): void {
  const now = nowSeconds()
  const { meta } = room
  if (meta.expiresAt !== null || meta.lastWriteAt <= 0 || room.touching) return
  if (now - meta.lastWriteAt < touchEverySeconds(hub.ctx.limits.defaultRoomTtlSeconds)) return
  room.touching = true
  hub.ctx.storage
    .touchRoom(room.id, now)
    .then(() => {
      meta.lastWriteAt = Math.max(meta.lastWriteAt, now)
    })
    .catch((error) => hub.ctx.log.warn({ room: room.label, err: String(error) }, 'recording room use failed'))
    .finally(() => {
      room.touching = false
    })
}

/** Once a second: closes sockets whose token expired, evicts idle rooms, records use of rooms with sockets. */
export function tick(hub: Hub): void {
  const now = nowSeconds()
  for (const conn of hub.conns) if (!conn.closed && conn.expiresAt <= now) hub.close(conn, 'token-expired')
  const idleMs = hub.ctx.limits.idleRoomSeconds * 1000
  const nowMs = Date.now()
  let evicted = 0
  for (const room of [...hub.rooms.values()]) {
    if (room.conns.size > 0) noteRoomUse(hub, room)
    if (
      room.conns.size === 0 &&
      room.inflight === 0 &&
      !room.compacting &&
      nowMs - room.emptySince >= idleMs
    ) {
      hub.drop(room, 'reloaded')
      evicted++
    }
  }
  releaseMemory(evicted)
  sweepBudgets(hub)
}

/** Every few seconds: erases rooms past their time-to-live. */
export async function sweep(hub: Hub): Promise<void> {
  const expired = await hub.ctx.storage.listExpiredRooms(
    nowSeconds(),
    hub.ctx.limits.defaultRoomTtlSeconds,
    100,
  )
  for (const id of expired) await deleteRoom(hub, id)
}
