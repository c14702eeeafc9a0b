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
 * Charged time by relay, then by key ('t:<room>/<token>' or 'i:<ip>'); buckets that drained to
 * zero are forgotten (sweepBudgets drains those nobody touches any more).
 */
const byHub = new WeakMap<Hub, Map<string, Bucket>>()

function bucketsOf(hub: Hub): Map<string, Bucket> {
  let map = byHub.get(hub)
  if (!map) {
    map = new Map()
    byHub.set(hub, map)
  }
  return map
}

function drained(buckets: Map<string, Bucket>, key: string, perSecond: number, now: number): Bucket {
  const bucket = buckets.get(key) ?? { ms: 0, at: now }
  bucket.ms = Math.max(0, bucket.ms - ((now - bucket.at) / 1000) * perSecond)
  bucket.at = now
  if (bucket.ms === 0) buckets.delete(key)
  else buckets.set(key, bucket)
  return bucket
}

const tokenKey = (conn: Conn) => `t:${conn.roomId}/${conn.tokenId}`
const ipKey = (ip: string) => `i:${ip}`

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

/** Milliseconds until a bucket is back within its burst (Infinity when it never drains). */
function waitOf(hub: Hub, key: string, perSecond: number, burst: number, now: number): number {
  const over = drained(bucketsOf(hub), key, perSecond, now).ms - burst
  if (over <= 0) return 0
  return perSecond > 0 ? (over / perSecond) * 1000 : Number.POSITIVE_INFINITY
}

/** Milliseconds until an IP's sockets may go on (0: now). */
export function ipWait(hub: Hub, ip: string): number {
  const { ipCpuMsPerSecond, ipCpuBurstMs } = hub.ctx.limits
  return waitOf(hub, ipKey(ip), ipCpuMsPerSecond, ipCpuBurstMs, performance.now())
}

/**
 * Milliseconds until the socket's token and IP are both back within their bursts, and which of
 * the two holds it longer.
 */
export function budgetWait(hub: Hub, conn: Conn): { ms: number; by: 'token' | 'ip' } {
  const { updateCpuMsPerSecond, updateCpuBurstMs } = hub.ctx.limits
  const token = conn.tokenId
    ? waitOf(hub, tokenKey(conn), updateCpuMsPerSecond, updateCpuBurstMs, performance.now())
    : 0
  const ip = ipWait(hub, conn.ip)
  return ip > token ? { ms: ip, by: 'ip' } : { ms: token, by: 'token' }
}

/**
 * Charges `ms` of relay time to the socket's token and IP. An update is admitted when both had
 * time left as it arrived, whatever it then costs (so one large honest update is never refused
 * for the machine being slow); the next frames wait until the time drains.
 */
export function charge(hub: Hub, conn: Conn, ms: number): void {
  if (!(ms > 0)) return
  const { updateCpuMsPerSecond, ipCpuMsPerSecond } = hub.ctx.limits
  const now = performance.now()
  const buckets = bucketsOf(hub)
  const add = (key: string, perSecond: number) => {
    const bucket = drained(buckets, key, perSecond, now)
    bucket.ms += ms
    buckets.set(key, bucket)
  }
  if (conn.tokenId) add(tokenKey(conn), updateCpuMsPerSecond)
  add(ipKey(conn.ip), ipCpuMsPerSecond)
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
  const buckets = bucketsOf(hub)
  const bucket = drained(buckets, ipKey(ip), hub.ctx.limits.ipCpuMsPerSecond, performance.now())
  bucket.ms += ms
  buckets.set(ipKey(ip), bucket)
}

/** Closes a socket whose wait passed the longest allowed, counting the IP's quota when it was the IP's. */
export function refuseOverBudget(hub: Hub, conn: Conn, by: 'token' | 'ip'): void {
  if (by === 'ip') hub.ctx.metrics.refuseQuota('ip-cpu')
  hub.close(conn, 'cpu-budget')
}

/** Once a second (hub tick): drains every bucket, forgetting those back at zero. */
export function sweepBudgets(hub: Hub): void {
  const { updateCpuMsPerSecond, ipCpuMsPerSecond } = hub.ctx.limits
  const buckets = bucketsOf(hub)
  const now = performance.now()
  for (const key of [...buckets.keys()])
    drained(buckets, key, key.startsWith('i:') ? ipCpuMsPerSecond : updateCpuMsPerSecond, now)
}
