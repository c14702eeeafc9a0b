// The safety net behind the update check: if Y.applyUpdate still throws (or leaves structs
// waiting) on an update that passed, the room's doc may hold part of it. Instead of dropping the
// room under every socket (1012), the doc is rebuilt from what is known good — the stored log,
// the updates applied but not yet stored, and whatever other instances publish meanwhile — and
// swapped in. Sockets stay connected: nothing from the bad update was fanned out (fan-out
// follows storage), sync replies and new updates wait for the rebuild (room.settled(),
// room.rebuilding).
import * as Y from 'yjs'
import type { Hub } from './hub.ts'
import type { Room } from './room.ts'

/** Rebuilds `room.doc` from storage in the background; a second call during a rebuild is a no-op. */
export function rebuildRoom(hub: Hub, room: Room): void {
  if (room.rebuilding || room.gone) return
  const unstored = room.unstoredUpdates()
  room.rebuildLog = []
  room.invalidate()
  room.rebuilding = (async () => {
    try {
      const loaded = await hub.ctx.metrics.timeStorage(hub.ctx.storage.loadUpdates(room.id))
      if (room.gone) return
      const doc = new Y.Doc({ gc: true })
      doc.transact(() => {
        for (const update of [...loaded.updates, ...unstored, ...(room.rebuildLog ?? [])]) {
          try {
            Y.applyUpdate(doc, update)
          } catch (error) {
            hub.ctx.log.error({ room: room.label, err: String(error) }, 'update does not apply on rebuild')
          }
        }
      })
      room.replaceDoc(doc)
      hub.ctx.log.warn({ room: room.label }, 'room rebuilt after an update failed to apply')
    } catch (error) {
      hub.ctx.log.error({ room: room.label, err: String(error) }, 'rebuilding a room failed')
      if (!room.gone) hub.drop(room, 'internal-error')
    } finally {
      room.rebuildLog = null
      room.rebuilding = null
    }
  })()
}
