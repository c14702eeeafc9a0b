// The event-loop lag histogram: diffable buckets, largest lag, and stalls told apart by whether
// the process itself was on the CPU (busy) or not (starved by the host).
import { describe, expect, it } from 'vitest'
import { LoopLag } from './loop-lag.ts'
import { Metrics } from './metrics.ts'

describe('LoopLag', () => {
  it('counts lags into cumulative buckets and tells busy stalls from starved ones', () => {
    const lag = new LoopLag()
    lag.observe(1, 1) // on time
    lag.observe(30, 40) // late, and the relay was working meanwhile: busy
    lag.observe(300, 5) // late, the relay hardly ran: starved
    expect(lag.count).toBe(3)
    expect(lag.max).toBeCloseTo(0.3)
    expect(lag.stallsBusy).toBe(1)
    expect(lag.stallsStarved).toBe(1)
    const text = lag.render().join('\n')
    expect(text).toMatch(/^livret_event_loop_lag_seconds_bucket\{le="0.005"\} 1$/m)
    expect(text).toMatch(/^livret_event_loop_lag_seconds_bucket\{le="0.05"\} 2$/m)
    expect(text).toMatch(/^livret_event_loop_lag_seconds_bucket\{le="0.5"\} 3$/m)
    expect(text).toMatch(/^livret_event_loop_lag_seconds_count 3$/m)
    expect(text).toMatch(/^livret_event_loop_stalls_total\{cause="busy"\} 1$/m)
    expect(text).toMatch(/^livret_event_loop_stalls_total\{cause="starved"\} 1$/m)
  })

  it('is part of /metrics, with the counters of accepted updates and held ones', () => {
    const metrics = new Metrics()
    try {
      const text = metrics.render()
      for (const series of [
        'livret_event_loop_lag_seconds_count',
        'livret_event_loop_lag_max_seconds',
        'livret_bytes_stored_total',
        'livret_updates_stored_total',
        'livret_updates_held_total',
        'livret_sockets_throttled_by_ip_total',
      ])
        expect(text).toMatch(new RegExp(`^${series} `, 'm'))
    } finally {
      metrics.stop()
    }
  })
})
