// Redis pub/sub bus: fan-out of stored updates, revocations and deletions between relay
// instances that share one Redis. One channel per room (`P bus:{R}`); an instance
// subscribes while it holds the room in memory. Pub/sub is fire-and-forget: a message
// published while an instance is disconnected is lost to it, which is why updates are
// stored before they are published and an instance (re)loads a room from storage after
// subscribing. `onReconnect` lets the relay reload its rooms after a Redis reconnection.
import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'
import type { RoomId } from '../../src/protocol/ids.ts'
import { decodeBusMessage, encodeBusMessage } from './codec.ts'
import type { BusMessage, RelayBus } from './types.ts'

type Handler = (message: BusMessage) => void

/** Options of the Redis bus. */
export interface RedisBusOptions {
  /** Channel prefix (default `livret:`), the same as the storage's key prefix. */
  prefix?: string
  /** Called after the subscriber connection came back: messages may have been missed meanwhile. */
  onReconnect?: () => void
}

/** A RelayBus over Redis pub/sub (one publishing and one subscribed connection). */
export class RedisBus implements RelayBus {
  readonly instanceId = randomUUID()
  private readonly rooms = new Map<string, Set<Handler>>()
  private readonly prefix: string
  private ready = false

  private constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    options: RedisBusOptions,
  ) {
    this.prefix = options.prefix ?? 'livret:'
    sub.on('messageBuffer', (channel: Buffer, data: Buffer) => this.dispatch(channel.toString(), data))
    sub.on('ready', () => {
      if (this.ready) options.onReconnect?.()
      this.ready = true
    })
  }

  /** Connects both connections to Redis at `url`. */
  static async connect(url: string, options: RedisBusOptions = {}): Promise<RedisBus> {
    const pub = new Redis(url, { enableAutoPipelining: true, lazyConnect: true })
    const sub = new Redis(url, { lazyConnect: true })
    pub.on('error', () => {})
    sub.on('error', () => {})
    const bus = new RedisBus(pub, sub, options)
    await Promise.all([pub.connect(), sub.connect()])
    return bus
  }

  private channel(room: string): string {
    return `${this.prefix}bus:{${room}}`
  }

  private dispatch(channel: string, data: Buffer): void {
    const room = channel.slice(this.prefix.length + 5, -1)
    const handlers = this.rooms.get(room)
    if (!handlers) return
    const message = decodeBusMessage(new Uint8Array(data.buffer, data.byteOffset, data.byteLength))
    if (!message) return
    for (const handler of [...handlers]) {
      try {
        handler(message)
      } catch {
        // A subscriber's failure is its own.
      }
    }
  }

  async publish(room: RoomId, message: BusMessage): Promise<void> {
    const bytes = encodeBusMessage(message)
    await this.pub.publish(this.channel(room), Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))
  }

  async subscribe(room: RoomId, handler: Handler): Promise<() => void> {
    let handlers = this.rooms.get(room)
    if (!handlers) {
      handlers = new Set()
      this.rooms.set(room, handlers)
    }
    handlers.add(handler)
    // Also awaited when already subscribed: the caller may rely on being subscribed on return.
    await this.sub.subscribe(this.channel(room))
    return () => {
      const set = this.rooms.get(room)
      if (!set?.delete(handler) || set.size > 0) return
      this.rooms.delete(room)
      this.sub.unsubscribe(this.channel(room)).catch(() => {})
    }
  }

  async close(): Promise<void> {
    this.rooms.clear()
    await Promise.all([this.pub.quit(), this.sub.quit()].map((p) => p.catch(() => {})))
  }
}
