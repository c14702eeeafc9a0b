// Storage of short handover records (docs/protocol.md §13), for both implementations, so that
// every relay instance behind one name sees the same records (Redis) and a restart does not
// break a code shown at a desk (SQLite). A record is opaque sealed bytes under a short id, with
// its expiry and its owner (a hash of the client IP that left it, never the IP: a bound per IP
// needs to know whose bytes are whose, nothing more). Taken once; expired records are erased by
// every put and by the relay's sweep. Totals are bounded: all records together, and per owner.
import type Database from 'better-sqlite3'
import type { Redis } from 'ioredis'

/** Bounds a put must respect (bytes). */
export interface HandoverCaps {
  maxTotalBytes: number
  maxOwnerBytes: number
}

/** What putting a record did. */
export type HandoverPut = 'stored' | 'handover-exists' | 'handover-full' | 'handover-owner-full'

/** The handover part of RelayStorage. Times are unix milliseconds. */
export type HandoverStorage = {
  /** Keeps `bytes` under `id` until `expiresAt`, unless the id is taken or a cap would be passed. */
  putHandover(
    id: string,
    bytes: Uint8Array,
    expiresAt: number,
    owner: string,
    caps: HandoverCaps,
    now: number,
  ): Promise<HandoverPut>
  /** Takes the record under `id` (it is erased), or null when there is none or it has expired. */
  takeHandover(id: string, now: number): Promise<Uint8Array | null>
  /** Erases expired records; resolves with how many. */
  sweepHandovers(now: number): Promise<number>
  /** Records held (tests, metrics). */
  countHandovers(): Promise<number>
}

const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS handovers (
  id TEXT PRIMARY KEY,
  bytes BLOB NOT NULL,
  expires_at INTEGER NOT NULL,
  owner TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS handovers_expiry ON handovers (expires_at);
CREATE INDEX IF NOT EXISTS handovers_owner ON handovers (owner);`

/** Handover records in the relay's SQLite file (table handovers, created if missing). */
export function sqliteHandovers(db: Database.Database, checkOpen: () => void): HandoverStorage {
  db.exec(SQLITE_SCHEMA)
  const sweep = db.prepare('DELETE FROM handovers WHERE expires_at <= ?')
  const exists = db.prepare<[string], { id: string }>('SELECT id FROM handovers WHERE id = ?')
  const total = db.prepare<[], { b: number | null }>('SELECT SUM(LENGTH(bytes)) AS b FROM handovers')
  const ofOwner = db.prepare<[string], { b: number | null }>(
    'SELECT SUM(LENGTH(bytes)) AS b FROM handovers WHERE owner = ?',
  )
  const insert = db.prepare('INSERT INTO handovers (id, bytes, expires_at, owner) VALUES (?, ?, ?, ?)')
  const take = db.prepare<[string], { bytes: Buffer; expires_at: number }>(
    'DELETE FROM handovers WHERE id = ? RETURNING bytes, expires_at',
  )
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM handovers')
  const put = db.transaction(
    (id: string, bytes: Uint8Array, expiresAt: number, owner: string, caps: HandoverCaps, now: number) => {
      sweep.run(now)
      if (exists.get(id)) return 'handover-exists' as const
      if ((total.get()?.b ?? 0) + bytes.length > caps.maxTotalBytes) return 'handover-full' as const
      if ((ofOwner.get(owner)?.b ?? 0) + bytes.length > caps.maxOwnerBytes)
        return 'handover-owner-full' as const
      insert.run(id, Buffer.from(bytes), expiresAt, owner)
      return 'stored' as const
    },
  )
  return {
    async putHandover(id, bytes, expiresAt, owner, caps, now) {
      checkOpen()
      return put(id, bytes, expiresAt, owner, caps, now)
    },
    async takeHandover(id, now) {
      checkOpen()
      const row = take.get(id)
      return row && row.expires_at > now ? new Uint8Array(row.bytes) : null
    },
    async sweepHandovers(now) {
      checkOpen()
      return sweep.run(now).changes
    },
    async countHandovers() {
      checkOpen()
      return count.get()?.n ?? 0
    },
  }
}

// Redis layout (one hash tag, so every key is in one slot): P{handover}:data hash id → bytes,
// P{handover}:expiry sorted set id scored by expiry (ms), P{handover}:owner hash id → owner,
// P{handover}:totals hash 'all' and 'o:<owner>' → bytes held.
const RELEASE = `
local function release(id)
  local owner = redis.call('HGET', KEYS[3], id)
  local b = redis.call('HGET', KEYS[1], id)
  if b then
    local n = string.len(b)
    redis.call('HINCRBY', KEYS[4], 'all', -n)
    if owner then
      if redis.call('HINCRBY', KEYS[4], 'o:' .. owner, -n) <= 0 then redis.call('HDEL', KEYS[4], 'o:' .. owner) end
    end
  end
  redis.call('HDEL', KEYS[1], id)
  redis.call('HDEL', KEYS[3], id)
  redis.call('ZREM', KEYS[2], id)
end
local function sweep(now)
  local gone = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'LIMIT', 0, 1000)
  for _, id in ipairs(gone) do release(id) end
  return #gone
end
`
// ARGV id, bytes, expiresAt, owner, maxTotal, maxOwner, now.
const REDIS_PUT = `${RELEASE}
sweep(tonumber(ARGV[7]))
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 1 then return 'handover-exists' end
local n = string.len(ARGV[2])
if tonumber(redis.call('HGET', KEYS[4], 'all') or '0') + n > tonumber(ARGV[5]) then return 'handover-full' end
if tonumber(redis.call('HGET', KEYS[4], 'o:' .. ARGV[4]) or '0') + n > tonumber(ARGV[6]) then return 'handover-owner-full' end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[3], ARGV[1], ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
redis.call('HINCRBY', KEYS[4], 'all', n)
redis.call('HINCRBY', KEYS[4], 'o:' .. ARGV[4], n)
return 'stored'`
// ARGV id, now. The bytes, or false when none or expired.
const REDIS_TAKE = `${RELEASE}
local b = redis.call('HGET', KEYS[1], ARGV[1])
if not b then return false end
local expiry = tonumber(redis.call('ZSCORE', KEYS[2], ARGV[1]) or '0')
release(ARGV[1])
if expiry <= tonumber(ARGV[2]) then return false end
return b`
// ARGV now.
const REDIS_SWEEP = `${RELEASE}
return sweep(tonumber(ARGV[1]))`

/** Handover records in Redis, shared by every relay instance on it. */
export function redisHandovers(redis: Redis, prefix: string): HandoverStorage {
  const keys = ['data', 'expiry', 'owner', 'totals'].map((k) => `${prefix}{handover}:${k}`)
  // A defined command has a …Buffer variant, which answers the record's bytes as they are.
  redis.defineCommand('livretHandoverTake', { numberOfKeys: 4, lua: REDIS_TAKE })
  const take = redis as unknown as {
    livretHandoverTakeBuffer(...args: (string | number)[]): Promise<Buffer | null>
  }
  return {
    async putHandover(id, bytes, expiresAt, owner, caps, now) {
      const args = [id, Buffer.from(bytes), expiresAt, owner, caps.maxTotalBytes, caps.maxOwnerBytes, now]
      return (await redis.eval(REDIS_PUT, 4, ...keys, ...args)) as HandoverPut
    },
    async takeHandover(id, now) {
      const b = await take.livretHandoverTakeBuffer(...keys, id, now)
      return b ? new Uint8Array(b) : null
    },
    async sweepHandovers(now) {
      return (await redis.eval(REDIS_SWEEP, 4, ...keys, now)) as number
    },
    async countHandovers() {
      return redis.hlen(keys[0] as string)
    },
  }
}
