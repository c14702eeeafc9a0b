// Prometheus text metrics of the relay, kept in plain counters (no dependency).
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { LoopLag } from './loop-lag.ts'

/** Reasons a message or connection is refused, as metric labels. */
export type RefusalReason = string

/** Counters and gauges exposed at /metrics. */
export class Metrics {
  connections = 0
  roomsInMemory = 0
  bytesIn = 0
  bytesOut = 0
  /** Bytes of updates accepted and stored (what disk writes should stay proportional to). */
  bytesStored = 0
  /** Updates accepted from sockets and stored. */
  updatesStored = 0
  /** Work of the update checks (update-check.ts): structs read, steps taken, milliseconds spent. */
  checkStructs = 0
  checkSteps = 0
  checkMs = 0
  /** Updates that passed the check but that Y.applyUpdate refused (the room was rebuilt from storage). */
  applyFailures = 0
  /** Updates held for dependencies their socket had not sent yet (apply-update.ts), each time held. */
  updatesHeld = 0
  /** Times a socket was paused for its token's time budget (connection.ts). */
  throttled = 0
  /** Of those, times its IP's budget (all its sockets together) held it longer than its token's. */
  throttledByIp = 0
  readonly refused = new Map<RefusalReason, number>()
  /** Largest number of bytes the relay ever held queued on one socket. */
  socketQueuedPeak = 0
  /** Sync requests folded into a pending one (the socket had not read or got the previous reply). */
  syncRepliesCoalesced = 0
  /** Uncached sync replies that waited for the room's cap. */
  syncRepliesDeferred = 0
  /** HTTP answers refused, by reason (rate-limited, revocation-list-full, ...). */
  readonly httpRefused = new Map<string, number>()
  /** Quota refusals, by quota (sockets and HTTP). */
  readonly quotaRefused = new Map<string, number>()
  private storageCount = 0
  private storageSum = 0
  private readonly buckets = [0.001, 0.005, 0.01, 0.05, 0.1, 0.5, 1, 5]
  private readonly bucketCounts = new Array<number>(this.buckets.length).fill(0)
  private readonly loopDelay = monitorEventLoopDelay({ resolution: 10 })
  /** Event-loop lag as a histogram (diffable between scrapes) and stalls by cause. */
  readonly loopLag = new LoopLag()

  constructor() {
    this.loopDelay.enable()
    this.loopLag.start()
  }

  /** Stops sampling the event loop. */
  stop(): void {
    this.loopDelay.disable()
    this.loopLag.stop()
  }

  /** Counts one refusal. */
  refuse(reason: RefusalReason): void {
    this.refused.set(reason, (this.refused.get(reason) ?? 0) + 1)
  }

  /** Counts one refused HTTP request. */
  refuseHttp(reason: string): void {
    this.httpRefused.set(reason, (this.httpRefused.get(reason) ?? 0) + 1)
  }

  /** Counts one refusal by a per-IP quota. */
  refuseQuota(quota: string): void {
    this.quotaRefused.set(quota, (this.quotaRefused.get(quota) ?? 0) + 1)
  }

  /** Records the bytes queued on a socket after a send. */
  observeQueued(bytes: number): void {
    if (bytes > this.socketQueuedPeak) this.socketQueuedPeak = bytes
  }

  /** Records the duration of one storage call (seconds). */
  observeStorage(seconds: number): void {
    this.storageCount++
    this.storageSum += seconds
    for (let i = 0; i < this.buckets.length; i++) {
      if (seconds <= (this.buckets[i] as number)) this.bucketCounts[i] = (this.bucketCounts[i] as number) + 1
    }
  }

  /** Times a storage promise. */
  async timeStorage<T>(promise: Promise<T>): Promise<T> {
    const start = performance.now()
    try {
      return await promise
    } finally {
      this.observeStorage((performance.now() - start) / 1000)
    }
  }

  /** The Prometheus text exposition. */
  render(): string {
    const lines = [
      ...metric('livret_connections', 'gauge', 'Open WebSocket connections.', this.connections),
      ...metric('livret_rooms_in_memory', 'gauge', 'Rooms held in memory.', this.roomsInMemory),
      ...metric('livret_bytes_in_total', 'counter', 'Bytes received on sync sockets.', this.bytesIn),
      ...metric('livret_bytes_out_total', 'counter', 'Bytes sent on sync sockets.', this.bytesOut),
      ...metric(
        'livret_bytes_stored_total',
        'counter',
        'Bytes of updates accepted from sockets and stored.',
        this.bytesStored,
      ),
      ...metric(
        'livret_updates_stored_total',
        'counter',
        'Updates accepted from sockets and stored.',
        this.updatesStored,
      ),
      ...metric(
        'livret_update_check_structs_total',
        'counter',
        'Structs read by the update checks.',
        this.checkStructs,
      ),
      ...metric(
        'livret_update_check_steps_total',
        'counter',
        'Steps (struct reads, lookups, graph edges) taken by the update checks.',
        this.checkSteps,
      ),
      ...metric(
        'livret_update_check_seconds_total',
        'counter',
        'Relay CPU time charged to tokens (checking, applying, storing and answering their frames).',
        this.checkMs / 1000,
      ),
      ...metric(
        'livret_sockets_throttled_total',
        'counter',
        "Times a socket was paused until its token's time budget drained.",
        this.throttled,
      ),
      ...metric(
        'livret_sockets_throttled_by_ip_total',
        'counter',
        "Times a socket was paused for its client IP's time budget (all its sockets together).",
        this.throttledByIp,
      ),
      ...metric(
        'livret_updates_held_total',
        'counter',
        'Updates held for dependencies their socket had not sent yet (sync step 2 still to come).',
        this.updatesHeld,
      ),
      ...metric(
        'livret_update_apply_failures_total',
        'counter',
        'Checked updates that Y.applyUpdate still refused.',
        this.applyFailures,
      ),
      ...family(
        'livret_messages_refused_total',
        'Messages and connections refused, by reason.',
        'reason',
        this.refused,
      ),
      ...family('livret_http_refused_total', 'HTTP requests refused, by reason.', 'reason', this.httpRefused),
      ...family(
        'livret_quota_refused_total',
        'Refusals by a per-IP quota, by quota.',
        'quota',
        this.quotaRefused,
      ),
      ...metric(
        'livret_socket_queued_bytes_peak',
        'gauge',
        'Most bytes ever queued by the relay on one socket.',
        this.socketQueuedPeak,
      ),
      ...metric(
        'livret_sync_replies_coalesced_total',
        'counter',
        'Sync requests folded into a pending reply.',
        this.syncRepliesCoalesced,
      ),
      ...metric(
        'livret_sync_replies_deferred_total',
        'counter',
        'Uncached sync replies that waited for the per-room cap.',
        this.syncRepliesDeferred,
      ),
    ]
    lines.push(
      '# HELP livret_storage_latency_seconds Duration of storage calls.',
      '# TYPE livret_storage_latency_seconds histogram',
    )
    this.buckets.forEach((le, i) => {
      lines.push(`livret_storage_latency_seconds_bucket{le="${le}"} ${this.bucketCounts[i]}`)
    })
    lines.push(
      `livret_storage_latency_seconds_bucket{le="+Inf"} ${this.storageCount}`,
      `livret_storage_latency_seconds_sum ${this.storageSum}`,
      `livret_storage_latency_seconds_count ${this.storageCount}`,
    )
    lines.push(
      '# HELP livret_event_loop_delay_seconds Event loop delay since start (p50, p99, max).',
      '# TYPE livret_event_loop_delay_seconds gauge',
      `livret_event_loop_delay_seconds{quantile="0.5"} ${this.loopDelay.percentile(50) / 1e9}`,
      `livret_event_loop_delay_seconds{quantile="0.99"} ${this.loopDelay.percentile(99) / 1e9}`,
      `livret_event_loop_delay_seconds{quantile="1"} ${this.loopDelay.max / 1e9}`,
      ...this.loopLag.render(),
    )
    const memory = process.memoryUsage()
    lines.push(
      '# HELP livret_process_memory_bytes Memory of the relay process by kind (rss, heap_used, external, array_buffers).',
      '# TYPE livret_process_memory_bytes gauge',
      `livret_process_memory_bytes{kind="rss"} ${memory.rss}`,
      `livret_process_memory_bytes{kind="heap_used"} ${memory.heapUsed}`,
      `livret_process_memory_bytes{kind="external"} ${memory.external}`,
      `livret_process_memory_bytes{kind="array_buffers"} ${memory.arrayBuffers}`,
    )
    return `${lines.join('\n')}\n`
  }
}

/** One metric without labels: its HELP, TYPE and value lines. */
function metric(name: string, type: 'counter' | 'gauge', help: string, value: number): string[] {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name} ${value}`]
}

/** A counter by one label: its HELP and TYPE lines, then one line per label value. */
function family(name: string, help: string, label: string, counts: ReadonlyMap<string, number>): string[] {
  const lines = [`# HELP ${name} ${help}`, `# TYPE ${name} counter`]
  for (const [key, n] of counts) lines.push(`${name}{${label}="${key}"} ${n}`)
  return lines
}
