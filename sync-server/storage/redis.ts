// Redis storage for scale-out: several relay instances share one Redis (one primary).
//
// Layout (P = key prefix, R = room id, in a hash tag so a room's keys share a slot):
//   P room:{R}:log      list of sealed updates (see redis-scripts.ts for cursors and compaction)
//   P room:{R}:meta     hash: first, bytes, lastWriteAt, expiresAt, revokedBefore, deletedAt
//   P room:{R}:revoked  set of revoked token ids
//   P room:{R}:stmts    sorted set of applied statement ids, scored by when they may be forgotten
//   P room:{R}:access   list of access log entries (JSON, content-free), last ACCESS_LOG_LIMIT
//   P expires           sorted set: rooms with an explicit erase time, scored by it
//   P lastwrite         sorted set: rooms under the default TTL, scored by their last activity (room-use.ts)
//   P status:{K}        hash: validFrom, body — a published status list (K = <issuer-key-id>/<list-id>)
//   P{handover}:…       short handover records (handovers.ts)
// Every multi-key change is one Lua script (atomic across instances).
//
// Durability: an append is durable when its promise resolves only if Redis runs with
// `appendonly yes` and `appendfsync always` (Redis fsyncs the AOF before it replies).
// With `everysec` a crash of the Redis host (not of a relay) can lose the last second of
// acknowledged writes. `durability` reports what the server is configured for; the relay
// logs a warning when it is not 'fsync-always'.
//
// Erasure: deleting keys removes them from memory and from the next RDB snapshot, but the
// AOF still holds the commands that wrote them until it is rewritten. After a deletion or a
// compaction the storage asks Redis for BGREWRITEAOF (at most once per `aofRewriteIntervalMs`).
import { Redis } from 'ioredis'
import type { RoomId } from '../../src/protocol/ids.ts'
import { redisHandovers } from './handovers.ts'
import { APPEND, CLAIM, DELETE, LOAD, REPLACE, STATEMENT } from './redis-scripts.ts'
import { redisRoomUse } from './room-use.ts'
import { redisStatusLists } from './status-lists.ts'
import {
  ACCESS_LOG_LIMIT,
  type AccessLogEntry,
  type Cursor,
  type LoadedUpdates,
  type LogStats,
  type RelayStorage,
  type RoomMeta,
} from './types.ts'

/** Longest wait for Redis to answer a readiness PING (ms). */
export const PING_TIMEOUT_MS = 1000

/** How durable an acknowledged write is, as configured on the Redis server. */
export type RedisDurability = 'fsync-always' | 'fsync-everysec' | 'no-fsync' | 'unknown'

/** Options of the Redis storage. */
export interface RedisStorageOptions {
  /** Key prefix (default `livret:`); lets several deployments or tests share one Redis. */
  prefix?: string
  /** Smallest time between two AOF rewrites triggered by erasures (default 60 s; 0 = at once). */
  aofRewriteIntervalMs?: number
}

/** The Redis storage, with what the relay may want to report. */
export interface RedisStorage extends RelayStorage {
  readonly durability: RedisDurability
  /** Rewrites the AOF now and resolves once Redis has finished (erased bytes leave the files). */
  rewriteAof(): Promise<void>
}

type Arg = string | number | Buffer
interface Scripts {
  livretAppend(...args: Arg[]): Promise<[number, number]>
  livretLoadBuffer(...args: Arg[]): Promise<[number, number, number, Buffer[]]>
  livretReplace(...args: Arg[]): Promise<[number, number]>
  livretStatement(...args: Arg[]): Promise<string>
  livretDelete(...args: Arg[]): Promise<number>
  livretClaim(...args: Arg[]): Promise<number>
}

const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength)
const asBytes = (b: Buffer) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength)
const num = (s: string | undefined) => (s === undefined ? 0 : Number(s))

async function readDurability(redis: Redis): Promise<RedisDurability> {
  try {
    const [, appendonly] = (await redis.config('GET', 'appendonly')) as string[]
    const [, fsync] = (await redis.config('GET', 'appendfsync')) as string[]
    if (appendonly !== 'yes') return 'no-fsync'
    if (fsync === 'always') return 'fsync-always'
    if (fsync === 'everysec') return 'fsync-everysec'
    return 'no-fsync'
  } catch {
    return 'unknown' // CONFIG may be disabled on a managed Redis
  }
}

/** Connects to Redis at `url` and returns the storage once the connection is ready. */
export async function openRedisStorage(
  url: string,
  options: RedisStorageOptions = {},
): Promise<RedisStorage> {
  const prefix = options.prefix ?? 'livret:'
  const interval = options.aofRewriteIntervalMs ?? 60_000
  const redis = new Redis(url, { enableAutoPipelining: true, lazyConnect: true })
  redis.on('error', () => {}) // reconnects by itself; failed commands reject their promises
  await redis.connect()
  redis.defineCommand('livretAppend', { numberOfKeys: 3, lua: APPEND })
  redis.defineCommand('livretLoad', { numberOfKeys: 2, lua: LOAD })
  redis.defineCommand('livretReplace', { numberOfKeys: 2, lua: REPLACE })
  redis.defineCommand('livretStatement', { numberOfKeys: 5, lua: STATEMENT })
  redis.defineCommand('livretDelete', { numberOfKeys: 8, lua: DELETE })
  redis.defineCommand('livretClaim', { numberOfKeys: 1, lua: CLAIM })
  const run = redis as unknown as Scripts
  const durability = await readDurability(redis)

  const key = (room: string, part: string) => `${prefix}room:{${room}}:${part}`
  const expiresIndex = `${prefix}expires`
  const lastWriteIndex = `${prefix}lastwrite`

  let lastRewrite = 0
  let rewriteTimer: NodeJS.Timeout | undefined
  const scheduleRewrite = (minWait = 0) => {
    if (rewriteTimer) return
    const wait = Math.max(minWait, lastRewrite + interval - Date.now())
    rewriteTimer = setTimeout(() => {
      rewriteTimer = undefined
      lastRewrite = Date.now()
      // Refused while a rewrite runs (maybe started by another instance): try again later.
      redis.bgrewriteaof().catch(() => scheduleRewrite(1000))
    }, wait)
    rewriteTimer.unref()
  }

  const statsOf = async (room: string): Promise<LogStats> => {
    const [[, count], [, bytes]] = (await redis
      .multi()
      .llen(key(room, 'log'))
      .hget(key(room, 'meta'), 'bytes')
      .exec()) as [[unknown, number], [unknown, string | null]]
    return { count, bytes: num(bytes ?? undefined) }
  }

  /** Runs a script that changes a room's log (keys: its meta and log) and answers the log's new stats. */
  const changeLog = async (
    script: 'livretAppend' | 'livretReplace',
    room: string,
    ...args: Arg[]
  ): Promise<LogStats> => {
    const [count, bytes] = await run[script](key(room, 'meta'), key(room, 'log'), ...args)
    return { count, bytes }
  }

  return {
    ...redisStatusLists(redis, prefix),
    ...redisRoomUse(redis, prefix),
    ...redisHandovers(redis, prefix),
    durability,
    appendUpdate: (room, update, now) =>
      changeLog('livretAppend', room, lastWriteIndex, asBuffer(update), now, room),
    async loadUpdates(room, after, limit): Promise<LoadedUpdates> {
      const [firstSeq, count, bytes, items] = await run.livretLoadBuffer(
        key(room, 'meta'),
        key(room, 'log'),
        after ?? '',
        limit ?? -1,
      )
      return {
        updates: items.map(asBytes),
        cursor: items.length > 0 ? (String(firstSeq + items.length - 1) as Cursor) : null,
        stats: { count, bytes },
      }
    },
    async replaceUpdates(room, through, merged) {
      const stats = await changeLog('livretReplace', room, through, asBuffer(merged))
      scheduleRewrite()
      return stats
    },
    logStats: statsOf,
    async getMeta(room): Promise<RoomMeta> {
      const [[, meta], [, revoked]] = (await redis
        .multi()
        .hgetall(key(room, 'meta'))
        .smembers(key(room, 'revoked'))
        .exec()) as [[unknown, Record<string, string>], [unknown, string[]]]
      return {
        expiresAt: meta.expiresAt === undefined ? null : Number(meta.expiresAt),
        lastWriteAt: num(meta.lastWriteAt),
        revokedTokenIds: revoked.sort(),
        revokedBefore: num(meta.revokedBefore),
        deletedAt: meta.deletedAt === undefined ? null : Number(meta.deletedAt),
      }
    },
    async applyStatement(room, statementId, forgetAfter, change) {
      const result = await run.livretStatement(
        key(room, 'meta'),
        key(room, 'stmts'),
        key(room, 'revoked'),
        expiresIndex,
        lastWriteIndex,
        statementId,
        forgetAfter,
        Math.floor(Date.now() / 1000),
        change.revokeBefore ?? '',
        change.expiresAt ?? '',
        room,
        change.maxRevokedTokenIds ?? '',
        ...(change.revokeTokenIds ?? []),
      )
      return result === 'replay' || result === 'revocation-list-full' ? result : 'applied'
    },
    // Readiness: a relay whose Redis is away must say so at once, not queue the PING until
    // it comes back.
    async ping() {
      if (redis.status !== 'ready') throw new Error(`redis ${redis.status}`)
      let timer: NodeJS.Timeout | undefined
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('redis ping timed out')), PING_TIMEOUT_MS)
      })
      try {
        await Promise.race([redis.ping(), late])
      } finally {
        clearTimeout(timer)
      }
    },
    async deleteRoom(room, now) {
      await run.livretDelete(
        key(room, 'meta'),
        key(room, 'log'),
        key(room, 'access'),
        key(room, 'stmts'),
        key(room, 'revoked'),
        expiresIndex,
        lastWriteIndex,
        key(room, 'owners'),
        now,
        room,
      )
      scheduleRewrite()
    },
    async claimClientIds(room, tokenId, claims) {
      const args = claims.flatMap((c) => [String(c.client), c.isNew ? '1' : '0'])
      return (await run.livretClaim(key(room, 'owners'), tokenId, ...args)) === 1
    },
    async listExpiredRooms(now, defaultTtl, limit) {
      const explicit = await redis.zrangebyscore(expiresIndex, '-inf', now, 'LIMIT', 0, limit)
      if (explicit.length >= limit) return explicit as RoomId[]
      const byTtl = await redis.zrangebyscore(
        lastWriteIndex,
        '-inf',
        now - defaultTtl,
        'LIMIT',
        0,
        limit - explicit.length,
      )
      return [...explicit, ...byTtl] as RoomId[]
    },
    async appendAccessLog(room, entry) {
      await redis
        .multi()
        .rpush(key(room, 'access'), JSON.stringify(entry))
        .ltrim(key(room, 'access'), -ACCESS_LOG_LIMIT, -1)
        .exec()
    },
    async readAccessLog(room) {
      const entries = await redis.lrange(key(room, 'access'), 0, -1)
      return entries.map((e) => JSON.parse(e) as AccessLogEntry)
    },
    async rewriteAof() {
      if (rewriteTimer) clearTimeout(rewriteTimer)
      rewriteTimer = undefined
      await waitRewriteIdle(redis)
      await redis.bgrewriteaof()
      lastRewrite = Date.now()
      await waitRewriteIdle(redis)
    },
    async close() {
      if (rewriteTimer) clearTimeout(rewriteTimer)
      await redis.quit().catch(() => redis.disconnect())
    },
  }
}

/** Waits until Redis runs no AOF rewrite and has none scheduled. */
async function waitRewriteIdle(redis: Redis): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const info = await redis.info('persistence')
    if (/aof_rewrite_in_progress:0/.test(info) && /aof_rewrite_scheduled:0/.test(info)) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('AOF rewrite did not finish within 30 s')
}
