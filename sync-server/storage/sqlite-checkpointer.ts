// Moves SQLite WAL checkpoints (the only fsyncs with synchronous=NORMAL) off the event loop:
// a worker thread with its own connection runs PASSIVE checkpoints periodically, which never
// block the writer, while the relay's connection has wal_autocheckpoint off. Without it, an
// automatic checkpoint inside a commit would stall every socket for the duration of a fsync.
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** Milliseconds between two background checkpoints. */
export const CHECKPOINT_INTERVAL_MS = 1000

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.module)
const db = new Database(workerData.file)
db.pragma('busy_timeout = 5000')
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)') } catch {}
}, workerData.intervalMs)
parentPort.on('message', (message) => {
  if (message !== 'close') return
  clearInterval(timer)
  try { db.close() } catch {}
  parentPort.postMessage('closed')
})
`

/** A running checkpointer. */
export interface Checkpointer {
  close(): Promise<void>
}

/** Starts background checkpoints of the database at `file`. */
export function startCheckpointer(file: string, intervalMs = CHECKPOINT_INTERVAL_MS): Checkpointer {
  const module = createRequire(import.meta.url).resolve('better-sqlite3')
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, module, intervalMs } })
  worker.unref()
  worker.on('error', () => {})
  return {
    close: () =>
      new Promise<void>((resolve) => {
        const done = () => {
          worker.terminate().finally(resolve)
        }
        worker.once('message', done)
        worker.once('exit', () => resolve())
        worker.postMessage('close')
        setTimeout(done, 2000).unref()
      }),
  }
}
