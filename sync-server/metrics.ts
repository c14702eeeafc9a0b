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
      '# HELP livret_connections Open WebSocket connections.',
      '# TYPE livret_connections gauge',
      `livret_connections ${this.connections}`,
      '# HELP livret_rooms_in_memory Rooms held in memory.',
      '# TYPE livret_rooms_in_memory gauge',
      `livret_rooms_in_memory ${this.roomsInMemory}`,
      '# HELP livret_bytes_in_total Bytes received on sync sockets.',
      '# TYPE livret_bytes_in_total counter',
      `livret_bytes_in_total ${this.bytesIn}`,
      '# HELP livret_bytes_out_total Bytes sent on sync sockets.',
      '# TYPE livret_bytes_out_total counter',
      `livret_bytes_out_total ${this.bytesOut}`,
      '# HELP livret_bytes_stored_total Bytes of updates accepted from sockets and stored.',
      '# TYPE livret_bytes_stored_total counter',
      `livret_bytes_stored_total ${this.bytesStored}`,
      '# HELP livret_updates_stored_total Updates accepted from sockets and stored.',
      '# TYPE livret_updates_stored_total counter',
      `livret_updates_stored_total ${this.updatesStored}`,
      '# HELP livret_update_check_structs_total Structs read by the update checks.',
      '# TYPE livret_update_check_structs_total counter',
      `livret_update_check_structs_total ${this.checkStructs}`,
      '# HELP livret_update_check_steps_total Steps (struct reads, lookups, graph edges) taken by the update checks.',
      '# TYPE livret_update_check_steps_total counter',
      `livret_update_check_steps_total ${this.checkSteps}`,
      '# HELP livret_update_check_seconds_total Relay CPU time charged to tokens (checking, applying, storing and answering their frames).',
      '# TYPE livret_update_check_seconds_total counter',
      `livret_update_check_seconds_total ${this.checkMs / 1000}`,
      "# HELP livret_sockets_throttled_total Times a socket was paused until its token's time budget drained.",
      '# TYPE livret_sockets_throttled_total counter',
      `livret_sockets_throttled_total ${this.throttled}`,
      "# HELP livret_sockets_throttled_by_ip_total Times a socket was paused for its client IP's time budget (all its sockets together).",
      '# TYPE livret_sockets_throttled_by_ip_total counter',
      `livret_sockets_throttled_by_ip_total ${this.throttledByIp}`,
      '# HELP livret_updates_held_total Updates held for dependencies their socket had not sent yet (sync step 2 still to come).',
      '# TYPE livret_updates_held_total counter',
      `livret_updates_held_total ${this.updatesHeld}`,
      '# HELP livret_update_apply_failures_total Checked updates that Y.applyUpdate still refused.',
      '# TYPE livret_update_apply_failures_total counter',
      `livret_update_apply_failures_total ${this.applyFailures}`,
      '# HELP livret_messages_refused_total Messages and connections refused, by reason.',
      '# TYPE livret_messages_refused_total counter',
    ]
    for (const [reason, n] of this.refused)
      lines.push(`livret_messages_refused_total{reason="${reason}"} ${n}`)
    lines.push(
      '# HELP livret_http_refused_total HTTP requests refused, by reason.',
      '# TYPE livret_http_refused_total counter',
    )
    for (const [reason, n] of this.httpRefused)
      lines.push(`livret_http_refused_total{reason="${reason}"} ${n}`)
    lines.push(
      '# HELP livret_quota_refused_total Refusals by a per-IP quota, by quota.',
      '# TYPE livret_quota_refused_total counter',
    )
    for (const [quota, n] of this.quotaRefused)
      lines.push(`livret_quota_refused_total{quota="${quota}"} ${n}`)
    lines.push(
      '# HELP livret_socket_queued_bytes_peak Most bytes ever queued by the relay on one socket.',
      '# TYPE livret_socket_queued_bytes_peak gauge',
      `livret_socket_queued_bytes_peak ${this.socketQueuedPeak}`,
      '# HELP livret_sync_replies_coalesced_total Sync requests folded into a pending reply.',
      '# TYPE livret_sync_replies_coalesced_total counter',
      `livret_sync_replies_coalesced_total ${this.syncRepliesCoalesced}`,
      '# HELP livret_sync_replies_deferred_total Uncached sync replies that waited for the per-room cap.',
      '# TYPE livret_sync_replies_deferred_total counter',
      `livret_sync_replies_deferred_total ${this.syncRepliesDeferred}`,
    )
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
