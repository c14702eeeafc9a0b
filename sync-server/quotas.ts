// Per-client-IP quotas: token buckets keyed by IP, one family per quota (HTTP requests,
// signature verifications, rooms created, bytes stored). A bucket starts full and refills at
// `rate` per second up to `burst`; a refusal says how long until the cost fits (Retry-After).
// Memory is bounded: at most MAX_KEYS buckets per family, full buckets are forgotten first.
import type { RelayLimits } from './limits.ts'

/** Largest number of IPs tracked per quota; past it, full (idle) buckets are dropped. */
export const MAX_KEYS = 50_000

/** Names of the quotas, as metric labels. */
export type QuotaName =
  | 'http-requests'
  | 'signature-verifies'
  | 'rooms-created'
  | 'bytes-stored'
  | 'handover-writes'
  | 'handover-reads'

interface Bucket {
  level: number
  at: number
}

/** One family of token buckets. */
export class Quota {
  private readonly buckets = new Map<string, Bucket>()

  constructor(
    readonly name: QuotaName,
    /** Refill per second. */
    private readonly rate: number,
    /** Capacity. */
    private readonly burst: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes `cost` from `key`'s bucket: 0 when granted, else seconds until it would be (≥ 1). */
  take(key: string, cost = 1): number {
    const t = this.now()
    let bucket = this.buckets.get(key)
    if (!bucket) {
      if (this.buckets.size >= MAX_KEYS) this.prune(t)
      bucket = { level: this.burst, at: t }
      this.buckets.set(key, bucket)
    }
    bucket.level = Math.min(this.burst, bucket.level + ((t - bucket.at) / 1000) * this.rate)
    bucket.at = t
    if (bucket.level >= cost) {
      bucket.level -= cost
      return 0
    }
    if (this.rate <= 0) return 3600
    return Math.max(1, Math.ceil((Math.min(cost, this.burst) - bucket.level) / this.rate))
  }

  /** Gives back `cost` (work refused later for another reason). */
  refund(key: string, cost = 1): void {
    const bucket = this.buckets.get(key)
    if (bucket) bucket.level = Math.min(this.burst, bucket.level + cost)
  }

  /** Drops buckets that refilled completely; if none, the oldest half. */
  private prune(t: number): void {
    for (const [key, b] of this.buckets)
      if (b.level + ((t - b.at) / 1000) * this.rate >= this.burst) this.buckets.delete(key)
    if (this.buckets.size < MAX_KEYS) return
    let drop = this.buckets.size / 2
    for (const key of this.buckets.keys()) {
      if (drop-- <= 0) break
      this.buckets.delete(key)
    }
  }
}

/** The relay's per-IP quotas. */
export interface Quotas {
  http: Quota
  verifies: Quota
  roomsCreated: Quota
  bytesStored: Quota
}

/** Builds the quotas from the limits. */
export function createQuotas(
  limits: Pick<
    RelayLimits,
    | 'httpRequestsPerSecond'
    | 'httpRequestBurst'
    | 'signatureVerifiesPerSecond'
    | 'signatureVerifyBurst'
    | 'roomsCreatedPerMinute'
    | 'bytesStoredPerHour'
  >,
): Quotas {
  return {
    http: new Quota('http-requests', limits.httpRequestsPerSecond, limits.httpRequestBurst),
    verifies: new Quota('signature-verifies', limits.signatureVerifiesPerSecond, limits.signatureVerifyBurst),
    roomsCreated: new Quota('rooms-created', limits.roomsCreatedPerMinute / 60, limits.roomsCreatedPerMinute),
    bytesStored: new Quota('bytes-stored', limits.bytesStoredPerHour / 3600, limits.bytesStoredPerHour),
  }
}
