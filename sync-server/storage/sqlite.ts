// Embedded storage: one SQLite file under DATA_DIR (better-sqlite3, WAL mode).
//
// Durability: journal_mode=WAL. synchronous=NORMAL by default: a commit is written to the WAL
// (in the OS page cache) before its promise resolves, so it survives a SIGKILL or crash of the
// relay process — the tested guarantee — without an fsync on every commit, which would put
// disk latency on the fan-out path. A power cut or kernel crash may lose the last commits;
// set LIVRET_SQLITE_SYNCHRONOUS=FULL (fsync of the WAL at each commit) where that matters.
// Group commit: appends of one tick share one transaction; access-log entries join the next
// one, or are committed alone within ACCESS_LOG_DELAY_MS. WAL
// checkpoints run in a worker thread (sqlite-checkpointer.ts), never inside a commit.
//
// Erasure: secure_delete=ON zeroes deleted cells, auto_vacuum=INCREMENTAL returns free pages,
// and after a deletion or compaction the WAL is checkpointed with TRUNCATE, so ciphertext that
// was compacted away and rooms that were deleted are gone from the files, not only unlinked.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import type { RoomId } from '../../src/protocol/ids.ts'
import { sqliteHandovers } from './handovers.ts'
import { sqliteRoomUse } from './room-use.ts'
import { startCheckpointer } from './sqlite-checkpointer.ts'
import { prepareQueries } from './sqlite-queries.ts'
import { SQLITE_MIGRATE_REVOKED, SQLITE_SCHEMA } from './sqlite-schema.ts'
import { sqliteTransactions } from './sqlite-transactions.ts'
import { sqliteStatusLists } from './status-lists.ts'
import {
  ACCESS_LOG_LIMIT,
  type AccessLogEntry,
  type Cursor,
  type LoadedUpdates,
  type LogStats,
  type RelayStorage,
  type RoomMeta,
} from './types.ts'

/** File name of the database inside DATA_DIR. */
export const SQLITE_FILE = 'livret-relay.sqlite'

interface PendingAppend {
  room: RoomId
  update: Uint8Array | null
  now: number
  log?: AccessLogEntry
  resolve: (stats: LogStats) => void
  reject: (error: unknown) => void
}

/** Longest time an access-log entry waits to share a transaction with others (ms). */
export const ACCESS_LOG_DELAY_MS = 1000

/** SQLite `synchronous` setting: NORMAL (default) or FULL. */
export type SqliteSynchronous = 'NORMAL' | 'FULL'

/** Opens (creating if needed) the relay's SQLite storage in `dataDir`. */
export function openSqliteStorage(
  dataDir: string,
  synchronous: SqliteSynchronous = process.env.LIVRET_SQLITE_SYNCHRONOUS === 'FULL' ? 'FULL' : 'NORMAL',
): RelayStorage {
  mkdirSync(dataDir, { recursive: true })
  const file = join(dataDir, SQLITE_FILE)
  const db = new Database(file)
  db.pragma('auto_vacuum = INCREMENTAL') // effective only on a new file (before tables exist)
  db.pragma('journal_mode = WAL')
  db.pragma(`synchronous = ${synchronous}`)
  db.pragma('secure_delete = ON')
  db.pragma('busy_timeout = 5000')
  db.exec(SQLITE_SCHEMA)
  db.exec(SQLITE_MIGRATE_REVOKED)
  // Checkpoints (and their fsyncs) happen in a worker thread, not inside a commit.
  db.pragma('wal_autocheckpoint = 0')
  const checkpointer = startCheckpointer(file)

  const q = prepareQueries(db)
  const { statsOf, replaceTx, applyTx, deleteTx, claimTx } = sqliteTransactions(db, q)

  /**
   * Erases freed pages from the files: WAL truncated, free pages returned to the OS. In the
   * checkpointer's thread (its fsyncs never hold the event loop); here only if it is gone.
   */
  const scrub = async () => {
    if (await checkpointer.scrub()) return
    db.pragma('wal_checkpoint(TRUNCATE)')
    db.pragma('incremental_vacuum')
    db.pragma('wal_checkpoint(TRUNCATE)')
  }

  // Group commit: all appends of one tick share one transaction (one fsync).
  let queue: PendingAppend[] = []
  let flushScheduled = false
  let closed = false
  // Access-log entries of a batch are trimmed once per room, after all are inserted (a storm of
  // 1,000 joins costs one trim, not 1,000), so the log still holds exactly the last entries.
  const commitBatch = db.transaction((batch: PendingAppend[]) => {
    const stats: (LogStats | null)[] = []
    const logged = new Set<string>()
    const deleted = new Map<string, boolean>()
    for (const item of batch) {
      if (item.log) {
        let gone = deleted.get(item.room)
        if (gone === undefined) {
          gone = q.room.get(item.room)?.deleted_at != null
          deleted.set(item.room, gone)
        }
        if (!gone) {
          q.insertLog.run(item.room, JSON.stringify(item.log))
          logged.add(item.room)
        }
        stats.push({ count: 0, bytes: 0 })
        continue
      }
      const update = item.update as Uint8Array
      const after = q.touch.get(item.room, item.now, update.length)
      if (!after) {
        stats.push(null) // a deleted room's id stays dead: nothing is stored for it
        continue
      }
      q.insertUpdate.run(item.room, update)
      stats.push({ count: after.count, bytes: after.bytes })
    }
    for (const room of logged) q.trimLog.run(room, room, ACCESS_LOG_LIMIT)
    return stats
  })
  const flush = () => {
    flushScheduled = false
    if (logTimer) clearTimeout(logTimer)
    logTimer = null
    const batch = queue
    queue = []
    if (batch.length === 0) return
    try {
      const stats = commitBatch(batch)
      batch.forEach((item, i) => {
        const s = stats[i]
        if (s) item.resolve(s)
        else item.reject(new Error('room deleted'))
      })
    } catch (error) {
      for (const item of batch) item.reject(error)
    }
  }

  // Updates are committed at the end of the tick; access-log entries alone wait up to
  // ACCESS_LOG_DELAY_MS (or the next update, read or close), off the path of joining sockets.
  let logTimer: NodeJS.Timeout | null = null
  const enqueue = (item: PendingAppend) => {
    queue.push(item)
    if (flushScheduled) return
    if (item.log) {
      logTimer ??= setTimeout(flush, ACCESS_LOG_DELAY_MS).unref()
      return
    }
    flushScheduled = true
    setImmediate(flush)
  }

  const checkOpen = () => {
    if (closed) throw new Error('storage closed')
  }

  return {
    ...sqliteStatusLists(db, checkOpen),
    ...sqliteRoomUse(db, checkOpen),
    ...sqliteHandovers(db, checkOpen),
    appendUpdate(room, update, now) {
      checkOpen()
      return new Promise<LogStats>((resolve, reject) => enqueue({ room, update, now, resolve, reject }))
    },
    async loadUpdates(room, after, limit): Promise<LoadedUpdates> {
      checkOpen()
      const rows = q.load.all(room, after === undefined ? 0 : Number(after), limit ?? -1)
      const last = rows.at(-1)
      return {
        updates: rows.map((r) => new Uint8Array(r.data.buffer, r.data.byteOffset, r.data.byteLength)),
        cursor: last ? (String(last.seq) as Cursor) : null,
        stats: statsOf(room),
      }
    },
    async replaceUpdates(room, through, merged) {
      checkOpen()
      flush()
      const stats = replaceTx(room, Number(through), merged)
      await scrub()
      return stats
    },
    async logStats(room) {
      checkOpen()
      return statsOf(room)
    },
    async getMeta(room): Promise<RoomMeta> {
      checkOpen()
      const row = q.room.get(room)
      return {
        expiresAt: row?.expires_at ?? null,
        lastWriteAt: row?.last_write_at ?? 0,
        revokedTokenIds: row ? q.revokedIds.all(room).map((r) => r.token_id) : [],
        revokedBefore: row?.revoked_before ?? 0,
        deletedAt: row?.deleted_at ?? null,
      }
    },
    async applyStatement(room, statementId, forgetAfter, change) {
      checkOpen()
      return applyTx(room, statementId, forgetAfter, change, Math.floor(Date.now() / 1000))
    },
    async ping() {
      checkOpen()
      q.ping.get()
    },
    async deleteRoom(room, now) {
      checkOpen()
      flush()
      deleteTx(room, now)
      await scrub()
    },
    async claimClientIds(room, tokenId, claims) {
      checkOpen()
      return claimTx(room, tokenId, claims)
    },
    async listExpiredRooms(now, defaultTtl, limit) {
      checkOpen()
      return q.expired.all(now, now - defaultTtl, limit).map((r) => r.room as RoomId)
    },
    // Resolves once queued: the entry is committed within ACCESS_LOG_DELAY_MS, and before any
    // read of the log or close of the storage.
    async appendAccessLog(room, entry) {
      checkOpen()
      const ignore = () => {}
      enqueue({ room, update: null, now: entry.at, log: entry, resolve: ignore, reject: ignore })
    },
    async readAccessLog(room) {
      checkOpen()
      flush()
      return q.readLog.all(room).map((r) => JSON.parse(r.entry) as AccessLogEntry)
    },
    async close() {
      if (closed) return
      flush()
      closed = true
      await checkpointer.close()
      db.pragma('wal_checkpoint(TRUNCATE)')
      db.close()
    },
  }
}
