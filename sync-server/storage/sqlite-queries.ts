// The prepared statements of the SQLite storage (sqlite.ts), in one place.
import type Database from 'better-sqlite3'
import type { LogStats } from './types.ts'

/** A row of the rooms table. */
export interface RoomRow {
  expires_at: number | null
  last_write_at: number
  revoked_before: number
  revoked_ids: string
  deleted_at: number | null
  count: number
  bytes: number
}

/** Prepares every statement the storage runs. */
export function prepareQueries(db: Database.Database) {
  return {
    room: db.prepare<[string], RoomRow>('SELECT * FROM rooms WHERE room = ?'),
    ensureRoom: db.prepare('INSERT OR IGNORE INTO rooms (room) VALUES (?)'),
    insertUpdate: db.prepare('INSERT INTO updates (room, data) VALUES (?, ?)'),
    insertUpdateAt: db.prepare('INSERT INTO updates (seq, room, data) VALUES (?, ?, ?)'),
    // One statement per append for the room row: creates or updates it and returns the new
    // stats, or nothing when the room was deleted (its id stays dead).
    touch: db.prepare<[string, number, number], LogStats>(
      `INSERT INTO rooms (room, last_write_at, count, bytes) VALUES (?, ?, 1, ?)
       ON CONFLICT (room) DO UPDATE SET last_write_at = MAX(last_write_at, excluded.last_write_at),
         count = count + 1, bytes = bytes + excluded.bytes
       WHERE deleted_at IS NULL
       RETURNING count, bytes`,
    ),
    load: db.prepare<[string, number, number], { seq: number; data: Buffer }>(
      'SELECT seq, data FROM updates WHERE room = ? AND seq > ? ORDER BY seq LIMIT ?',
    ),
    sumThrough: db.prepare<[string, number], { n: number; b: number | null; last: number | null }>(
      'SELECT COUNT(*) AS n, SUM(LENGTH(data)) AS b, MAX(seq) AS last FROM updates WHERE room = ? AND seq <= ?',
    ),
    deleteThrough: db.prepare('DELETE FROM updates WHERE room = ? AND seq <= ?'),
    setStats: db.prepare('UPDATE rooms SET count = ?, bytes = ? WHERE room = ?'),
    deleteUpdates: db.prepare('DELETE FROM updates WHERE room = ?'),
    deleteLog: db.prepare('DELETE FROM access_log WHERE room = ?'),
    deleteStatements: db.prepare('DELETE FROM statements WHERE room = ?'),
    deleteOwners: db.prepare('DELETE FROM client_owners WHERE room = ?'),
    owner: db.prepare<[string, number], { token_id: string }>(
      'SELECT token_id FROM client_owners WHERE room = ? AND client = ?',
    ),
    addOwner: db.prepare('INSERT INTO client_owners (room, client, token_id) VALUES (?, ?, ?)'),
    tombstone: db.prepare(
      `INSERT INTO rooms (room, deleted_at) VALUES (?, ?) ON CONFLICT (room) DO UPDATE SET
       expires_at = NULL, last_write_at = 0, revoked_before = 0, revoked_ids = '[]', count = 0, bytes = 0,
       deleted_at = COALESCE(deleted_at, excluded.deleted_at)`,
    ),
    hasStatement: db.prepare<[string, string], { id: string }>(
      'SELECT id FROM statements WHERE room = ? AND id = ?',
    ),
    addStatement: db.prepare('INSERT INTO statements (room, id, forget_after) VALUES (?, ?, ?)'),
    forgetStatements: db.prepare('DELETE FROM statements WHERE forget_after < ?'),
    setMeta: db.prepare('UPDATE rooms SET revoked_before = ?, expires_at = ? WHERE room = ?'),
    revokedIds: db.prepare<[string], { token_id: string }>(
      'SELECT token_id FROM revocations WHERE room = ? ORDER BY token_id',
    ),
    addRevoked: db.prepare('INSERT INTO revocations (room, token_id) VALUES (?, ?)'),
    deleteRevoked: db.prepare('DELETE FROM revocations WHERE room = ?'),
    ping: db.prepare<[], { one: number }>('SELECT 1 AS one'),
    expired: db.prepare<[number, number, number], { room: string }>(
      `SELECT room FROM rooms WHERE deleted_at IS NULL AND (
         (expires_at IS NOT NULL AND expires_at <= ?) OR
         (expires_at IS NULL AND last_write_at > 0 AND last_write_at <= ?)) LIMIT ?`,
    ),
    insertLog: db.prepare('INSERT INTO access_log (room, entry) VALUES (?, ?)'),
    trimLog: db.prepare(
      `DELETE FROM access_log WHERE room = ? AND id <= (
         SELECT id FROM access_log WHERE room = ? ORDER BY id DESC LIMIT 1 OFFSET ?)`,
    ),
    readLog: db.prepare<[string], { entry: string }>(
      'SELECT entry FROM access_log WHERE room = ? ORDER BY id',
    ),
  }
}
