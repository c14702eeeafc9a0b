// HTTP endpoints of rooms: signed owner statements (revoke, delete, expire), the owner's
// content-free access log, and a status check that tells a client in plain terms why it
// cannot connect. Answers are JSON { ok: true, ... } or { ok: false, code }. Each client IP has
// a request bucket and a signature-verification budget (429 + Retry-After past them).
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isRoomId, type RoomId } from '../../src/protocol/ids.ts'
import {
  MAX_ROOM_TTL,
  MAX_STATEMENT_BYTES,
  STATEMENT_MAX_SKEW,
  verifyStatement,
} from '../../src/protocol/statement.ts'
import { verifyToken } from '../../src/protocol/token.ts'
import { type Hub, nowSeconds, roomIsGone, tokenRevoked } from '../hub.ts'
import { roomLabel } from '../log.ts'
import type { MetaChange } from '../storage/types.ts'
import { replyJson, tooMany } from './json.ts'

const ROOM_PATH = /^\/rooms\/([A-Za-z0-9_-]{1,64})\/(revoke|delete|expire|log|status)$/

const reply = (hub: Hub, res: ServerResponse, status: number, body: Record<string, unknown>): void =>
  replyJson(hub.ctx.metrics, res, status, body)

async function readBody(req: IncomingMessage): Promise<unknown> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > MAX_STATEMENT_BYTES * 2) throw new Error('too large')
    chunks.push(chunk as Buffer)
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8'))
}

/** Takes one signature verification from the IP's budget; false (429 sent) when it is empty. */
function budgetVerify(hub: Hub, ip: string, res: ServerResponse): boolean {
  const wait = hub.quotas.verifies.take(ip)
  if (wait > 0) tooMany(hub.ctx.metrics, res, wait, 'signature-verifies')
  return wait === 0
}

/** Handles /rooms/<id>/<action>; resolves false when the path is not one of them. */
export async function handleRoomsApi(
  hub: Hub,
  req: IncomingMessage,
  res: ServerResponse,
  ip: string,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://x')
  const match = ROOM_PATH.exec(url.pathname)
  if (!match) return false
  // Every request to a room endpoint is charged to its IP before any work (body, signature).
  const wait = hub.quotas.http.take(ip)
  if (wait > 0) {
    tooMany(hub.ctx.metrics, res, wait, 'http-requests')
    return true
  }
  const [, id = '', action] = match
  if (!isRoomId(id)) {
    reply(hub, res, 404, { ok: false, code: 'room-invalid' })
    return true
  }
  const roomId = id as RoomId
  if (action === 'log' || action === 'status') {
    if (req.method !== 'GET') {
      reply(hub, res, 405, { ok: false, code: 'method-not-allowed' })
      return true
    }
    if (budgetVerify(hub, ip, res))
      await readRoom(hub, roomId, action, url.searchParams.get('token') ?? '', res)
    return true
  }
  if (req.method !== 'POST') {
    reply(hub, res, 405, { ok: false, code: 'method-not-allowed' })
    return true
  }
  let body: unknown
  try {
    body = await readBody(req)
  } catch {
    reply(hub, res, 400, { ok: false, code: 'statement-malformed' })
    return true
  }
  if (budgetVerify(hub, ip, res))
    await applyStatement(hub, roomId, action as 'revoke' | 'delete' | 'expire', body, res)
  return true
}

async function readRoom(
  hub: Hub,
  roomId: RoomId,
  action: 'log' | 'status',
  token: string,
  res: ServerResponse,
) {
  const { storage, limits } = hub.ctx
  const now = nowSeconds()
  const verified = verifyToken(token, roomId, now)
  if (!verified.ok) {
    const code = verified.code === 'token-expired' ? 'token-expired' : 'token-invalid'
    reply(hub, res, action === 'status' ? 200 : 401, { ok: false, code })
    return
  }
  const meta = hub.rooms.get(roomId)?.meta ?? (await storage.getMeta(roomId))
  const claims = verified.value
  const code = roomIsGone(meta, now, limits.defaultRoomTtlSeconds)
    ? 'room-gone'
    : tokenRevoked(meta, claims.tokenId, claims.issuedAt)
      ? 'token-revoked'
      : undefined
  if (action === 'status') {
    reply(
      hub,
      res,
      200,
      code ? { ok: false, code } : { ok: true, role: claims.role, expiresAt: claims.expiresAt },
    )
    return
  }
  if (code) return reply(hub, res, code === 'room-gone' ? 404 : 403, { ok: false, code })
  if (claims.role !== 'write') return reply(hub, res, 403, { ok: false, code: 'forbidden' })
  reply(hub, res, 200, { ok: true, log: await storage.readAccessLog(roomId) })
}

async function applyStatement(
  hub: Hub,
  roomId: RoomId,
  action: 'revoke' | 'delete' | 'expire',
  body: unknown,
  res: ServerResponse,
) {
  const { storage, bus, log } = hub.ctx
  const now = nowSeconds()
  const verified = verifyStatement(body, roomId, now)
  if (!verified.ok) {
    return reply(hub, res, verified.code === 'statement-bad-signature' ? 403 : 400, {
      ok: false,
      code: verified.code,
    })
  }
  const { statement, id } = verified.value
  if (statement.type !== action) return reply(hub, res, 400, { ok: false, code: 'statement-wrong-type' })
  const meta = await storage.getMeta(roomId)
  if (meta.deletedAt !== null) return reply(hub, res, 404, { ok: false, code: 'room-gone' })
  const change: MetaChange = {}
  if (statement.type === 'revoke') {
    if (statement.tokenIds) change.revokeTokenIds = statement.tokenIds
    change.maxRevokedTokenIds = hub.ctx.limits.maxRevokedTokensPerRoom
    if (statement.before !== undefined) change.revokeBefore = statement.before
  } else if (statement.type === 'expire') {
    const at = statement.at as number
    if (at > now + MAX_ROOM_TTL) return reply(hub, res, 400, { ok: false, code: 'expire-too-far' })
    change.expiresAt = at
  }
  const forgetAfter = statement.issuedAt + STATEMENT_MAX_SKEW + 60
  const applied = await hub.ctx.metrics.timeStorage(storage.applyStatement(roomId, id, forgetAfter, change))
  if (applied === 'replay') return reply(hub, res, 409, { ok: false, code: 'statement-replayed' })
  if (applied === 'revocation-list-full')
    return reply(hub, res, 413, { ok: false, code: 'revocation-list-full' })
  log.info({ room: roomLabel(roomId), statement: statement.type }, 'statement applied')
  if (statement.type === 'delete' || (statement.type === 'expire' && (statement.at as number) <= now)) {
    await hub.deleteRoom(roomId)
    return reply(hub, res, 200, { ok: true })
  }
  const room = hub.rooms.get(roomId)
  if (room) room.meta = await storage.getMeta(roomId)
  if (statement.type === 'revoke') {
    if (room) hub.closeRevoked(room)
    await bus
      .publish(roomId, {
        type: 'revoke',
        origin: bus.instanceId,
        tokenIds: change.revokeTokenIds ?? [],
        before: change.revokeBefore ?? 0,
      })
      .catch(() => {})
  }
  reply(hub, res, 200, { ok: true, ...(statement.type === 'expire' ? { expiresAt: statement.at } : {}) })
}
