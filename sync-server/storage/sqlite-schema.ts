// Tables of the embedded storage. `updates.seq` is the cursor; compaction reuses the seq of the
// last update it replaces, so merged state sorts before anything appended after it.

/** Schema of the relay's SQLite file (idempotent). */
export const SQLITE_SCHEMA = `
CREATE TABLE IF NOT EXISTS rooms (
  room TEXT PRIMARY KEY,
  expires_at INTEGER,
  last_write_at INTEGER NOT NULL DEFAULT 0,
  revoked_before INTEGER NOT NULL DEFAULT 0,
  revoked_ids TEXT NOT NULL DEFAULT '[]',
  deleted_at INTEGER,
  count INTEGER NOT NULL DEFAULT 0,
  bytes INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS updates_room ON updates (room, seq);
CREATE TABLE IF NOT EXISTS statements (
  room TEXT NOT NULL,
  id TEXT NOT NULL,
  forget_after INTEGER NOT NULL,
  PRIMARY KEY (room, id)
);
CREATE TABLE IF NOT EXISTS client_owners (
  room TEXT NOT NULL,
  client INTEGER NOT NULL,
  token_id TEXT NOT NULL,
  PRIMARY KEY (room, client)
);
CREATE TABLE IF NOT EXISTS access_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  room TEXT NOT NULL,
  entry TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS access_log_room ON access_log (room, id);
`
