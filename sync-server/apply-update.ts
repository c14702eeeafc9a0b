// One update from a socket: checked against the socket's role and the room's limits, applied
// to the room, stored (awaited), and only then fanned out to the other sockets and instances.
import * as Y from 'yjs'
import { type Hub, nowSeconds } from './hub.ts'
import type { Conn } from './room.ts'
import { encodeSyncMessage, SyncType } from './sync-messages.ts'
import { checkUpdate } from './update-check.ts'
import { admitWrite } from './write-quota.ts'

/** Checks, applies, stores, then fans out one update from a socket. */
export async function applyFromSocket(hub: Hub, conn: Conn, update: Uint8Array): Promise<void> {
  const room = conn.room
  if (!room) return
  const { limits, storage, bus, metrics } = hub.ctx
  const verdict = checkUpdate(room.doc, update, conn.role)
  if (verdict === 'no-change') return
  if (verdict === 'malformed') return hub.close(conn, 'malformed-frame')
  if (verdict === 'forbidden') return hub.close(conn, 'forbidden')
  if (verdict === 'missing-deps') return hub.close(conn, 'pending-overflow')
  if (room.stats.bytes + update.length > limits.maxRoomBytes) return hub.close(conn, 'room-full')
  if (!admitWrite(hub, conn, room, update)) return
  const pendingBefore = room.pendingBytes()
  try {
    Y.applyUpdate(room.doc, update)
  } catch {
    hub.close(conn, 'malformed-frame')
    hub.drop(room, 'reloaded') // partly applied garbage must not stay in memory
    return
  }
  const pendingAfter = room.pendingBytes()
  if (pendingAfter > limits.maxPendingBytes && pendingAfter > pendingBefore) {
    hub.close(conn, 'pending-overflow')
    hub.drop(room, 'reloaded')
    return
  }
  room.invalidate()
  const ticket = room.begin()
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
