// Worker thread of room compaction (sync-server/compactor.ts): merges a room's stored updates in a
// garbage-collected Y.Doc and answers its encoded state. Plain JavaScript, so it loads the same
// under node, tsx and vitest. Messages: { id, updates: Uint8Array[] } → { id, merged } | { id, error }.
import { parentPort } from 'node:worker_threads'
import * as Y from 'yjs'

parentPort?.on('message', ({ id, updates }) => {
  try {
    const doc = new Y.Doc({ gc: true })
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update)
    })
    const merged = Y.encodeStateAsUpdate(doc)
    doc.destroy()
    parentPort?.postMessage({ id, merged }, [merged.buffer])
  } catch (error) {
    parentPort?.postMessage({ id, error: String(error) })
  }
})
