// Moves SQLite WAL checkpoints (the only fsyncs with synchronous=NORMAL) off the event loop:
// a worker thread with its own connection runs PASSIVE checkpoints periodically, which never
// block the writer, while the relay's connection has wal_autocheckpoint off. Without it, an
// automatic checkpoint inside a commit would stall every socket for the duration of a fsync.
// The scrub after a compaction or deletion (TRUNCATE checkpoints around an incremental vacuum)
// runs there too: on the event loop it waited for the background checkpoint's fsync and made
// its own, stalling every room of the instance (200 ms to a second on a busy disk).
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** Milliseconds between two background checkpoints. */
export const CHECKPOINT_INTERVAL_MS = 1000

// The scrub first copies the WAL back with a PASSIVE checkpoint (its fsync without the writer
// lock), so the TRUNCATE ones, which hold the lock and make the relay's commits wait, copy little.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.module)
const db = new Database(workerData.file)
db.pragma('busy_timeout = 5000')
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)') } catch {}
}, workerData.intervalMs)
const scrub = () => {
  db.pragma('wal_checkpoint(PASSIVE)')
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.pragma('incremental_vacuum')
  db.pragma('wal_checkpoint(PASSIVE)')
  db.pragma('wal_checkpoint(TRUNCATE)')
}
parentPort.on('message', (message) => {
  if (message && message.type === 'scrub') {
    let error = null
    try { scrub() } catch (e) { error = String(e) }
    parentPort.postMessage({ type: 'scrubbed', id: message.id, error })
    return
  }
  if (message !== 'close') return
  clearInterval(timer)
  try { db.close() } catch {}
  parentPort.postMessage('closed')
})
`

/** A running checkpointer. */
export interface Checkpointer {
  /**
   * Erases freed pages from the files (WAL checkpointed and truncated, free pages returned) in
   * the worker; false when the worker is gone, so the caller scrubs on its own connection.
   */
  scrub(): Promise<boolean>
  close(): Promise<void>
}

type Reply = 'closed' | { type: 'scrubbed'; id: number; error: string | null }

/** Starts background checkpoints of the database at `file`. */
export function startCheckpointer(file: string, intervalMs = CHECKPOINT_INTERVAL_MS): Checkpointer {
  const module = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, module, intervalMs } })
  worker.unref()
  let alive = true
  let nextId = 1
  const scrubs = new Map<number, { resolve: (ok: boolean) => void; reject: (error: Error) => void }>()
  const gone = () => {
    alive = false
    for (const s of scrubs.values()) s.resolve(false)
    scrubs.clear()
  }
  worker.on('error', gone)
  worker.on('exit', gone)
  worker.on('message', (m: Reply) => {
    if (m === 'closed') return
    const s = scrubs.get(m.id)
    if (!s) return
    scrubs.delete(m.id)
    if (m.error === null) s.resolve(true)
    else s.reject(new Error(m.error))
  })
  return {
    scrub: () =>
      new Promise<boolean>((resolve, reject) => {
        if (!alive) return resolve(false)
        const id = nextId++
        scrubs.set(id, { resolve, reject })
        worker.postMessage({ type: 'scrub', id })
      }),
    close: () =>
      new Promise<void>((resolve) => {
        if (!alive) return resolve()
        const done = () => {
          worker.terminate().finally(resolve)
        }
        worker.on('message', (m: Reply) => {
          if (m === 'closed') done()
        })
        worker.once('exit', () => resolve())
        worker.postMessage('close')
        setTimeout(done, 2000).unref()
      }),
  }
}
