// The relay's time budgets: the time spent on a socket's frames (decoding, checking, applying,
// storing, answering) is charged to its token and to its client IP, each a bucket draining at a
// steady rate. A socket past either budget is paused until it drained (frames.ts); past the
// longest wait, it is closed with 4430 'cpu-budget'. Per token, so reconnecting does not refill
// it and one client's updates never pause another's; per IP, so that many tokens or sockets
// from one address (anyone can mint tokens for a room of their own) cannot together take the
// relay; the IP's budget is larger, since households and offices share an address.
import type { Hub } from './hub.ts'
import type { Conn } from './room.ts'

type Bucket = { ms: number; at: number }

/**
 * Charged time by relay: per token (by room, then token id) and per IP. Keyed by the socket's own
 * strings, never by a string built per frame (a fresh key is a concatenation and a hash each
 * time). Buckets that drained to zero are forgotten by sweepBudgets, once a second, rather than
 * on every frame: an honest socket's bucket drains between its frames, and would otherwise be
 * deleted and created again each time.
 */
interface Budgets {
  tokens: Map<string, Map<string, Bucket>>
  ips: Map<string, Bucket>
}

const byHub = new WeakMap<Hub, Budgets>()

function budgetsOf(hub: Hub): Budgets {
  let budgets = byHub.get(hub)
  if (!budgets) {
    budgets = { tokens: new Map(), ips: new Map() }
    byHub.set(hub, budgets)
  }
  return budgets
}

/** Lets a bucket drain at `perSecond` up to `now`. */
function drain(bucket: Bucket, perSecond: number, now: number): Bucket {
  bucket.ms = Math.max(0, bucket.ms - ((now - bucket.at) / 1000) * perSecond)
  bucket.at = now
  return bucket
}

function tokenBucket(budgets: Budgets, conn: Conn, now: number): Bucket {
  let room = budgets.tokens.get(conn.roomId)
  if (!room) {
    room = new Map()
    budgets.tokens.set(conn.roomId, room)
  }
  let bucket = room.get(conn.tokenId)
  if (!bucket) {
    bucket = { ms: 0, at: now }
    room.set(conn.tokenId, bucket)
  }
  return bucket
}

function ipBucket(budgets: Budgets, ip: string, now: number): Bucket {
  let bucket = budgets.ips.get(ip)
  if (!bucket) {
    bucket = { ms: 0, at: now }
    budgets.ips.set(ip, bucket)
  }
  return bucket
}

/**
 * CPU time of this process (ms), user + system: what update frames are charged. Wall time would
 * also count the moments the host gave the relay's core to another process, so on a busy host
 * honest writers would be paused for the host's load. A system call (a few µs): frames that
 * cost little (sync requests) are timed with the clock instead (frames.ts).
 */
export function cpuNow(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** Milliseconds until a bucket (if any) is back within its burst (Infinity when it never drains). */
function waitOf(bucket: Bucket | undefined, perSecond: number, burst: number, now: number): number {
  if (!bucket) return 0
  const over = drain(bucket, perSecond, now).ms - burst
  if (over <= 0) return 0
  return perSecond > 0 ? (over / perSecond) * 1000 : Number.POSITIVE_INFINITY
}

/** Milliseconds until an IP's sockets may go on (0: now). */
export function ipWait(hub: Hub, ip: string, now = performance.now()): number {
  const { ipCpuMsPerSecond, ipCpuBurstMs } = hub.ctx.limits
  return waitOf(budgetsOf(hub).ips.get(ip), ipCpuMsPerSecond, ipCpuBurstMs, now)
}

/** The answer for a socket within both budgets (every honest frame): nothing allocated. */
const NO_WAIT: { readonly ms: number; readonly by: 'token' | 'ip' } = Object.freeze({ ms: 0, by: 'token' })

/**
 * Milliseconds until the socket's token and IP are both back within their bursts, and which of
 * the two holds it longer. `now`: performance.now(), when the caller already read it.
 */
export function budgetWait(
  hub: Hub,
  conn: Conn,
  now = performance.now(),
): { readonly ms: number; readonly by: 'token' | 'ip' } {
  const { updateCpuMsPerSecond, updateCpuBurstMs } = hub.ctx.limits
  const token = conn.tokenId
    ? waitOf(
        budgetsOf(hub).tokens.get(conn.roomId)?.get(conn.tokenId),
        updateCpuMsPerSecond,
        updateCpuBurstMs,
        now,
      )
    : 0
  const ip = ipWait(hub, conn.ip, now)
  if (ip === 0 && token === 0) return NO_WAIT
  return ip > token ? { ms: ip, by: 'ip' } : { ms: token, by: 'token' }
}

/**
 * Charges `ms` of relay time to the socket's token and IP. An update is admitted when both had
 * time left as it arrived, whatever it then costs (so one large honest update is never refused
 * for the machine being slow); the next frames wait until the time drains. `now`:
 * performance.now(), when the caller already read it.
 */
export function charge(hub: Hub, conn: Conn, ms: number, now = performance.now()): void {
  if (!(ms > 0)) return
  const { updateCpuMsPerSecond, ipCpuMsPerSecond } = hub.ctx.limits
  const budgets = budgetsOf(hub)
  if (conn.tokenId) drain(tokenBucket(budgets, conn, now), updateCpuMsPerSecond, now).ms += ms
  drain(ipBucket(budgets, conn.ip, now), ipCpuMsPerSecond, now).ms += ms
  conn.cpuMs = (conn.cpuMs ?? 0) + ms
  hub.ctx.metrics.checkMs += ms
}

/**
 * Relay time (ms) an upgrade costs before any of the relay's code runs (HTTP parsing, the
 * WebSocket handshake, socket setup), charged to the address of each new socket: measured
 * around 0.2–0.5 ms on loopback. Token verifications have their own per-IP budget (quotas.ts).
 */
export const UPGRADE_COST_MS = 0.5

/** Charges `ms` to an address alone (a socket's upgrade, before it has a token). */
export function chargeIp(hub: Hub, ip: string, ms: number): void {
  const now = performance.now()
  drain(ipBucket(budgetsOf(hub), ip, now), hub.ctx.limits.ipCpuMsPerSecond, now).ms += ms
}

/** Closes a socket whose wait passed the longest allowed, counting the IP's quota when it was the IP's. */
export function refuseOverBudget(hub: Hub, conn: Conn, by: 'token' | 'ip'): void {
  if (by === 'ip') hub.ctx.metrics.refuseQuota('ip-cpu')
  hub.close(conn, 'cpu-budget')
}

/** Once a second (hub tick): drains every bucket, forgetting those back at zero. */
export function sweepBudgets(hub: Hub): void {
  const { updateCpuMsPerSecond, ipCpuMsPerSecond } = hub.ctx.limits
  const { tokens, ips } = budgetsOf(hub)
  const now = performance.now()
  for (const [ip, bucket] of ips) if (drain(bucket, ipCpuMsPerSecond, now).ms === 0) ips.delete(ip)
  for (const [roomId, room] of tokens) {
    for (const [tokenId, bucket] of room)
      if (drain(bucket, updateCpuMsPerSecond, now).ms === 0) room.delete(tokenId)
    if (room.size === 0) tokens.delete(roomId)
  }
}
