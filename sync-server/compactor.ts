// Merging a room's stored updates into one (server compaction, room-upkeep.ts) off the event loop:
// a room of 32 MB holds millions of structs, and applying them all in one synchronous step would
// stall every other room of the instance for seconds. One worker thread per process, started on
// first use and unref'd; merges queue behind each other there. Where a worker cannot start, the
// merge runs inline, in steps of MERGE_STEP_BYTES with a turn of the event loop between them.
import { setImmediate as nextTurn } from 'node:timers/promises'
import { Worker } from 'node:worker_threads'
import * as Y from 'yjs'

/** Bytes of updates applied per event-loop turn by the inline fallback. */
const MERGE_STEP_BYTES = 256 * 1024

type Pending = { resolve: (merged: Uint8Array) => void; reject: (error: Error) => void }

let worker: Worker | null | 'unavailable' = null
let nextId = 1
const pending = new Map<number, Pending>()

function failAll(error: Error): void {
  for (const p of pending.values()) p.reject(error)
  pending.clear()
  worker = null
}

function start(): Worker | null {
  if (worker === 'unavailable') return null
  if (worker) return worker
  try {
    const w = new Worker(new URL('./compact-worker.mjs', import.meta.url), { execArgv: [] })
    w.unref()
    w.on('message', (m: { id: number; merged?: Uint8Array; error?: string }) => {
      const p = pending.get(m.id)
      if (!p) return
      pending.delete(m.id)
      if (m.merged) p.resolve(m.merged)
      else p.reject(new Error(m.error ?? 'compaction failed'))
    })
    w.on('error', (error) => failAll(error))
    w.on('exit', () => failAll(new Error('compaction worker exited')))
    worker = w
    return w
  } catch {
    worker = 'unavailable'
    return null
  }
}

async function mergeInline(updates: Uint8Array[]): Promise<Uint8Array> {
  const doc = new Y.Doc({ gc: true })
  let step = 0
  for (const update of updates) {
    Y.applyUpdate(doc, update)
    step += update.length
    if (step >= MERGE_STEP_BYTES) {
      step = 0
      await nextTurn()
    }
  }
  const merged = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return merged
}

/** The encoded state of `updates` applied in a gc'd doc, computed off the event loop when possible. */
export function mergeUpdates(updates: Uint8Array[]): Promise<Uint8Array> {
  const w = start()
  if (!w) return mergeInline(updates)
  const id = nextId++
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject })
    w.postMessage({ id, updates })
  })
}
