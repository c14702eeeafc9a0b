// Messages between relay instances that serve the same rooms. The embedded mode uses the
// in-process bus (bus/memory.ts); with REDIS_URL the Redis bus (pub/sub) carries them.
// Every instance subscribes to a room while it holds the room in memory. Delivery is
// best effort: updates are in storage before they are published, and a late instance
// loads them from there, so a lost message delays nothing that matters for durability.
import type { RoomId } from '../../src/protocol/ids.ts'

/** A message published to every instance holding a room. */
export type BusMessage =
  /** A stored update (already durable) to apply and fan out. */
  | { type: 'update'; origin: string; update: Uint8Array }
  /** Tokens revoked: close matching sockets. */
  | { type: 'revoke'; origin: string; tokenIds: string[]; before: number }
  /** Room deleted or expired: close every socket (4404) and drop the room from memory. */
  | { type: 'delete'; origin: string }

/** Fan-out between relay instances. */
export interface RelayBus {
  /** Unique id of this instance; messages carry it as `origin`. */
  readonly instanceId: string
  /** Publishes to every instance subscribed to `room` (this one included; handlers skip their own origin). */
  publish(room: RoomId, message: BusMessage): Promise<void>
  /** Subscribes to a room; resolves once subscribed, with the function that unsubscribes. */
  subscribe(room: RoomId, handler: (message: BusMessage) => void): Promise<() => void>
  /** Stops all subscriptions. */
  close(): Promise<void>
}
