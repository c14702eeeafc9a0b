// Bringing a room into memory: subscribing to its bus channel, reading its metadata and update
// log from storage, and applying what other instances publish about it (updates, revocations,
// deletion). The Hub (hub.ts) holds the rooms; this is how they arrive and stay in step.
import * as Y from 'yjs'
import type { RoomId } from '../src/protocol/ids.ts'
import type { BusMessage } from './bus/types.ts'
import { type Hub, nowSeconds, roomIsGone } from './hub.ts'
import { Room } from './room.ts'
import { encodeSyncMessage, SyncType } from './sync-messages.ts'

/** Loads a room from storage into `hub.rooms`; 'gone' for a deleted or expired room. */
export async function loadRoom(hub: Hub, id: RoomId): Promise<Room | 'gone'> {
  const { storage, bus, metrics, limits } = hub.ctx
  let room: Room | null = null
  const buffered: BusMessage[] = []
  // Subscribe before reading, so that nothing published meanwhile is missed.
  const unsubscribe = await bus.subscribe(id, (message) => {
    if (message.origin === bus.instanceId) return
    if (room) applyBusMessage(hub, room, message)
    else buffered.push(message)
  })
  try {
    const meta = await metrics.timeStorage(storage.getMeta(id))
    if (roomIsGone(meta, nowSeconds(), limits.defaultRoomTtlSeconds)) {
      unsubscribe()
      return 'gone'
    }
    const loaded = await metrics.timeStorage(storage.loadUpdates(id))
    const fresh = new Room(id, meta, loaded.stats, loaded.stats.bytes)
    fresh.doc.transact(() => {
      for (const update of loaded.updates) {
        try {
          Y.applyUpdate(fresh.doc, update)
        } catch (error) {
          hub.ctx.log.error({ room: fresh.label, err: String(error) }, 'stored update does not apply')
        }
      }
    })
    fresh.unsubscribe = unsubscribe
    room = fresh
    for (const message of buffered) applyBusMessage(hub, fresh, message)
    if (fresh.gone) return 'gone' // deleted while loading
    hub.rooms.set(id, fresh)
    metrics.roomsInMemory = hub.rooms.size
    return fresh
  } catch (error) {
    unsubscribe()
    throw error
  }
}

/** Applies what another instance published about a room this instance holds. */
export function applyBusMessage(hub: Hub, room: Room, message: BusMessage): void {
  if (room.gone) return
  try {
    if (message.type === 'update') {
      room.rebuildLog?.push(message.update) // replayed on the rebuilt doc (room-rebuild.ts)
      Y.applyUpdate(room.doc, message.update)
      room.invalidate()
      hub.broadcast(room, encodeSyncMessage(SyncType.update, message.update), null)
    } else if (message.type === 'revoke') {
      const ids = new Set([...room.meta.revokedTokenIds, ...message.tokenIds])
      room.meta = {
        ...room.meta,
        revokedTokenIds: [...ids],
        revokedBefore: Math.max(room.meta.revokedBefore, message.before),
      }
      hub.closeRevoked(room)
    } else {
      hub.drop(room, 'room-gone')
    }
  } catch (error) {
    hub.ctx.log.warn({ room: room.label, err: String(error) }, 'bus message refused')
  }
}
