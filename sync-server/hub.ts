// The rooms a relay instance holds in memory and their sockets: sending (with backpressure),
// closing with named codes, fan-out, revocation. Loading and bus messages live in room-load.ts;
// compaction, deletion, expiry and idle eviction in room-upkeep.ts; socket handling in
// connection.ts; HTTP statements in http/rooms-api.ts.
import type { Logger } from 'pino'
import { CloseCode, type CloseCodeName } from '../src/protocol/close-codes.ts'
import type { RoomId } from '../src/protocol/ids.ts'
import type { BusMessage, RelayBus } from './bus/types.ts'
import type { RelayLimits } from './limits.ts'
import { roomLabel } from './log.ts'
import type { Metrics } from './metrics.ts'
import { createQuotas, type Quotas } from './quotas.ts'
import type { Conn, Room } from './room.ts'
import { applyBusMessage, loadRoom } from './room-load.ts'
import { afterAppend, compactRoom, deleteRoom, sweep, tick } from './room-upkeep.ts'
import type { AccessLogEntry, LogStats, RelayStorage, RoomMeta } from './storage/types.ts'
import { releaseSyncReplies } from './sync-replies.ts'
import { binaryFrame, rawSocket } from './ws-frame.ts'

/** Options of every send (ws copies them): one object, not one per message. */
const BINARY = { binary: true } as const

/** Seconds since the epoch. */
export const nowSeconds = (): number => Math.floor(Date.now() / 1000)

/** Everything the hub and the connections share. */
export interface RelayContext {
  storage: RelayStorage
  bus: RelayBus
  limits: RelayLimits
  metrics: Metrics
  log: Logger
}

/** Whether a room's metadata says it is deleted or past its erase time. */
export function roomIsGone(meta: RoomMeta, now: number, defaultTtl: number): boolean {
  if (meta.deletedAt !== null) return true
  if (meta.expiresAt !== null) return meta.expiresAt <= now
  return meta.lastWriteAt > 0 && meta.lastWriteAt + defaultTtl <= now
}

/** Whether a token is revoked by a room's metadata. */
export function tokenRevoked(meta: RoomMeta, tokenId: string, issuedAt: number): boolean {
  return issuedAt < meta.revokedBefore || meta.revokedTokenIds.includes(tokenId)
}

/** Rooms in memory and their lifecycle. */
export class Hub {
  readonly rooms = new Map<RoomId, Room>()
  readonly conns = new Set<Conn>()
  /** Open sockets per client IP. */
  readonly perIp = new Map<string, number>()
  private readonly loading = new Map<RoomId, Promise<Room | 'gone'>>()
  /** Per-client-IP quotas (HTTP requests, signature work, rooms created, bytes stored). */
  readonly quotas: Quotas

  constructor(readonly ctx: RelayContext) {
    this.quotas = createQuotas(ctx.limits)
  }

  /** The room in memory, loading it from storage first; 'gone' for a deleted or expired room. */
  open(id: RoomId): Promise<Room | 'gone'> {
    const room = this.rooms.get(id)
    if (room) return Promise.resolve(room)
    let loading = this.loading.get(id)
    if (!loading) {
      loading = this.load(id).finally(() => this.loading.delete(id))
      this.loading.set(id, loading)
    }
    return loading
  }

  private load(id: RoomId): Promise<Room | 'gone'> {
    return loadRoom(this, id)
  }

  /** Applies what another instance published about a room this instance holds (room-load.ts). */
  onBusMessage(room: Room, message: BusMessage): void {
    applyBusMessage(this, room, message)
  }

  /**
   * Sends one encoded message to every socket of the room except `except`: framed once
   * (ws-frame.ts), the same bytes written to every socket, each with the backpressure of send().
   */
  broadcast(room: Room, message: Uint8Array, except: Conn | null): void {
    if (room.conns.size === 0 || (room.conns.size === 1 && except && room.conns.has(except))) return
    const frame = binaryFrame(message)
    for (const conn of room.conns) if (conn !== except) this.deliver(conn, message, frame)
  }

  /**
   * Sends one message to one socket; false when it was not sent. Backpressure: bytes the kernel
   * has not taken stay queued in the process, so a message that would bring the socket's queue
   * past `maxSocketBufferBytes` closes it as a slow consumer instead (a message alone larger
   * than the bound — a large room's sync reply — still goes to a socket with nothing queued).
   * `onFlushed` runs once the message is handed to the kernel (or the socket is gone).
   */
  send(conn: Conn, message: Uint8Array, onFlushed?: () => void): boolean {
    return this.deliver(conn, message, null, onFlushed)
  }

  /** send(), with `message` already framed as `frame` when it is one of a broadcast. */
  private deliver(conn: Conn, message: Uint8Array, frame: Buffer | null, onFlushed?: () => void): boolean {
    if (conn.closed || conn.ws.readyState !== 1) return false
    const queued = conn.ws.bufferedAmount
    if (queued > 0 && queued + message.length > this.ctx.limits.maxSocketBufferBytes) {
      this.close(conn, 'slow-consumer')
      return false
    }
    conn.bytesOut += message.length
    this.ctx.metrics.bytesOut += message.length
    const socket = frame ? rawSocket(conn.ws, queued) : null
    if (socket) socket.write(frame as Buffer, onFlushed)
    else conn.ws.send(message, BINARY, onFlushed)
    this.ctx.metrics.observeQueued(conn.ws.bufferedAmount)
    return true
  }

  /** Closes one socket with a named code; it leaves its room at once. */
  close(conn: Conn, name: CloseCodeName | 'reloaded' | 'internal-error'): void {
    if (conn.closed) return
    conn.closed = true
    this.leave(conn)
    const code = name === 'reloaded' ? 1012 : name === 'internal-error' ? 1011 : CloseCode[name]
    if (name !== 'reloaded') this.ctx.metrics.refuse(name)
    if (conn.tokenId)
      this.ctx.log.debug(
        { room: roomLabel(conn.roomId), tokenId: conn.tokenId, close: name },
        'socket closed',
      )
    if (conn.tokenId && name !== 'reloaded' && name !== 'room-gone') this.accessLog(conn, 'refused')
    try {
      conn.ws.close(code, name)
    } catch {
      conn.ws.terminate()
    }
  }

  /** Detaches a socket from its room. */
  leave(conn: Conn): void {
    const room = conn.room
    if (!room) return
    conn.room = null
    room.conns.delete(conn)
    releaseSyncReplies(this, conn, room)
    if (room.conns.size === 0) room.emptySince = Date.now()
  }

  /** Writes an access log entry (content-free); failures are logged, never thrown. */
  accessLog(conn: Conn, event: AccessLogEntry['event']): void {
    const entry: AccessLogEntry = {
      tokenId: conn.tokenId,
      role: conn.role,
      event,
      at: nowSeconds(),
      bytesIn: conn.bytesIn,
      bytesOut: conn.bytesOut,
    }
    this.ctx.storage.appendAccessLog(conn.roomId, entry).catch(() => {})
  }

  /** Closes the room's sockets whose token is now revoked. */
  closeRevoked(room: Room): void {
    for (const conn of [...room.conns]) {
      if (tokenRevoked(room.meta, conn.tokenId, conn.issuedAt)) this.close(conn, 'token-revoked')
    }
  }

  /** Removes a room from memory, closing its sockets with `name`. */
  drop(room: Room, name: CloseCodeName | 'reloaded' | 'internal-error'): void {
    if (this.rooms.get(room.id) === room) this.rooms.delete(room.id)
    for (const conn of [...room.conns]) this.close(conn, name)
    room.destroy()
    this.ctx.metrics.roomsInMemory = this.rooms.size
  }

  /** Records new stats of a room's log and compacts it in the background past the thresholds. */
  afterAppend(room: Room, stats: LogStats): void {
    afterAppend(this, room, stats)
  }

  /** Replaces a room's stored log by its compacted state (room-upkeep.ts). */
  compact(id: RoomId): Promise<LogStats | null> {
    return compactRoom(this, id)
  }

  /** Erases a room everywhere: storage (tombstone), this instance, the other instances. */
  deleteRoom(id: RoomId): Promise<void> {
    return deleteRoom(this, id)
  }

  /** Once a second: closes sockets whose token expired, evicts idle rooms. */
  tick(): void {
    tick(this)
  }

  /** Every few seconds: erases rooms past their time-to-live. */
  sweep(): Promise<void> {
    return sweep(this)
  }

  /** Drops every room from memory so their sockets reconnect and resync from storage (bus messages may have been lost). */
  reloadAll(): void {
    for (const room of [...this.rooms.values()]) this.drop(room, 'reloaded')
  }

  /** Drops every room from memory (shutdown). */
  closeAll(): void {
    for (const room of [...this.rooms.values()]) this.drop(room, 'reloaded')
    for (const conn of [...this.conns]) {
      conn.ws.terminate()
    }
  }
}
