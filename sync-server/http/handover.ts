// Short handover records (docs/protocol.md §13): opaque sealed bytes kept under a short id for at
// most a day, so that a QR code can hold `<origin>/h#<id>.<key>` instead of a whole capability link.
// The relay never sees the key (it stays in the link's fragment), so it stores what it cannot read.
// Decisions:
// - Read once: a GET answers the bytes and deletes them. A handover is handed to one person; once
//   used, a photo of the code or an overheard code is worth nothing, and guessing stops paying.
// - Kept in the relay's storage (storage/handovers.ts), not in process memory: with Redis every
//   instance behind one name answers every code, and with SQLite a restart does not break a code
//   shown at a desk. Bounded: size per record, bytes of all records, bytes per client IP (stored
//   as a hash of the IP), per-IP write and read buckets (those per instance).
// - Every read is charged to the IP's read bucket, found or not, which bounds online guessing of the
//   typed 15-digit codes (≈ 50 bits): 20 reads a minute per IP by default.
import { createHash } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { isHandoverId } from '../../src/protocol/handover.ts'
import type { RelayLimits } from '../limits.ts'
import type { Metrics } from '../metrics.ts'
import { Quota } from '../quotas.ts'
import type { HandoverStorage } from '../storage/handovers.ts'
import { replyJson, sendJson, tooMany } from './json.ts'

const PATH = /^\/handover\/([^/]{0,128})$/

/** Who left a record, as the storage keeps it: a hash of the client IP, never the IP itself. */
export const handoverOwner = (ip: string): string =>
  createHash('sha256').update(`livret-handover\0${ip}`).digest('hex').slice(0, 24)

/** The relay's handover records (in its storage) and their per-IP buckets. */
export class HandoverStore {
  readonly writes: Quota
  readonly reads: Quota

  constructor(
    readonly limits: Pick<
      RelayLimits,
      | 'maxHandoverBytes'
      | 'handoverSeconds'
      | 'maxHandoverStoredBytes'
      | 'maxHandoverBytesPerIp'
      | 'handoverWritesPerMinute'
      | 'handoverReadsPerMinute'
    >,
    private readonly storage: HandoverStorage,
    private readonly now: () => number = Date.now,
  ) {
    this.writes = new Quota(
      'handover-writes',
      limits.handoverWritesPerMinute / 60,
      limits.handoverWritesPerMinute,
      now,
    )
    this.reads = new Quota(
      'handover-reads',
      limits.handoverReadsPerMinute / 60,
      limits.handoverReadsPerMinute,
      now,
    )
  }

  /** Records held now (tests, metrics). */
  size(): Promise<number> {
    return this.storage.countHandovers()
  }

  /** Erases expired records. */
  async sweep(): Promise<void> {
    await this.storage.sweepHandovers(this.now())
  }

  /** Keeps `bytes` under `id` for `seconds` (capped at handoverSeconds) for the client `ip`; a code when refused. */
  async put(
    id: string,
    bytes: Uint8Array,
    seconds: number,
    ip: string,
  ): Promise<{ ok: true; expiresAt: number } | { ok: false; code: string }> {
    const life = Math.max(1, Math.min(this.limits.handoverSeconds, Math.floor(seconds)))
    const now = this.now()
    const expiresAt = now + life * 1000
    const caps = {
      maxTotalBytes: this.limits.maxHandoverStoredBytes,
      maxOwnerBytes: this.limits.maxHandoverBytesPerIp,
    }
    const done = await this.storage.putHandover(id, bytes, expiresAt, handoverOwner(ip), caps, now)
    return done === 'stored'
      ? { ok: true, expiresAt: Math.floor(expiresAt / 1000) }
      : { ok: false, code: done }
  }

  /** Takes the record under `id` (it is deleted), or undefined when there is none. */
  async take(id: string): Promise<Uint8Array | undefined> {
    return (await this.storage.takeHandover(id, this.now())) ?? undefined
  }
}

/** The body, or undefined past `max` bytes. An oversized body is read to its end (so the 413 reaches
 * the client) unless it passes 16 × max, where the socket is cut. */
async function readBytes(req: IncomingMessage, max: number): Promise<Uint8Array | undefined> {
  let size = 0
  const chunks: Buffer[] = []
  for await (const chunk of req) {
    size += (chunk as Buffer).length
    if (size > max * 16) {
      req.destroy()
      return undefined
    }
    if (size <= max) chunks.push(chunk as Buffer)
  }
  return size > max ? undefined : new Uint8Array(Buffer.concat(chunks))
}

/** Handles `PUT /handover/<id>` and `GET /handover/<id>`; resolves false for other paths. */
export async function handleHandover(
  store: HandoverStore,
  metrics: Metrics,
  req: IncomingMessage,
  res: ServerResponse,
  ip: string,
): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://x')
  const match = PATH.exec(url.pathname)
  if (!match) return false
  const refuse = (status: number, code: string) => replyJson(metrics, res, status, { ok: false, code })
  const id = match[1] ?? ''
  if (req.method !== 'GET' && req.method !== 'PUT') {
    refuse(405, 'method-not-allowed')
    return true
  }
  const bucket = req.method === 'GET' ? store.reads : store.writes
  const wait = bucket.take(ip)
  if (wait > 0) {
    tooMany(metrics, res, wait, bucket.name)
    return true
  }
  if (!isHandoverId(id)) {
    refuse(404, 'handover-invalid')
    return true
  }
  if (req.method === 'GET') {
    const bytes = await store.take(id)
    if (!bytes) refuse(404, 'handover-gone')
    else
      res
        .writeHead(200, { 'content-type': 'application/octet-stream', 'cache-control': 'no-store' })
        .end(Buffer.from(bytes))
    return true
  }
  const bytes = await readBytes(req, store.limits.maxHandoverBytes)
  if (!bytes) {
    refuse(413, 'handover-too-large')
    return true
  }
  if (bytes.length === 0) {
    refuse(400, 'handover-empty')
    return true
  }
  const ttl = Number(url.searchParams.get('ttl') ?? store.limits.handoverSeconds)
  const put = await store.put(id, bytes, Number.isFinite(ttl) ? ttl : store.limits.handoverSeconds, ip)
  if (put.ok) sendJson(res, 201, { ok: true, expiresAt: put.expiresAt })
  else if (put.code === 'handover-owner-full') {
    // This address holds its share of records already: it frees up as they are taken or expire.
    replyJson(metrics, res, 429, { ok: false, code: put.code }, { 'retry-after': '60' })
  } else refuse(put.code === 'handover-exists' ? 409 : 507, put.code)
  return true
}
