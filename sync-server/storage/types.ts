// The relay's storage interface. Two implementations (SQLite embedded, Redis for scale-out)
// pass the same contract suite (storage/contract.ts). Everything stored is content-free for
// the relay: sealed envelope updates (opaque Yjs updates of ciphertext), room metadata and a
// bounded access log. Several relay instances may share one storage (Redis): every method
// must be safe under concurrent calls from several processes.
import type { AccessLogEntry } from '../../src/protocol/access-log.ts'
import type { RoomId } from '../../src/protocol/ids.ts'
import type { HandoverStorage } from './handovers.ts'

/** The access log's entry is part of the wire protocol (the owner reads it): defined there. */
export type { AccessLogEntry }

/**
 * Position in a room's update log: opaque, compared only by the storage itself
 * (SQLite: a decimal sequence number, Redis: a stream id).
 */
export type Cursor = string & { readonly __brand: 'Cursor' }

/** Size of a room's stored update log. */
export interface LogStats {
  /** Number of stored updates. */
  count: number
  /** Sum of their byte lengths. */
  bytes: number
}

/** A batch of stored updates, oldest first. */
export interface LoadedUpdates {
  updates: Uint8Array[]
  /** Cursor of the last update returned; null when none (then `after` is unchanged). */
  cursor: Cursor | null
  /** Stats of the whole log at the time of reading. */
  stats: LogStats
}

/** Per-room metadata the relay keeps (never content). */
export interface RoomMeta {
  /** Erase time set by an expire statement (unix seconds), or null for the default TTL. */
  expiresAt: number | null
  /**
   * Last activity (unix seconds): an update appended, or a socket opened on the room once it
   * holds updates (touchRoom); 0 when never written. The default TTL runs from it.
   */
  lastWriteAt: number
  /** Revoked token ids (32 hex chars each). */
  revokedTokenIds: string[]
  /** Every token issued strictly before this time is revoked (unix seconds); 0 = none. */
  revokedBefore: number
  /** Set when the room was deleted or expired: its id stays dead (unix seconds), else null. */
  deletedAt: number | null
}

/** A change to a room's metadata carried by an owner statement. */
export interface MetaChange {
  revokeTokenIds?: string[]
  /** Raises `revokedBefore` to this value when it is larger. */
  revokeBefore?: number
  expiresAt?: number
  /**
   * Cap on the room's revoked token ids: a change that would pass it applies nothing and
   * resolves 'revocation-list-full' (revoking "issued before T" is the way to revoke many).
   */
  maxRevokedTokenIds?: number
}

/** What applying an owner statement did. */
export type StatementOutcome = 'applied' | 'replay' | 'revocation-list-full'

/** A Yjs client id an append token writes under, and whether the room has never seen it. */
export interface ClientClaim {
  client: number
  isNew: boolean
}

/** A published status list as stored: its version (validFrom) and the signed JSON as received. */
export interface StoredStatusList {
  validFrom: string
  body: string
}

/** What storing a status list did: 'not-newer' when the stored version is as new or newer (nothing changed). */
export type StatusListOutcome = 'stored' | 'not-newer'

/** Largest number of access log entries kept per room (oldest dropped first). */
export const ACCESS_LOG_LIMIT = 500

/** Storage of rooms for the relay (and of short handover records, storage/handovers.ts). */
export interface RelayStorage extends HandoverStorage {
  /**
   * Appends one update to the room's log and records `now` as its last write. The update is
   * durable when the promise resolves (the relay fans it out only then).
   * Resolves with the log's stats after the append. Rejects, storing nothing, for a deleted room.
   */
  appendUpdate(room: RoomId, update: Uint8Array, now: number): Promise<LogStats>
  /** Loads updates after `after` (all when omitted), oldest first, at most `limit` (default all). */
  loadUpdates(room: RoomId, after?: Cursor, limit?: number): Promise<LoadedUpdates>
  /**
   * Compaction: atomically removes every update up to and including `through` and stores
   * `merged` in their place, positioned before any update appended after `through` (including
   * updates appended concurrently by other instances, which must survive).
   */
  replaceUpdates(room: RoomId, through: Cursor, merged: Uint8Array): Promise<LogStats>
  /** Stats of the room's log. */
  logStats(room: RoomId): Promise<LogStats>
  /** The room's metadata; defaults (nulls, zeros, empty list) for an unknown room. */
  getMeta(room: RoomId): Promise<RoomMeta>
  /**
   * Applies an owner statement atomically: if `statementId` was already applied to this room,
   * changes nothing and resolves 'replay'; else records the id (it may be forgotten after
   * `forgetAfter`, unix seconds, when a replay would be refused as stale anyway) and applies `change`.
   */
  applyStatement(
    room: RoomId,
    statementId: string,
    forgetAfter: number,
    change: MetaChange,
  ): Promise<StatementOutcome>
  /** Resolves when the storage answers a trivial request (readiness); rejects otherwise. */
  ping(): Promise<void>
  /**
   * Deletes the room: erases its updates, access log and metadata, and keeps only a tombstone
   * (room id and `now` as deletedAt) so the id stays dead. Idempotent.
   */
  deleteRoom(room: RoomId, now: number): Promise<void>
  /**
   * Rooms that are not deleted whose erase time has passed: explicit `expiresAt <= now`, or, with
   * no explicit time, `lastWriteAt + defaultTtl <= now` (last activity; rooms never written are not listed).
   */
  listExpiredRooms(now: number, defaultTtl: number, limit: number): Promise<RoomId[]>
  /**
   * Client-id ownership (docs/protocol.md): atomically, each claimed client id must either be
   * owned by `tokenId` already, or have no owner and be new to the room (`isNew`, judged by the
   * relay from the room's state), in which case `tokenId` becomes its owner. All or nothing:
   * resolves false, recording nothing, when any claim fails. Erased with the room.
   */
  claimClientIds(room: RoomId, tokenId: string, claims: ClientClaim[]): Promise<boolean>
  /** Appends to the room's access log, keeping the last ACCESS_LOG_LIMIT entries. */
  appendAccessLog(room: RoomId, entry: AccessLogEntry): Promise<void>
  /** Reads the room's access log, oldest first. */
  readAccessLog(room: RoomId): Promise<AccessLogEntry[]>
  /**
   * Stores a status list under `key` (`<issuer-key-id>/<list-id>`) only when `validFrom` is strictly
   * later than the stored one, atomically (sync-server/storage/status-lists.ts).
   */
  putStatusList(key: string, validFrom: string, body: string): Promise<StatusListOutcome>
  /** The newest stored version of a status list, or null. */
  getStatusList(key: string): Promise<StoredStatusList | null>
  /**
   * Records use of a room (storage/room-use.ts): raises `lastWriteAt` to `now` when the room holds
   * updates, is not deleted and has no explicit erase time. Resolves true when it changed something.
   */
  touchRoom(room: RoomId, now: number): Promise<boolean>
  /** Releases connections and files; pending writes complete first. */
  close(): Promise<void>
}
