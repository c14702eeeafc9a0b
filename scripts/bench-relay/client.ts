// A raw load-generator client: one `ws` socket speaking the Yjs sync protocol, no Y.Doc
// unless it writes, no WebsocketProvider (so 1,000+ of them fit in one process).
import WebSocket from 'ws'
import { generateRoomKeys } from '../../src/protocol/ids.ts'
import { mintToken } from '../../src/protocol/token.ts'
import { emptyStep2, type Flavour, openingMessages, readIncoming, updateMessage } from './wire.ts'

/** Servers under test. */
export type ServerName = 'livret' | 'ywebsocket' | 'hocuspocus'

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
  if (server === 'livret') return `${base}/sync/${room.id}?token=${room.token}`
  if (server === 'ywebsocket') return `${base}/${encodeURIComponent(room.id)}`
  return base
}

/** Callbacks of a client. */
export interface ClientHandlers {
  onUpdate?: (receiver: BenchClient, client: number, clock: number, at: number) => void
}

/** One connected (or connecting) load client. */
export class BenchClient {
  readonly ws: WebSocket
  /** performance.now() when sync step 2 arrived, or undefined. */
  syncedAt: number | undefined
  syncedBytes = 0
  closeCode: number | undefined
  readonly synced: Promise<boolean>
  private readonly flavour: Flavour

  constructor(
    server: ServerName,
    base: string,
    readonly room: BenchRoom,
    handlers: ClientHandlers = {},
  ) {
    this.flavour = flavourOf(server)
    const ws = new WebSocket(roomUrl(server, base, room), { perMessageDeflate: false })
    this.ws = ws
    ws.binaryType = 'nodebuffer'
    let settle: (ok: boolean) => void = () => {}
    this.synced = new Promise((resolve) => {
      settle = resolve
    })
    ws.on('open', () => {
      for (const message of openingMessages(this.flavour, room.id)) ws.send(message)
    })
    ws.on('message', (data: Buffer) => {
      const incoming = readIncoming(this.flavour, data)
      if (incoming.kind === 'update')
        handlers.onUpdate?.(this, incoming.client, incoming.clock, performance.now())
      else if (incoming.kind === 'step1') ws.send(emptyStep2(this.flavour, room.id))
      else if (incoming.kind === 'step2' && this.syncedAt === undefined) {
        this.syncedAt = performance.now()
        this.syncedBytes = incoming.bytes
        settle(true)
      }
    })
    ws.on('error', () => {})
    ws.on('close', (code) => {
      this.closeCode = code
      settle(false)
    })
  }

  /** Sends a Yjs update to the room. */
  send(update: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(updateMessage(this.flavour, this.room.id, update))
  }

  /** Closes the socket and resolves once it is closed. */
  close(): Promise<void> {
    if (this.ws.readyState === WebSocket.CLOSED) return Promise.resolve()
    return new Promise((resolve) => {
      this.ws.once('close', () => resolve())
      this.ws.close()
      setTimeout(() => {
        this.ws.terminate()
        resolve()
      }, 2000).unref()
    })
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
