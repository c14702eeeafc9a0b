// Use of a room pushes its erase time forward (docs/protocol.md, "Expiry"): a room under the
// default time-to-live is erased `defaultRoomTtlSeconds` after its last *activity*, a write or a
// socket opened on it, so a person's private room, recovery room or inbox never vanishes while it
// is used, even if nothing new is written for months. Rooms with an explicit erase time (an expire
// statement) keep it: their owner chose it. Rooms never written are not touched (a socket opened
// on an empty room id must not create a row). Both implementations, like status-lists.ts.
import type Database from 'better-sqlite3'
import type { Redis } from 'ioredis'

/** The room-use part of RelayStorage. */
export type RoomUseStorage = {
  /**
   * Records use of `room` at `now` (unix seconds): raises its last activity (`lastWriteAt`) when
   * the room holds updates, is not deleted and has no explicit erase time. Resolves true when
   * it changed something.
   */
  touchRoom(room: string, now: number): Promise<boolean>
}

/** Room use in the relay's SQLite file (the rooms table's last_write_at). */
export function sqliteRoomUse(db: Database.Database, checkOpen: () => void): RoomUseStorage {
  const touch = db.prepare(
    `UPDATE rooms SET last_write_at = ? WHERE room = ? AND deleted_at IS NULL
       AND expires_at IS NULL AND last_write_at > 0 AND last_write_at < ?`,
  )
  return {
    async touchRoom(room, now) {
      checkOpen()
      return touch.run(now, room, now).changes === 1
    },
  }
}

// KEYS meta, lastwrite index; ARGV now, room. 1 when touched.
const REDIS_TOUCH = `
if redis.call('HEXISTS', KEYS[1], 'deletedAt') == 1 then return 0 end
if redis.call('HEXISTS', KEYS[1], 'expiresAt') == 1 then return 0 end
local last = tonumber(redis.call('HGET', KEYS[1], 'lastWriteAt') or '0')
local now = tonumber(ARGV[1])
if last <= 0 or last >= now then return 0 end
redis.call('HSET', KEYS[1], 'lastWriteAt', now)
redis.call('ZADD', KEYS[2], 'GT', now, ARGV[2])
return 1`

/** Room use in Redis: the meta hash's lastWriteAt and the `lastwrite` index (redis.ts layout). */
export function redisRoomUse(redis: Redis, prefix: string): RoomUseStorage {
  return {
    async touchRoom(room, now) {
      const meta = `${prefix}room:{${room}}:meta`
      return (await redis.eval(REDIS_TOUCH, 2, meta, `${prefix}lastwrite`, now, room)) === 1
    },
  }
}
