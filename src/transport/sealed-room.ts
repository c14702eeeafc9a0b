// A plain Y.Doc kept in sync through a sealed room of the relay. The transport is an unmodified
// y-websocket WebsocketProvider carrying the room's envelope doc (EnvelopeBinding does the
// sealing). Three things are taken out of the provider's hands:
// - awareness is never sent: its local state is null before connecting (y-websocket only
//   announces a non-null state on open), incoming awareness and awareness queries are ignored
//   (per-instance message handlers), and on destroy the socket is closed before the provider
//   would broadcast a last "left" awareness message;
// - reconnection: the provider's own fixed backoff is disabled (shouldConnect turned off on each
//   close) and replaced by jittered exponential backoff; auth and role refusals stop it;
// - liveness: with no awareness traffic y-websocket's 30 s watchdog would drop idle sockets, so
//   a sync step 1 is sent every 15 s (the relay answers with a step 2, usually empty).

import * as encoding from 'lib0/encoding'
import { Awareness } from 'y-protocols/awareness'
import * as syncProtocol from 'y-protocols/sync'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { type CloseCodeName, closeCodeName, type Role, type RoomId } from '../protocol/index.ts'
import { type BackoffOptions, backoffDelay, DEFAULT_BACKOFF } from './backoff.ts'
import { type BindingStats, EnvelopeBinding, type SealedRoomError } from './envelope-binding.ts'

/** Connection state of a sealed room. */
export type SealedRoomStatus =
  /** `closeCode`: the WebSocket close code when the relay or the network ended the connection. */
  | { status: 'offline'; closeCode?: number }
  | { status: 'connecting' }
  | { status: 'syncing' }
  | { status: 'synced'; syncedAt: number }
  | { status: 'refused'; code: CloseCodeName }

/** Close codes after which reconnecting cannot help: the token or the room is done for. */
export const TERMINAL_CLOSE_CODES: ReadonlySet<CloseCodeName> = new Set([
  'token-invalid',
  'token-revoked',
  'token-expired',
  'room-gone',
  'forbidden',
])

/** Options of a sealed room. */
export interface SealedRoomOptions extends Partial<BackoffOptions> {
  /** http(s) origin of the relay, e.g. `https://livret.example`. */
  serverUrl: string
  roomId: RoomId
  token: string
  /** Raw 32-byte room key. */
  roomKey: Uint8Array
  doc: Y.Doc
  role: Role
  batchMs?: number
  compactAfter?: number
  /** WebSocket implementation for Node (e.g. the `ws` package). */
  WebSocketPolyfill?: unknown
  /** Connect at once (default true). */
  connect?: boolean
  /** Interval of keep-alive sync step 1 messages, ms (default 15,000). */
  keepAliveMs?: number
}

type Listeners = {
  status: (status: SealedRoomStatus) => void
  error: (error: SealedRoomError) => void
}

const MESSAGE_SYNC = 0
const MESSAGE_AWARENESS = 1
const MESSAGE_QUERY_AWARENESS = 3

/** A plain doc bound to a sealed room on the relay. */
export class SealedRoom {
  /** The room's envelope doc (sealed entries only). */
  readonly envelope = new Y.Doc()
  /** Remote entries refused so far (tampered, foreign, invalid). */
  errorCount = 0
  private readonly provider: WebsocketProvider
  private readonly awareness: Awareness
  private readonly binding: EnvelopeBinding
  private readonly backoff: BackoffOptions
  private readonly listeners: { [K in keyof Listeners]: Set<Listeners[K]> } = {
    status: new Set(),
    error: new Set(),
  }
  private current: SealedRoomStatus = { status: 'offline' }
  private attempts = 0
  private reconnectTimer: ReturnType<typeof setTimeout> | undefined
  private readonly keepAlive: ReturnType<typeof setInterval>
  private firstSyncDone = false
  private syncGeneration = 0
  private destroyed = false
  private stopped = false

  constructor(options: SealedRoomOptions) {
    this.backoff = {
      minBackoffMs: options.minBackoffMs ?? DEFAULT_BACKOFF.minBackoffMs,
      maxBackoffMs: options.maxBackoffMs ?? DEFAULT_BACKOFF.maxBackoffMs,
    }
    this.binding = new EnvelopeBinding({
      roomId: options.roomId,
      roomKey: options.roomKey,
      doc: options.doc,
      envelope: this.envelope,
      role: options.role,
      ...(options.batchMs === undefined ? {} : { batchMs: options.batchMs }),
      ...(options.compactAfter === undefined ? {} : { compactAfter: options.compactAfter }),
      onError: (error) => {
        this.errorCount++
        this.emit('error', error)
      },
    })
    this.awareness = new Awareness(this.envelope)
    this.awareness.setLocalState(null)
    const serverUrl = `${options.serverUrl.replace(/^http/, 'ws').replace(/\/+$/, '')}/sync`
    this.provider = new WebsocketProvider(serverUrl, options.roomId, this.envelope, {
      connect: false,
      awareness: this.awareness,
      params: { token: options.token },
      disableBc: true,
      shouldReconnect: () => true,
      ...(options.WebSocketPolyfill === undefined
        ? {}
        : { WebSocketPolyfill: options.WebSocketPolyfill as typeof WebSocket }),
    })
    const ignore = () => {}
    this.provider.messageHandlers[MESSAGE_AWARENESS] = ignore
    this.provider.messageHandlers[MESSAGE_QUERY_AWARENESS] = ignore
    this.provider.on('status', ({ status }) => {
      if (status === 'connecting') this.setStatus({ status: 'connecting' })
      else if (status === 'connected') this.setStatus({ status: 'syncing' })
    })
    this.provider.on('sync', (synced) => {
      if (synced) void this.onSynced()
    })
    this.provider.on('connection-close', (event) => this.onClose(event))
    this.keepAlive = setInterval(() => this.sendKeepAlive(), options.keepAliveMs ?? 15_000)
    if (options.connect !== false) this.connect()
  }

  /** Current status. */
  get status(): SealedRoomStatus {
    return this.current
  }

  /** Counters of the underlying binding (opened, refused, pushed, compactions). */
  get stats(): Readonly<BindingStats> {
    return this.binding.stats
  }

  /** Subscribes to status changes or refused entries; returns the unsubscribe function. */
  on<K extends keyof Listeners>(event: K, listener: Listeners[K]): () => void {
    this.listeners[event].add(listener)
    return () => this.listeners[event].delete(listener)
  }

  /** Connects (again), e.g. after a refusal, optionally with a new token. */
  connect(token?: string): void {
    if (this.destroyed) return
    if (token !== undefined) this.provider.params = { ...this.provider.params, token }
    this.stopped = false
    if (this.reconnectTimer !== undefined) clearTimeout(this.reconnectTimer)
    this.reconnectTimer = undefined
    this.provider.connect()
  }

  /** Disconnects without destroying; status becomes offline. */
  disconnect(): void {
    this.stopped = true
    if (this.reconnectTimer !== undefined) clearTimeout(this.reconnectTimer)
    this.reconnectTimer = undefined
    this.closeSocketQuietly()
    this.alignAwarenessClient()
    this.provider.disconnect()
    this.setStatus({ status: 'offline' })
  }

  /** Resolves once batched local changes are sealed into the envelope and received ones applied. */
  flush(): Promise<void> {
    return this.binding.flush()
  }

  /** Stops everything; unflushed local changes stay in the plain doc only. */
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    clearInterval(this.keepAlive)
    if (this.reconnectTimer !== undefined) clearTimeout(this.reconnectTimer)
    this.binding.destroy()
    this.closeSocketQuietly()
    this.alignAwarenessClient()
    this.provider.destroy()
    this.awareness.destroy()
    this.envelope.destroy()
    this.setStatus({ status: 'offline' })
    this.listeners.status.clear()
    this.listeners.error.clear()
  }

  /**
   * Yjs gives the envelope a new client id when a remote update uses its own (someone wrote
   * under it); the awareness keeps the old one, and the provider's farewell message, encoded
   * for the new id, would throw a TypeError on disconnect and destroy. Give the new id a clock.
   */
  private alignAwarenessClient(): void {
    const id = this.envelope.clientID
    if (!this.awareness.meta.has(id)) this.awareness.meta.set(id, { clock: 0, lastUpdated: Date.now() })
  }

  /** Closing the socket first makes the provider's farewell awareness broadcast a no-op. */
  private closeSocketQuietly(): void {
    const ws = this.provider.ws
    if (ws && (ws.readyState === 0 || ws.readyState === 1)) ws.close()
  }

  private async onSynced(): Promise<void> {
    const generation = ++this.syncGeneration
    await this.binding.flush()
    if (!this.firstSyncDone) {
      this.firstSyncDone = true
      this.binding.pushMissing()
    }
    if (this.destroyed || generation !== this.syncGeneration || !this.provider.synced) return
    this.attempts = 0
    this.setStatus({ status: 'synced', syncedAt: Date.now() })
  }

  private onClose(event: CloseEvent | null): void {
    this.syncGeneration++
    if (this.destroyed || this.stopped) return
    // The provider would reconnect on its own fixed schedule; this room decides instead.
    this.provider.shouldConnect = false
    const name = event ? closeCodeName(event.code) : undefined
    if (name) this.setStatus({ status: 'refused', code: name })
    else this.setStatus(event ? { status: 'offline', closeCode: event.code } : { status: 'offline' })
    if (name && TERMINAL_CLOSE_CODES.has(name)) return
    if (this.reconnectTimer !== undefined) clearTimeout(this.reconnectTimer)
    const delay = backoffDelay(this.attempts++, this.backoff)
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined
      if (!this.destroyed) this.provider.connect()
    }, delay)
  }

  private sendKeepAlive(): void {
    const ws = this.provider.ws
    if (ws?.readyState !== 1 || !this.provider.wsconnected) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MESSAGE_SYNC)
    syncProtocol.writeSyncStep1(encoder, this.envelope)
    try {
      ws.send(encoding.toUint8Array(encoder))
    } catch {
      // The close handler deals with a dying socket.
    }
  }

  private setStatus(next: SealedRoomStatus): void {
    const same =
      next.status === this.current.status &&
      next.status !== 'synced' &&
      (next.status !== 'refused' || (this.current.status === 'refused' && this.current.code === next.code))
    this.current = next
    if (same) return
    for (const listener of this.listeners.status) {
      try {
        listener(next)
      } catch {
        // Listeners never break the room.
      }
    }
  }

  private emit(event: 'error', error: SealedRoomError): void {
    for (const listener of this.listeners[event]) {
      try {
        listener(error)
      } catch {
        // Listeners never break the room.
      }
    }
  }
}
