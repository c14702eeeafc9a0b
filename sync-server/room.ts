// A room in memory: the envelope Y.Doc (gc on), its sockets, and caches of the encoded sync
// replies so that a thousand clients joining at once cost one encodeStateAsUpdate, not a
// thousand. Updates are applied to the doc before they are stored; `settled()` lets sync
// replies wait until everything applied is also stored, so no client ever receives state
// that a crash could lose.
import * as Y from 'yjs'
import { ENVELOPE_ARRAY } from '../src/protocol/envelope.ts'
import type { RoomId } from '../src/protocol/ids.ts'
import type { Role } from '../src/protocol/token.ts'
import { roomLabel } from './log.ts'
import type { LogStats, RoomMeta } from './storage/types.ts'
import { encodeSyncMessage, SyncType } from './sync-messages.ts'

/** One open socket of a room (plain data; handlers are shared, not per socket). */
export interface Conn {
  ws: import('ws').WebSocket
  room: Room | null
  roomId: RoomId
  role: Role
  tokenId: string
  issuedAt: number
  expiresAt: number
  ip: string
  /** Token bucket of the rate limit. */
  tokens: number
  lastRefill: number
  bytesIn: number
  bytesOut: number
  /** Frames received before the room was ready. */
  queue: Uint8Array[] | null
  alive: boolean
  closed: boolean
  /** Set once the socket joined its room (then its close is logged). */
  opened: boolean
  /** Tail of this socket's updates waiting to be admitted (a client-id claim or a room rebuild in progress). */
  admitting?: Promise<void> | null
  /** Relay time (ms) spent on this socket's updates (the budget itself is per token, apply-update.ts). */
  cpuMs?: number
  /** Updates waiting for dependencies this socket has not sent yet (apply-update.ts hold), and their bytes. */
  held?: { updates: Uint8Array[]; bytes: number } | null
  /** Set while frames.ts handles one of this socket's frames (and charges its whole cost). */
  framing?: boolean
  /** Frames waiting while the socket is paused for its token's time budget (connection.ts), else null. */
  throttled?: Uint8Array[] | null
}

const MAX_CACHED_REPLIES = 16

/** A room held in memory. */
export class Room {
  /** The envelope; replaced (never mutated back) when rebuilt after an update that failed to apply. */
  doc = new Y.Doc({ gc: true })
  readonly conns = new Set<Conn>()
  readonly label: string
  /** Unix ms since when the room has had no socket (for idle eviction), 0 while used. */
  emptySince = Date.now()
  compacting = false
  /** Set while its use is being recorded in storage (room-upkeep.ts noteRoomUse). */
  touching = false
  gone = false
  unsubscribe: (() => void) | null = null
  /** Client id → token id that owns it (a cache of storage's claims, see apply-update.ts). */
  readonly owners = new Map<number, string>()
  /** Set while the doc is rebuilt from storage; updates from the bus meanwhile are logged to be replayed. */
  rebuilding: Promise<void> | null = null
  rebuildLog: Uint8Array[] | null = null
  private waiters: { ticket: number; resolve: () => void }[] = []
  private appliedSeq = 0
  private readonly unstored = new Map<number, Uint8Array>()
  private step1: Uint8Array | null = null
  private readonly replies = new Map<string, Uint8Array>()

  constructor(
    readonly id: RoomId,
    public meta: RoomMeta,
    public stats: LogStats,
    /** Stored bytes right after the last compaction (or load). */
    public compactedBytes: number,
  ) {
    this.label = roomLabel(id)
    this.doc.getArray(ENVELOPE_ARRAY)
  }

  /** Structs the doc holds, all clients together: O(clients), read before each admitted update. */
  structCount(): number {
    let n = 0
    for (const structs of this.doc.store.clients.values()) n += structs.length
    return n
  }

  /** The sync-step-1 message (the room's state vector), cached until the next change. */
  syncStep1(): Uint8Array {
    this.step1 ??= encodeSyncMessage(SyncType.step1, Y.encodeStateVector(this.doc))
    return this.step1
  }

  /** The sync-step-2 reply to a client's state vector, cached per state vector until the next change. */
  syncStep2(stateVector: Uint8Array): Uint8Array {
    const key = Buffer.from(stateVector.buffer, stateVector.byteOffset, stateVector.byteLength).toString(
      'latin1',
    )
    let reply = this.replies.get(key)
    if (!reply) {
      reply = encodeSyncMessage(SyncType.step2, Y.encodeStateAsUpdate(this.doc, stateVector))
      if (this.replies.size >= MAX_CACHED_REPLIES) this.replies.clear()
      this.replies.set(key, reply)
    }
    return reply
  }

  /** The cached sync-step-2 reply to `stateVector`, if any (a miss costs a full encode). */
  cachedStep2(stateVector: Uint8Array): Uint8Array | undefined {
    return this.replies.get(
      Buffer.from(stateVector.buffer, stateVector.byteOffset, stateVector.byteLength).toString('latin1'),
    )
  }

  /** Forgets cached replies after the doc changed. */
  invalidate(): void {
    this.step1 = null
    this.replies.clear()
  }

  /** Bytes of updates waiting for missing dependencies. */
  pendingBytes(): number {
    const store = this.doc.store as unknown as {
      pendingStructs: { update: Uint8Array } | null
      pendingDs: Uint8Array | null
    }
    return (store.pendingStructs?.update.length ?? 0) + (store.pendingDs?.length ?? 0)
  }

  /** Marks an update as applied but not yet stored; returns its ticket for end(). */
  begin(update: Uint8Array = new Uint8Array()): number {
    const ticket = ++this.appliedSeq
    this.unstored.set(ticket, update)
    return ticket
  }

  /** Updates applied to the doc whose storage has not completed (kept for a rebuild). */
  unstoredUpdates(): Uint8Array[] {
    return [...this.unstored.values()]
  }

  /** Swaps in a rebuilt doc and forgets replies computed from the old one. */
  replaceDoc(doc: Y.Doc): void {
    const old = this.doc
    this.doc = doc
    this.invalidate()
    old.destroy()
  }

  /** Marks an update as stored (or abandoned). */
  end(ticket: number): void {
    this.unstored.delete(ticket)
    if (this.waiters.length === 0) return
    let through = this.appliedSeq
    for (const t of this.unstored.keys()) if (t <= through) through = t - 1
    const ready = this.waiters.filter((w) => w.ticket <= through)
    if (ready.length === 0) return
    this.waiters = this.waiters.filter((w) => w.ticket > through)
    for (const w of ready) w.resolve()
  }

  /** Updates applied to the doc whose storage has not completed. */
  get inflight(): number {
    return this.unstored.size
  }

  /**
   * Resolves once everything applied to the doc so far is stored. Later updates do not delay
   * it, so joining clients are served even while a busy room keeps writing.
   */
  settled(): Promise<void> {
    if (this.rebuilding) return this.rebuilding.then(() => this.settled())
    if (this.unstored.size === 0) return Promise.resolve()
    const ticket = this.appliedSeq
    return new Promise((resolve) => this.waiters.push({ ticket, resolve }))
  }

  /** Releases the doc's memory. */
  destroy(): void {
    this.gone = true
    this.unsubscribe?.()
    this.unsubscribe = null
    this.replies.clear()
    this.step1 = null
    this.doc.destroy()
    const waiters = this.waiters
    this.waiters = []
    for (const w of waiters) w.resolve()
  }
}
