// What the attack runner measures of the relay and the host: /metrics counters (refusals,
// event-loop lag, bytes stored), /proc figures (RSS, disk writes, load) and /healthz latency,
// plus the small statistics it reports them with (scripts/attack-relay.ts).
import { readFileSync } from 'node:fs'
import { CloseCode } from '../../src/protocol/close-codes.ts'
import { LAG_BUCKETS } from '../../sync-server/loop-lag.ts'
import { sleep } from '../fuzz-relay-process.ts'

/** Bearer token the runner gives the relay for /metrics. */
export const METRICS_TOKEN = 'attack-metrics'

/** Value at quantile `q` (0..1) of `values`, NaN when there are none. */
export const quantile = (values: number[], q: number) => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number
}
/** Middle value of `values`. */
export const median = (values: number[]) => quantile(values, 0.5)
/** `n` rounded to one decimal. */
export const round1 = (n: number) => Math.round(n * 10) / 10

/** The relay's /metrics text. */
export async function scrape(url: string): Promise<string> {
  const headers = { authorization: `Bearer ${METRICS_TOKEN}` }
  return (await fetch(`${url}/metrics`, { headers })).text()
}

/** Refusal counters of /metrics (sockets and HTTP, and per-IP quotas), by reason. */
export function refusals(text: string): Record<string, number> {
  const out: Record<string, number> = {}
  for (const m of text.matchAll(/^livret_(messages|http)_refused_total\{reason="([^"]+)"\} (\d+)/gm))
    out[`${m[1] === 'http' ? 'http:' : ''}${m[2]}`] = Number(m[3])
  return out
}

/** The relay's event-loop lag counters (sync-server/loop-lag.ts): histogram buckets and stalls. */
export function lagCounters(text: string): { buckets: number[]; busy: number; starved: number } {
  const buckets = LAG_BUCKETS.map((le) => {
    const m = new RegExp(`^livret_event_loop_lag_seconds_bucket\\{le="${le}"\\} (\\d+)`, 'm').exec(text)
    return Number(m?.[1] ?? 0)
  })
  const inf = /^livret_event_loop_lag_seconds_count (\d+)/m.exec(text)
  buckets.push(Number(inf?.[1] ?? 0))
  const busy = /^livret_event_loop_stalls_total\{cause="busy"\} (\d+)/m.exec(text)
  const starved = /^livret_event_loop_stalls_total\{cause="starved"\} (\d+)/m.exec(text)
  return { buckets, busy: Number(busy?.[1] ?? 0), starved: Number(starved?.[1] ?? 0) }
}

/** Bytes of updates the relay accepted and stored so far. */
export const storedBytes = (text: string) => Number(/^livret_bytes_stored_total (\d+)/m.exec(text)?.[1] ?? 0)
/** Updates the relay accepted and stored so far. */
export const storedUpdates = (text: string) =>
  Number(/^livret_updates_stored_total (\d+)/m.exec(text)?.[1] ?? 0)

/** /proc/loadavg's three averages (the host is shared). */
export const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')

/** Upper bound (ms) of the bucket holding quantile `q` of the lags between two scrapes. */
export function lagQuantileMs(before: number[], after: number[], q: number): number {
  const diff = after.map((n, i) => n - (before[i] ?? 0))
  const total = diff[diff.length - 1] ?? 0
  if (total === 0) return Number.NaN
  for (let i = 0; i < LAG_BUCKETS.length; i++)
    if ((diff[i] as number) >= q * total) return (LAG_BUCKETS[i] as number) * 1000
  return Number.POSITIVE_INFINITY
}

/** The close code a refusal reason maps to, or 'http' for HTTP refusals. */
export const codeOf = (reason: string): number | 'http' =>
  reason.startsWith('http:') ? 'http' : ((CloseCode as Record<string, number>)[reason] ?? Number.NaN)

/** Probes /healthz every 50 ms (one at a time); `stop()` returns the latencies seen. */
export function healthProbe(url: string) {
  const seen: number[] = []
  let running = true
  const loop = (async () => {
    while (running) {
      const start = performance.now()
      try {
        await (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(10_000) })).arrayBuffer()
      } catch {}
      seen.push(performance.now() - start)
      await sleep(50)
    }
  })()
  return {
    async stop(): Promise<number[]> {
      running = false
      await loop
      return seen
    },
  }
}
