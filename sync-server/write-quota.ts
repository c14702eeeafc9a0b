// Per-IP write quotas, checked before an update is applied: rooms created per minute (a room is
// created by the first write to a room with nothing stored) and bytes stored per hour. A refusal
// closes the writing socket with 4431 'quota-exceeded' and is counted by quota in /metrics.
import type { Hub } from './hub.ts'
import type { Conn, Room } from './room.ts'

/** Rooms whose creation was already charged to some IP (several first writes may be in flight). */
const charged = new WeakSet<Room>()

/** Charges `update` to the socket's IP; false (socket closed) when a quota is used up. */
export function admitWrite(hub: Hub, conn: Conn, room: Room, update: Uint8Array): boolean {
  const { quotas } = hub
  const { metrics } = hub.ctx
  const creates = room.stats.count === 0 && room.meta.lastWriteAt === 0 && !charged.has(room)
  if (creates && quotas.roomsCreated.take(conn.ip) > 0) {
    metrics.refuseQuota('rooms-created')
    hub.close(conn, 'quota-exceeded')
    return false
  }
  if (quotas.bytesStored.take(conn.ip, update.length) > 0) {
    if (creates) quotas.roomsCreated.refund(conn.ip)
    metrics.refuseQuota('bytes-stored')
    hub.close(conn, 'quota-exceeded')
    return false
  }
  if (creates) charged.add(room)
  return true
}
