// A raw load-generator client: one WebSocket (raw-socket.ts) speaking the Yjs sync protocol,
// no Y.Doc, no WebsocketProvider (so thousands of them fit in one process).
import { generateRoomKeys } from '../../src/protocol/ids.ts'
import { mintToken } from '../../src/protocol/token.ts'
import { RawWebSocket } from './raw-socket.ts'
import { emptyStep2, type Flavour, openingMessages, readIncoming, updateMessage } from './wire.ts'

/** Servers under test ('floor' is server-floor.ts, run in the storm only; 'livret-b' is this
 * relay again with BENCH_LIVRET_B_ENV, to compare a setting side by side; 'livret-old' is the
 * relay of another checkout, BENCH_LIVRET_OLD_DIR, to compare two versions side by side). */
export type ServerName = 'livret' | 'livret-b' | 'livret-old' | 'ywebsocket' | 'hocuspocus' | 'floor'

/** Whether a server is this relay (any variant). */
export const isLivret = (server: ServerName): boolean => server.startsWith('livret')

/** A room the load generator uses (token only for this relay). */
export interface BenchRoom {
  id: string
  token: string
}

/** Creates `count` rooms; for this relay each gets a write token signed by its room key. */
export function makeRooms(count: number, prefix: string, withTokens: boolean): BenchRoom[] {
  const rooms: BenchRoom[] = []
  const expiresAt = Math.floor(Date.now() / 1000) + 3600
  for (let i = 0; i < count; i++) {
    if (!withTokens) {
      rooms.push({ id: `${prefix}-${i}`, token: '' })
      continue
    }
    const keys = generateRoomKeys()
    rooms.push({ id: keys.roomId, token: mintToken(keys.signingSecret, { role: 'write', expiresAt }) })
  }
  return rooms
}

/** Framing spoken by each server. */
export function flavourOf(server: ServerName): Flavour {
  return server === 'hocuspocus' ? 'hocuspocus' : 'plain'
}

/** The WebSocket URL of a room on a server. */
export function roomUrl(server: ServerName, base: string, room: BenchRoom): string {
  if (isLivret(server)) return `${base}/sync/${room.id}?token=${room.token}`
  if (server === 'ywebsocket' || server === 'floor') return `${base}/${encodeURIComponent(room.id)}`
  return base
}

/** Callbacks of a client. */
export interface ClientHandlers {
  onUpdate?: (receiver: BenchClient, client: number, clock: number, at: number) => void
}

/** One connected (or connecting) load client. */
export class BenchClient {
  /** performance.now() when sync step 2 arrived, or undefined. */
  syncedAt: number | undefined
  syncedBytes = 0
  closeCode: number | undefined
  readonly synced: Promise<boolean>
  private readonly flavour: Flavour
  private readonly socket: RawWebSocket

  constructor(
    server: ServerName,
    base: string,
    readonly room: BenchRoom,
    handlers: ClientHandlers = {},
  ) {
    const flavour = flavourOf(server)
    this.flavour = flavour
    let settle: (ok: boolean) => void = () => {}
    this.synced = new Promise((resolve) => {
      settle = resolve
    })
    const socket = new RawWebSocket(roomUrl(server, base, room), {
      onOpen: () => {
        for (const message of openingMessages(flavour, room.id)) socket.send(message)
      },
      onMessage: (peek, length) => {
        const incoming = readIncoming(flavour, peek, length)
        if (incoming.kind === 'update')
          handlers.onUpdate?.(this, incoming.client, incoming.clock, performance.now())
        else if (incoming.kind === 'step1') socket.send(emptyStep2(flavour, room.id))
        else if (incoming.kind === 'step2' && this.syncedAt === undefined) {
          this.syncedAt = performance.now()
          this.syncedBytes = incoming.bytes
          settle(true)
        }
      },
      onClose: (code) => {
        this.closeCode = code
        settle(false)
      },
    })
    this.socket = socket
  }

  /** Sends a Yjs update to the room. */
  send(update: Uint8Array): void {
    this.socket.send(updateMessage(this.flavour, this.room.id, update))
  }

  /** Closes the socket and resolves once it is closed. */
  close(): Promise<void> {
    return this.socket.close()
  }
}

/** Opens clients `batch` at a time, waiting for each batch to sync; returns how many synced. */
export async function connectAll(
  make: (i: number) => BenchClient,
  count: number,
  batch: number,
): Promise<{ clients: BenchClient[]; synced: number }> {
  const clients: BenchClient[] = []
  let synced = 0
  for (let start = 0; start < count; start += batch) {
    const group: BenchClient[] = []
    for (let i = start; i < Math.min(count, start + batch); i++) group.push(make(i))
    const results = await Promise.all(group.map((c) => withTimeout(c.synced, 30_000, false)))
    synced += results.filter(Boolean).length
    clients.push(...group)
  }
  return { clients, synced }
}

/** Resolves with `promise` or with `fallback` after `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, fallback: T): Promise<T> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(fallback), ms)
    promise.then((value) => {
      clearTimeout(timer)
      resolve(value)
    })
  })
}
