import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { generateRoomKeys } from '../../src/protocol/ids.ts'
import { until } from '../../tests/support/until.ts'
import { runStorageContract } from './contract.ts'
import { runStorageUseContract } from './contract-use.ts'
import { openSqliteStorage, SQLITE_FILE } from './sqlite.ts'

const sqliteFactory = () => {
  const dir = mkdtempSync(join(tmpdir(), 'livret-sqlite-'))
  return {
    open: async () => openSqliteStorage(dir),
    reopen: async () => openSqliteStorage(dir),
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  }
}
runStorageContract('sqlite', sqliteFactory)
runStorageUseContract('sqlite', sqliteFactory)

/** Runs `test` with a fresh temporary directory, removed afterwards whatever happens. */
const inTempDir = (test: (dir: string) => Promise<void>) => async () => {
  const dir = mkdtempSync(join(tmpdir(), 'livret-sqlite-'))
  try {
    await test(dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A storage in `dir` whose one room logs a secret marker twice, and the cursor through both (for a compaction). */
async function secretTwice(dir: string) {
  const storage = openSqliteStorage(dir)
  const r = generateRoomKeys().roomId
  const secret = new TextEncoder().encode('SECRET-CIPHERTEXT-MARKER-'.repeat(200))
  await storage.appendUpdate(r, secret, 1)
  await storage.appendUpdate(r, secret, 1)
  const loaded = await storage.loadUpdates(r)
  return { storage, r, cursor: loaded.cursor as NonNullable<typeof loaded.cursor> }
}

describe('sqlite storage erasure', () => {
  it(
    'leaves no trace of a deleted room or compacted-away bytes in the files',
    inTempDir(async (dir) => {
      const { storage, r, cursor } = await secretTwice(dir)
      const kept = new TextEncoder().encode('KEPT-MARKER')
      await storage.replaceUpdates(r, cursor, kept)
      const files = () =>
        ['', '-wal'].map((s) => {
          try {
            return readFileSync(join(dir, SQLITE_FILE + s))
          } catch {
            return Buffer.alloc(0)
          }
        })
      for (const f of files()) expect(f.includes('SECRET-CIPHERTEXT-MARKER')).toBe(false)
      expect(Buffer.concat(files()).includes('KEPT-MARKER')).toBe(true)
      await storage.deleteRoom(r, 2)
      for (const f of files()) expect(f.includes('KEPT-MARKER')).toBe(false)
      await storage.close()
    }),
  )
})

describe('sqlite storage scrub', () => {
  it(
    'scrubs after a compaction off the event loop: a reader holding the WAL delays it, not the relay',
    inTempDir(async (dir) => {
      const { storage, r, cursor } = await secretTwice(dir)
      // A reader on the snapshot before the compaction: a TRUNCATE checkpoint waits for it (up to
      // busy_timeout, 5 s). On the event loop that wait (like a slow fsync) would hold every socket.
      const reader = new Database(join(dir, SQLITE_FILE))
      reader.exec('BEGIN')
      reader.prepare('SELECT count(*) FROM sqlite_master').get()
      let done = false
      const replaced = storage.replaceUpdates(r, cursor, new Uint8Array([1])).then(() => {
        done = true
      })
      await new Promise((resolve) => setImmediate(resolve))
      expect(done).toBe(false) // the event loop turned while the scrub waited for the reader
      reader.exec('COMMIT')
      reader.close()
      await replaced
      for (const s of ['', '-wal']) {
        const file = join(dir, SQLITE_FILE + s)
        expect(readFileSync(file).includes('SECRET-CIPHERTEXT-MARKER')).toBe(false)
      }
      await storage.close()
    }),
  )
})

describe('sqlite storage checkpoints', () => {
  it(
    'checkpoints in the background so the WAL is reused instead of growing',
    {
      timeout: 20_000,
    },
    inTempDir(async (dir) => {
      const storage = openSqliteStorage(dir)
      const r = generateRoomKeys().roomId
      // The WAL index (-shm) says how many frames the WAL holds (mxFrame, byte 16) and how many
      // a checkpoint has copied back (nBackfill, byte 96): equal once the background one ran.
      const shm = join(dir, `${SQLITE_FILE}-shm`)
      const checkpointed = () => {
        const index = readFileSync(shm)
        const frames = index.readUInt32LE(16)
        return frames > 0 && index.readUInt32LE(96) === frames
      }
      const wave = async () => {
        await Promise.all(Array.from({ length: 500 }, () => storage.appendUpdate(r, new Uint8Array(4096), 1)))
        await until(checkpointed, { interval: 50, what: 'a background checkpoint' })
      }
      await wave()
      const walAfterOne = statSync(join(dir, `${SQLITE_FILE}-wal`)).size
      await wave()
      await wave()
      const walAfterThree = statSync(join(dir, `${SQLITE_FILE}-wal`)).size
      expect(walAfterOne).toBeGreaterThan(2_000_000)
      // Without checkpoints the WAL would hold all three waves (> 6 MB).
      expect(walAfterThree).toBeLessThan(walAfterOne * 1.5)
      expect((await storage.logStats(r)).count).toBe(1500)
      await storage.close()
    }),
  )
})
