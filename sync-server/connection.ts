// One WebSocket on /sync/<roomId>?token=: checked at the upgrade (token, IP and room limits,
// revocation, deleted rooms), then the y-websocket sync protocol on the room's envelope.
// Handlers are shared functions (`this` is the socket) rather than closures per socket, to
// keep idle connections small. No exception escapes a handler: a frame that cannot be read
// closes its own socket with a named code, and nothing else.
import type { IncomingMessage } from 'node:http'
import type { WebSocket } from 'ws'
import { CloseCode } from '../src/protocol/close-codes.ts'
import { isRoomId, type RoomId } from '../src/protocol/ids.ts'
import { type TokenClaims, verifyToken } from '../src/protocol/token.ts'
import { chargeIp, ipWait, UPGRADE_COST_MS } from './cpu-budget.ts'
import { handleFrame, processFrame } from './frames.ts'
import { type Hub, nowSeconds, roomIsGone, tokenRevoked } from './hub.ts'
import type { Conn } from './room.ts'
import { noteRoomUse } from './room-upkeep.ts'

const CONN = Symbol('livret-conn')
type SocketWithConn = WebSocket & { [CONN]?: Conn; hub?: Hub }
/** Frames a socket may send before its room is loaded. */
export const MAX_QUEUED_FRAMES = 16
const SYNC_PATH = /^\/sync\/([A-Za-z0-9_-]{1,64})$/

/** Verified tokens by their string, so a storm of joins with one token verifies it once. */
const tokenCache = new Map<string, TokenClaims>()
const TOKEN_CACHE_SIZE = 10_000

function verifyCached(hub: Hub, ip: string, token: string, roomId: string, now: number) {
  const hit = tokenCache.get(token)
  if (hit && hit.roomId === roomId) {
    return hit.expiresAt <= now
      ? ({ ok: false, code: 'token-expired' } as const)
      : ({ ok: true, value: hit } as const)
  }
  // Each miss costs an Ed25519 verification: budgeted per IP, so a stream of fresh tokens
  // cannot keep a core busy.
  if (hub.quotas.verifies.take(ip) > 0) {
    hub.ctx.metrics.refuseQuota('signature-verifies')
    return { ok: false, code: 'over-budget' } as const
  }
  const result = verifyToken(token, roomId, now)
  if (result.ok) {
    if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear()
    tokenCache.set(token, result.value)
  }
  return result
}

/** Parses a sync URL: the room id (possibly invalid) and token, or undefined for other paths. */
export function parseSyncUrl(url: string | undefined): { roomId: string; token: string } | undefined {
  const raw = url ?? '/'
  const q = raw.indexOf('?')
  const match = SYNC_PATH.exec(q < 0 ? raw : raw.slice(0, q))
  if (!match) return undefined
  const token = q < 0 ? '' : (new URLSearchParams(raw.slice(q + 1)).get('token') ?? '')
  return { roomId: match[1] as string, token }
}

/** The client's IP (X-Forwarded-For's last hop only when trustProxy is set). */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for']
    const last = (Array.isArray(forwarded) ? forwarded.join(',') : (forwarded ?? '')).split(',').pop()?.trim()
    if (last) return last
  }
  return req.socket.remoteAddress ?? 'unknown'
}

/**
 * Takes over an upgraded socket for `roomId` with `token`. The upgrade's cost is charged to the
 * address's time budget, so an address opening socket after socket (each sending one hostile
 * frame) pays for it like for frames.
 */
export function acceptSocket(hub: Hub, ws: WebSocket, roomId: string, token: string, ip: string) {
  accept(hub, ws, roomId, token, ip)
  chargeIp(hub, ip, UPGRADE_COST_MS)
}

function accept(hub: Hub, ws: WebSocket, roomId: string, token: string, ip: string): Conn {
  const { metrics, limits } = hub.ctx
  const conn: Conn = {
    ws,
    room: null,
    roomId: roomId as RoomId,
    role: 'read',
    tokenId: '',
    issuedAt: 0,
    expiresAt: Number.POSITIVE_INFINITY,
    ip,
    tokens: limits.messageBurst,
    lastRefill: Date.now(),
    bytesIn: 0,
    bytesOut: 0,
    queue: [],
    alive: true,
    closed: false,
    opened: false,
  }
  const socket = ws as SocketWithConn
  socket[CONN] = conn
  socket.hub = hub
  ws.close = closeWithNamedCode
  ws.on('message', onMessage)
  ws.on('close', onClose)
  ws.on('error', onError)
  ws.on('pong', onPong)
  hub.conns.add(conn)
  metrics.connections++
  const count = (hub.perIp.get(ip) ?? 0) + 1
  hub.perIp.set(ip, count)
  if (count > limits.maxConnectionsPerIp) {
    hub.close(conn, 'room-busy')
    return conn
  }
  // An address whose sockets already used up its time budget gets no new ones meanwhile.
  if (ipWait(hub, ip) > limits.updateCpuMaxWaitMs) {
    metrics.refuseQuota('ip-cpu')
    hub.close(conn, 'cpu-budget')
    return conn
  }
  const now = nowSeconds()
  const verified = isRoomId(roomId)
    ? verifyCached(hub, ip, token, roomId, now)
    : ({ ok: false, code: 'token-wrong-room' } as const)
  if (!verified.ok) {
    if (verified.code === 'over-budget') hub.close(conn, 'rate-limited')
    else hub.close(conn, verified.code === 'token-expired' ? 'token-expired' : 'token-invalid')
    return conn
  }
  conn.role = verified.value.role
  conn.tokenId = verified.value.tokenId
  conn.issuedAt = verified.value.issuedAt
  conn.expiresAt = verified.value.expiresAt
  hub.open(conn.roomId).then(
    (room) => {
      if (conn.closed) return
      // Dropped between loading and joining (deleted meanwhile, or evicted): let the client retry.
      if (room !== 'gone' && room.gone) return hub.close(conn, 'reloaded')
      if (room === 'gone' || roomIsGone(room.meta, nowSeconds(), limits.defaultRoomTtlSeconds)) {
        return hub.close(conn, 'room-gone')
      }
      if (tokenRevoked(room.meta, conn.tokenId, conn.issuedAt)) return hub.close(conn, 'token-revoked')
      if (room.conns.size >= limits.maxConnectionsPerRoom) return hub.close(conn, 'room-busy')
      conn.room = room
      room.conns.add(conn)
      room.emptySince = 0
      conn.opened = true
      hub.accessLog(conn, 'open')
      noteRoomUse(hub, room)
      hub.ctx.log.debug({ room: room.label, tokenId: conn.tokenId, role: conn.role }, 'socket open')
      hub.send(conn, room.syncStep1())
      const queued = conn.queue ?? []
      conn.queue = null
      for (const frame of queued) handleFrame(hub, conn, frame)
    },
    (error) => {
      hub.ctx.log.error({ err: String(error) }, 'room load failed')
      hub.close(conn, 'internal-error')
    },
  )
  return conn
}

/**
 * ws closes by itself on frames it cannot read (1009 oversized, 1002 protocol error, 1007
 * invalid payload) before telling us; map them to the relay's named codes.
 */
function closeWithNamedCode(this: WebSocket, code?: number, reason?: string | Buffer): void {
  const socket = this as SocketWithConn
  const conn = socket[CONN]
  const named =
    code === 1009 ? 'frame-too-large' : code === 1002 || code === 1007 ? 'malformed-frame' : undefined
  if (named && conn && socket.hub && !conn.closed) {
    conn.closed = true
    socket.hub.leave(conn)
    socket.hub.ctx.metrics.refuse(named)
    Object.getPrototypeOf(this).close.call(this, CloseCode[named], named)
    return
  }
  Object.getPrototypeOf(this).close.call(this, code, reason)
}

function onMessage(this: WebSocket, data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) {
  const socket = this as SocketWithConn
  const conn = socket[CONN]
  const hub = socket.hub
  if (!conn || !hub || conn.closed) return
  try {
    const frame = Array.isArray(data)
      ? Buffer.concat(data)
      : data instanceof ArrayBuffer
        ? new Uint8Array(data)
        : (data as Uint8Array)
    conn.bytesIn += frame.length
    hub.ctx.metrics.bytesIn += frame.length
    const { messagesPerSecond, messageBurst } = hub.ctx.limits
    const now = Date.now()
    conn.tokens = Math.min(messageBurst, conn.tokens + ((now - conn.lastRefill) / 1000) * messagesPerSecond)
    conn.lastRefill = now
    if (conn.tokens < 1) return hub.close(conn, 'rate-limited')
    conn.tokens -= 1
    if (!isBinary) return hub.close(conn, 'malformed-frame')
    if (conn.queue) {
      // Frames that arrive while the room loads wait, within a small budget.
      if (conn.queue.length >= MAX_QUEUED_FRAMES) return hub.close(conn, 'rate-limited')
      conn.queue.push(frame)
      return
    }
    if (conn.throttled) {
      if (conn.throttled.length >= MAX_QUEUED_FRAMES) return hub.close(conn, 'rate-limited')
      conn.throttled.push(frame)
      return
    }
    processFrame(this, hub, conn, [frame])
  } catch (error) {
    hub.ctx.log.warn({ err: String(error) }, 'message handler failed')
    hub.close(conn, 'malformed-frame')
  }
}

function onClose(this: WebSocket): void {
  const socket = this as SocketWithConn
  const conn = socket[CONN]
  const hub = socket.hub
  if (!conn || !hub) return
  delete socket[CONN]
  conn.closed = true
  hub.leave(conn)
  hub.conns.delete(conn)
  hub.ctx.metrics.connections--
  const count = (hub.perIp.get(conn.ip) ?? 1) - 1
  if (count <= 0) hub.perIp.delete(conn.ip)
  else hub.perIp.set(conn.ip, count)
  if (conn.opened) hub.accessLog(conn, 'close')
}

function onError(this: WebSocket): void {
  // A socket error is followed by 'close'; nothing to do but not let it escape.
}

function onPong(this: WebSocket): void {
  const conn = (this as SocketWithConn)[CONN]
  if (conn) conn.alive = true
}

/** Every 30 s: terminates sockets that did not answer the previous ping, pings the others. */
export function heartbeat(hub: Hub): void {
  for (const conn of hub.conns) {
    if (!conn.alive) {
      conn.ws.terminate()
      continue
    }
    conn.alive = false
    try {
      conn.ws.ping()
    } catch {
      // closing socket
    }
  }
}
