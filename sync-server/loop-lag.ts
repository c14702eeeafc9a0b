// How late the relay's event loop runs, as a Prometheus histogram that can be diffed between two
// scrapes (the since-start percentiles of monitorEventLoopDelay cannot tell what one minute did).
// A timer every SAMPLE_MS measures how late it fires. A late turn is 'busy' when the process spent
// most of that lateness on the CPU (the relay's own work held the loop), else 'starved' (the host
// gave the core to other processes): the two call for different fixes.
/** Interval of the lag sampler (ms). */
export const SAMPLE_MS = 25

/** Upper bounds (seconds) of the lag histogram's buckets. */
export const LAG_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5] as const

/** A turn later than this (ms) counts as a stall. */
export const STALL_MS = 20

/** Event-loop lag since start: histogram, largest lag, stalls by cause. */
export class LoopLag {
  readonly counts = new Array<number>(LAG_BUCKETS.length).fill(0)
  count = 0
  sum = 0
  max = 0
  stallsBusy = 0
  stallsStarved = 0
  private timer: NodeJS.Timeout | undefined
  private last = 0
  private lastCpu = 0

  /** Starts sampling (the timer never keeps the process alive). */
  start(): void {
    if (this.timer) return
    this.last = performance.now()
    this.lastCpu = cpuMs()
    this.timer = setInterval(() => this.sample(), SAMPLE_MS)
    this.timer.unref()
  }

  /** Stops sampling. */
  stop(): void {
    clearInterval(this.timer)
    this.timer = undefined
  }

  private sample(): void {
    const now = performance.now()
    const cpu = cpuMs()
    const lagMs = Math.max(0, now - this.last - SAMPLE_MS)
    this.observe(lagMs, cpu - this.lastCpu)
    this.last = now
    this.lastCpu = cpu
  }

  /** Records one turn `lagMs` late, during which the process used `cpuSpentMs` of CPU. */
  observe(lagMs: number, cpuSpentMs: number): void {
    const s = lagMs / 1000
    this.count++
    this.sum += s
    if (s > this.max) this.max = s
    for (let i = 0; i < LAG_BUCKETS.length; i++)
      if (s <= (LAG_BUCKETS[i] as number)) this.counts[i] = (this.counts[i] ?? 0) + 1
    if (lagMs > STALL_MS) {
      // CPU over the whole interval (sample period + lag) against the lag alone: the relay's own
      // work shows as CPU time at least half as long as the lag.
      if (cpuSpentMs >= lagMs / 2) this.stallsBusy++
      else this.stallsStarved++
    }
  }

  /** Prometheus lines. */
  render(): string[] {
    const lines = [
      '# HELP livret_event_loop_lag_seconds How late the event loop ran a 25 ms timer (histogram since start).',
      '# TYPE livret_event_loop_lag_seconds histogram',
    ]
    LAG_BUCKETS.forEach((le, i) => {
      lines.push(`livret_event_loop_lag_seconds_bucket{le="${le}"} ${this.counts[i]}`)
    })
    lines.push(
      `livret_event_loop_lag_seconds_bucket{le="+Inf"} ${this.count}`,
      `livret_event_loop_lag_seconds_sum ${this.sum}`,
      `livret_event_loop_lag_seconds_count ${this.count}`,
      '# HELP livret_event_loop_lag_max_seconds Largest event-loop lag since start.',
      '# TYPE livret_event_loop_lag_max_seconds gauge',
      `livret_event_loop_lag_max_seconds ${this.max}`,
      `# HELP livret_event_loop_stalls_total Turns over ${STALL_MS} ms late: busy (the relay's own work) or starved (the host's CPU went elsewhere).`,
      '# TYPE livret_event_loop_stalls_total counter',
      `livret_event_loop_stalls_total{cause="busy"} ${this.stallsBusy}`,
      `livret_event_loop_stalls_total{cause="starved"} ${this.stallsStarved}`,
    )
    return lines
  }
}

function cpuMs(): number {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
