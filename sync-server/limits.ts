// The relay's guards: every limit is a named default, overridable by an environment variable
// (documented in sync-server/README.md) and by startRelay options (tests use small values).

/** Limits the relay enforces. */
export interface RelayLimits {
  /** Largest WebSocket frame accepted (bytes) → 4413 'frame-too-large'. */
  maxFrameBytes: number
  /** Sustained messages per second per socket (token bucket refill) → 4429 'rate-limited'. */
  messagesPerSecond: number
  /** Burst size of the per-socket token bucket (messages). */
  messageBurst: number
  /** Concurrent sockets per client IP → 4503 'room-busy' at upgrade. */
  maxConnectionsPerIp: number
  /** Concurrent sockets per room → 4503 'room-busy' at upgrade. */
  maxConnectionsPerRoom: number
  /** Largest stored size of a room (bytes, after compaction) → 4507 'room-full'. */
  maxRoomBytes: number
  /** Structs a room's envelope may hold in memory (each costs ~150 B of heap) → 4507 'room-full'. */
  maxRoomStructs: number
  /** Seconds a room stays in memory after its last socket left. */
  idleRoomSeconds: number
  /** Bytes of updates waiting for missing dependencies one socket may have held → 4408 'pending-overflow'. */
  maxPendingBytes: number
  /** Structs, clients and delete ranges one update may carry → 4414 'too-many-structs'. */
  maxStructsPerUpdate: number
  /** Relay time (ms) one token's updates may take (checking and applying) per second, sustained → 4430 'cpu-budget'. */
  updateCpuMsPerSecond: number
  /** Burst of that time budget (ms). */
  updateCpuBurstMs: number
  /** Relay time (ms) all sockets of one client IP may take per second, sustained (frames, checks, replies) → paused, then 4430 'cpu-budget'. */
  ipCpuMsPerSecond: number
  /** Burst of the per-IP time budget (ms). */
  ipCpuBurstMs: number
  /** Longest a socket past its time budget is paused (its frames wait) before it is closed → 4430 'cpu-budget'. */
  updateCpuMaxWaitMs: number
  /** Stored updates in a room log that trigger a server compaction. */
  compactAfterUpdates: number
  /** Stored bytes above the last compacted size that trigger a server compaction. */
  compactAfterBytes: number
  /** Default time-to-live of a room without an expire statement, after its last write (seconds). */
  defaultRoomTtlSeconds: number
  /** Seconds between sweeps for expired rooms and expired tokens on open sockets. */
  sweepSeconds: number
  /** Bytes the relay may queue on one socket beyond what the kernel took → 4411 'slow-consumer'. */
  maxSocketBufferBytes: number
  /** Sync requests a socket may make while its previous reply is still unread → 4411 'slow-consumer'. */
  maxCoalescedSyncRequests: number
  /** Uncached sync replies of one room written but not yet flushed at once; later ones wait their turn. */
  maxUncachedRepliesPerRoom: number
  /** HTTP requests to /rooms/* per second per client IP (token bucket refill) → 429 + Retry-After. */
  httpRequestsPerSecond: number
  /** Burst of the per-IP HTTP bucket (requests). */
  httpRequestBurst: number
  /** Ed25519 verifications (tokens not cached, statements) per second per client IP → 4429 / 429. */
  signatureVerifiesPerSecond: number
  /** Burst of the per-IP signature bucket (verifications). */
  signatureVerifyBurst: number
  /** New rooms (first write to an empty room) per minute per client IP → 4431 'quota-exceeded'. */
  roomsCreatedPerMinute: number
  /** Bytes of updates stored per hour per client IP → 4431 'quota-exceeded'. */
  bytesStoredPerHour: number
  /** Revoked token ids a room may hold → 413 'revocation-list-full' (revoke "issued before T" instead). */
  maxRevokedTokensPerRoom: number
  /** Largest sealed handover record (bytes) → 413 'handover-too-large' (docs/protocol.md §13). */
  maxHandoverBytes: number
  /** Longest life of a handover record (seconds); a shorter one may be asked. */
  handoverSeconds: number
  /** Bytes all handover records may hold together (in storage) → 507 'handover-full'. */
  maxHandoverStoredBytes: number
  /** Bytes of handover records one client IP may hold at once → 429 'handover-owner-full' + Retry-After. */
  maxHandoverBytesPerIp: number
  /** Handover records created per minute per client IP → 429 + Retry-After. */
  handoverWritesPerMinute: number
  /** Handover reads (found or not) per minute per client IP → 429 + Retry-After; bounds code guessing. */
  handoverReadsPerMinute: number
  /** Largest status list accepted by PUT/POST /status/… (bytes of JSON) → 413 'status-list-too-large'. */
  maxStatusListBytes: number
}

/** Defaults of every limit, by name. */
export const DEFAULT_LIMITS: Readonly<RelayLimits> = {
  maxFrameBytes: 2 * 1024 * 1024,
  messagesPerSecond: 50,
  messageBurst: 200,
  maxConnectionsPerIp: 64,
  maxConnectionsPerRoom: 2000,
  maxRoomBytes: 32 * 1024 * 1024,
  // An honest envelope holds a few hundred live entries (writers compact past 200, deleted ones
  // merge into GC ranges); without a cap, 32 MiB of 8-byte entries is 4 million structs, over
  // half a gigabyte of heap whose garbage collection pauses every room of the instance.
  maxRoomStructs: 100_000,
  idleRoomSeconds: 10,
  maxPendingBytes: 1024 * 1024,
  maxStructsPerUpdate: 20_000,
  updateCpuMsPerSecond: 50,
  updateCpuBurstMs: 250,
  updateCpuMaxWaitMs: 5000,
  // A quarter of a core per address: far above what people behind one address (a household,
  // a training centre) use together, and what keeps one address from taking the relay with
  // many tokens of its own rooms (each within its own 50 ms/s).
  ipCpuMsPerSecond: 250,
  ipCpuBurstMs: 1000,
  compactAfterUpdates: 500,
  compactAfterBytes: 4 * 1024 * 1024,
  // Half a year after the last write: a room nobody wrote to for six months is abandoned (a
  // share or inbox carries its own expire statement; an owner extends any room up to 400 days
  // with one), and what a stranger stores is erased within half a year, not 13 months.
  defaultRoomTtlSeconds: 180 * 24 * 3600,
  sweepSeconds: 5,
  maxSocketBufferBytes: 4 * 1024 * 1024,
  maxCoalescedSyncRequests: 8,
  maxUncachedRepliesPerRoom: 4,
  httpRequestsPerSecond: 10,
  httpRequestBurst: 60,
  signatureVerifiesPerSecond: 200,
  signatureVerifyBurst: 2000,
  roomsCreatedPerMinute: 30,
  bytesStoredPerHour: 64 * 1024 * 1024,
  maxRevokedTokensPerRoom: 1024,
  maxHandoverBytes: 4096,
  handoverSeconds: 24 * 3600,
  maxHandoverStoredBytes: 16 * 1024 * 1024,
  // 64 records of the largest size: a desk showing codes all day stays far below it, and one
  // address cannot fill the store that every other address needs.
  maxHandoverBytesPerIp: 256 * 1024,
  handoverWritesPerMinute: 60,
  handoverReadsPerMinute: 20,
  // A 131,072-bit list, gzipped and base64url-encoded, is under 1 KiB when few bits are set and about
  // 22 KiB when half of them are at random; the signed credential around it adds under 1 KiB.
  maxStatusListBytes: 32 * 1024,
}

/** Environment variable overriding each limit. */
export const LIMIT_ENV: Record<keyof RelayLimits, string> = {
  maxFrameBytes: 'LIVRET_MAX_FRAME_BYTES',
  messagesPerSecond: 'LIVRET_MESSAGES_PER_SECOND',
  messageBurst: 'LIVRET_MESSAGE_BURST',
  maxConnectionsPerIp: 'LIVRET_MAX_CONNECTIONS_PER_IP',
  maxConnectionsPerRoom: 'LIVRET_MAX_CONNECTIONS_PER_ROOM',
  maxRoomBytes: 'LIVRET_MAX_ROOM_BYTES',
  maxRoomStructs: 'LIVRET_MAX_ROOM_STRUCTS',
  idleRoomSeconds: 'LIVRET_IDLE_ROOM_SECONDS',
  maxPendingBytes: 'LIVRET_MAX_PENDING_BYTES',
  maxStructsPerUpdate: 'LIVRET_MAX_STRUCTS_PER_UPDATE',
  updateCpuMsPerSecond: 'LIVRET_UPDATE_CPU_MS_PER_SECOND',
  updateCpuBurstMs: 'LIVRET_UPDATE_CPU_BURST_MS',
  updateCpuMaxWaitMs: 'LIVRET_UPDATE_CPU_MAX_WAIT_MS',
  ipCpuMsPerSecond: 'LIVRET_IP_CPU_MS_PER_SECOND',
  ipCpuBurstMs: 'LIVRET_IP_CPU_BURST_MS',
  compactAfterUpdates: 'LIVRET_COMPACT_AFTER_UPDATES',
  compactAfterBytes: 'LIVRET_COMPACT_AFTER_BYTES',
  defaultRoomTtlSeconds: 'LIVRET_DEFAULT_ROOM_TTL_SECONDS',
  sweepSeconds: 'LIVRET_SWEEP_SECONDS',
  maxSocketBufferBytes: 'LIVRET_MAX_SOCKET_BUFFER_BYTES',
  maxCoalescedSyncRequests: 'LIVRET_MAX_COALESCED_SYNC_REQUESTS',
  maxUncachedRepliesPerRoom: 'LIVRET_MAX_UNCACHED_REPLIES_PER_ROOM',
  httpRequestsPerSecond: 'LIVRET_HTTP_REQUESTS_PER_SECOND',
  httpRequestBurst: 'LIVRET_HTTP_REQUEST_BURST',
  signatureVerifiesPerSecond: 'LIVRET_SIGNATURE_VERIFIES_PER_SECOND',
  signatureVerifyBurst: 'LIVRET_SIGNATURE_VERIFY_BURST',
  roomsCreatedPerMinute: 'LIVRET_ROOMS_CREATED_PER_MINUTE',
  bytesStoredPerHour: 'LIVRET_BYTES_STORED_PER_HOUR',
  maxRevokedTokensPerRoom: 'LIVRET_MAX_REVOKED_TOKENS_PER_ROOM',
  maxHandoverBytes: 'LIVRET_MAX_HANDOVER_BYTES',
  handoverSeconds: 'LIVRET_HANDOVER_SECONDS',
  maxHandoverStoredBytes: 'LIVRET_MAX_HANDOVER_STORED_BYTES',
  maxHandoverBytesPerIp: 'LIVRET_MAX_HANDOVER_BYTES_PER_IP',
  handoverWritesPerMinute: 'LIVRET_HANDOVER_WRITES_PER_MINUTE',
  handoverReadsPerMinute: 'LIVRET_HANDOVER_READS_PER_MINUTE',
  maxStatusListBytes: 'LIVRET_MAX_STATUS_LIST_BYTES',
}

/** Limits from defaults, then the environment, then explicit overrides. */
export function resolveLimits(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<RelayLimits> = {},
): RelayLimits {
  const limits = { ...DEFAULT_LIMITS }
  for (const key of Object.keys(LIMIT_ENV) as (keyof RelayLimits)[]) {
    const raw = env[LIMIT_ENV[key]]
    if (raw === undefined || raw === '') continue
    const value = Number(raw)
    if (!Number.isFinite(value) || value < 0)
      throw new Error(`${LIMIT_ENV[key]} must be a non-negative number`)
    limits[key] = value
  }
  return { ...limits, ...overrides }
}
