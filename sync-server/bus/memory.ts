// In-process bus for the embedded mode (one relay) and for tests that run several relays in
// one process sharing one MemoryHub.
import { randomUUID } from 'node:crypto'
import type { RoomId } from '../../src/protocol/ids.ts'
import type { BusMessage, RelayBus } from './types.ts'

type Handler = (message: BusMessage) => void

/** Shared switchboard for in-process buses. */
export class MemoryHub {
  readonly rooms = new Map<RoomId, Set<Handler>>()
}

/** A RelayBus delivering synchronously inside one process. */
export class MemoryBus implements RelayBus {
  readonly instanceId = randomUUID()
  private readonly own = new Set<{ room: RoomId; handler: Handler }>()

  constructor(private readonly hub: MemoryHub = new MemoryHub()) {}

  async publish(room: RoomId, message: BusMessage): Promise<void> {
    const handlers = this.hub.rooms.get(room)
    if (!handlers) return
    for (const handler of [...handlers]) {
      try {
        handler(message)
      } catch {
        // A subscriber's failure is its own; the publisher goes on.
      }
    }
  }

  async subscribe(room: RoomId, handler: Handler): Promise<() => void> {
    let handlers = this.hub.rooms.get(room)
    if (!handlers) {
      handlers = new Set()
      this.hub.rooms.set(room, handlers)
    }
    handlers.add(handler)
    const entry = { room, handler }
    this.own.add(entry)
    return () => {
      this.own.delete(entry)
      const set = this.hub.rooms.get(room)
      set?.delete(handler)
      if (set?.size === 0) this.hub.rooms.delete(room)
    }
  }

  async close(): Promise<void> {
    for (const { room, handler } of this.own) {
      const set = this.hub.rooms.get(room)
      set?.delete(handler)
      if (set?.size === 0) this.hub.rooms.delete(room)
    }
    this.own.clear()
  }
}
