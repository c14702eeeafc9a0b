// Storage of published status lists (withdrawal of credentials, docs/protocol.md "Status lists"),
// for both implementations. The relay keeps only the newest version of each list, with its version
// (the list's `validFrom`, a fixed-width UTC timestamp, so string order is time order). Storing is one
// atomic compare-and-set: a version not strictly newer than the stored one changes nothing, even when
// several relay instances race on one Redis.
import type Database from 'better-sqlite3'
import type { Redis } from 'ioredis'
import type { StatusListOutcome, StoredStatusList } from './types.ts'

/** The status list part of RelayStorage. */
export type StatusListStorage = {
  putStatusList(key: string, validFrom: string, body: string): Promise<StatusListOutcome>
  getStatusList(key: string): Promise<StoredStatusList | null>
}

const SQLITE_STATUS_SCHEMA = `
CREATE TABLE IF NOT EXISTS status_lists (
  key TEXT PRIMARY KEY,
  valid_from TEXT NOT NULL,
  body TEXT NOT NULL
);`

/** Status lists in the relay's SQLite file (table status_lists, created if missing). */
export function sqliteStatusLists(db: Database.Database, checkOpen: () => void): StatusListStorage {
  db.exec(SQLITE_STATUS_SCHEMA)
  const upsert = db.prepare(
    `INSERT INTO status_lists (key, valid_from, body) VALUES (?, ?, ?)
     ON CONFLICT (key) DO UPDATE SET valid_from = excluded.valid_from, body = excluded.body
     WHERE excluded.valid_from > status_lists.valid_from`,
  )
  const read = db.prepare<[string], { valid_from: string; body: string }>(
    'SELECT valid_from, body FROM status_lists WHERE key = ?',
  )
  return {
    async putStatusList(key, validFrom, body) {
      checkOpen()
      return upsert.run(key, validFrom, body).changes === 1 ? 'stored' : 'not-newer'
    },
    async getStatusList(key) {
      checkOpen()
      const row = read.get(key)
      return row ? { validFrom: row.valid_from, body: row.body } : null
    },
  }
}

// KEYS[1] = the list's hash; ARGV = validFrom, body. 1 stored, 0 not newer.
const REDIS_PUT = `
local current = redis.call('HGET', KEYS[1], 'validFrom')
if current and current >= ARGV[1] then return 0 end
redis.call('HSET', KEYS[1], 'validFrom', ARGV[1], 'body', ARGV[2])
return 1`

/** Status lists in Redis: one hash `<prefix>status:{<key>}` (validFrom, body) per list. */
export function redisStatusLists(redis: Redis, prefix: string): StatusListStorage {
  const hash = (key: string) => `${prefix}status:{${key}}`
  return {
    async putStatusList(key, validFrom, body) {
      const stored = (await redis.eval(REDIS_PUT, 1, hash(key), validFrom, body)) as number
      return stored === 1 ? 'stored' : 'not-newer'
    },
    async getStatusList(key) {
      const [validFrom, body] = await redis.hmget(hash(key), 'validFrom', 'body')
      return validFrom && body !== null && body !== undefined ? { validFrom, body } : null
    },
  }
}
