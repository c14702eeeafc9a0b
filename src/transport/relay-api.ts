// HTTP side of the relay for share owners and recipients (docs/protocol.md §7): signed owner
// statements (revoke, delete, expire), the status check that says why a token cannot connect,
// and the content-free access log. Browser-safe: fetch only. Network failures come back as
// 'relay-unreachable', never as exceptions.

import * as v from 'valibot'
import { fail, ok, type Result } from '../domain/index.ts'
import {
  type AccessLogEntry,
  AccessLogSchema,
  type Role,
  type RoomId,
  type Statement,
  signStatement,
} from '../protocol/index.ts'

/** Why the relay refused or could not be reached. */
export type RelayCode = 'relay-unreachable' | (string & {})

/** What a token's status check says. */
export type TokenStatus =
  | { ok: true; role: Role; expiresAt: number }
  | { ok: false; code: 'token-invalid' | 'token-expired' | 'token-revoked' | 'room-gone' }

/** One entry of a room's access log (no content): the relay's own definition, from the protocol. */
export type AccessEvent = AccessLogEntry

const base = (origin: string, roomId: RoomId, action: string): string =>
  `${origin.replace(/\/+$/, '')}/rooms/${roomId}/${action}`

async function requestJson(
  url: string,
  init?: RequestInit,
): Promise<Result<Record<string, unknown>, string>> {
  let res: Response
  try {
    res = await fetch(url, { ...init, cache: 'no-store' })
  } catch {
    return fail('relay-unreachable')
  }
  try {
    const body = (await res.json()) as unknown
    if (typeof body === 'object' && body !== null) return ok(body as Record<string, unknown>)
  } catch {
    // Not JSON: a proxy page, a static server without the relay.
  }
  return fail('relay-unreachable')
}

/** Signs and posts an owner statement; ok once the relay applied it. */
export async function postStatement(
  origin: string,
  signingSecret: Uint8Array,
  statement: Omit<Statement, 'v' | 'room' | 'issuedAt'> & { room: RoomId },
  nowSeconds: number = Math.floor(Date.now() / 1000),
): Promise<Result<void, RelayCode>> {
  const signed = signStatement(signingSecret, { v: 1, issuedAt: nowSeconds, ...statement })
  const r = await requestJson(base(origin, statement.room, statement.type), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(signed),
  })
  if (!r.ok) return r
  return r.value.ok === true ? ok(undefined) : fail(String(r.value.code ?? 'relay-unreachable'))
}

/** Asks the relay whether `token` may connect to `roomId`, and if not, why. */
export async function tokenStatus(
  origin: string,
  roomId: RoomId,
  token: string,
): Promise<Result<TokenStatus, 'relay-unreachable'>> {
  const r = await requestJson(`${base(origin, roomId, 'status')}?token=${encodeURIComponent(token)}`)
  if (!r.ok) return fail('relay-unreachable')
  const body = r.value
  if (body.ok === true && typeof body.role === 'string' && typeof body.expiresAt === 'number')
    return ok({ ok: true, role: body.role as Role, expiresAt: body.expiresAt })
  const code = body.code
  if (
    code === 'token-invalid' ||
    code === 'token-expired' ||
    code === 'token-revoked' ||
    code === 'room-gone'
  )
    return ok({ ok: false, code })
  return fail('relay-unreachable')
}

/** Reads a room's access log with a write token (oldest first, at most the relay's last 500). */
export async function readAccessLog(
  origin: string,
  roomId: RoomId,
  writeToken: string,
): Promise<Result<AccessEvent[], RelayCode>> {
  const r = await requestJson(`${base(origin, roomId, 'log')}?token=${encodeURIComponent(writeToken)}`)
  if (!r.ok) return r
  if (r.value.ok !== true) return fail(String(r.value.code ?? 'relay-unreachable'))
  // Checked like any answer from the network: a log that is not the relay's is no log at all.
  const log = v.safeParse(AccessLogSchema, r.value.log)
  return log.success ? ok(log.output) : fail('relay-unreachable')
}
