// The verification queue: one check at a time, in order, the event loop given a turn between slices.
import { describe, expect, it } from 'vitest'
import { sliced } from './slice.ts'

const busy = (ms: number) => {
  const end = performance.now() + ms
  while (performance.now() < end) {
    // spin: a check's CPU work
  }
}

describe('sliced checks', () => {
  it('run one at a time in order, a failure does not stop the queue, and timers run in between', async () => {
    const order: string[] = []
    let ticks = 0
    let ticking = true
    const tick = () => {
      ticks++
      if (ticking) setImmediate(tick)
    }
    setImmediate(tick)
    const jobs = Array.from({ length: 12 }, (_, i) =>
      sliced(async () => {
        order.push(`start ${i}`)
        busy(5)
        order.push(`end ${i}`)
        if (i === 3) throw new Error('bad document')
        return i
      }),
    )
    const results = await Promise.allSettled(jobs)
    ticking = false
    expect(order).toEqual(Array.from({ length: 12 }, (_, i) => [`start ${i}`, `end ${i}`]).flat())
    expect(results.map((r) => r.status)).toEqual(
      Array.from({ length: 12 }, (_, i) => (i === 3 ? 'rejected' : 'fulfilled')),
    )
    // 60 ms of work in 5 ms pieces with an 8 ms budget: the loop got a turn several times.
    expect(ticks).toBeGreaterThanOrEqual(4)
  })

  it('urgent checks (endorsements, status lists) go before the ordinary ones already waiting', async () => {
    const order: string[] = []
    const job = (name: string, first = false) =>
      sliced(async () => {
        order.push(name)
        busy(1)
      }, first)
    await Promise.all([
      job('credential 1'),
      job('credential 2'),
      job('credential 3'),
      job('endorsement', true),
    ])
    // The first was already running; the endorsement overtakes the two still waiting.
    expect(order).toEqual(['credential 1', 'endorsement', 'credential 2', 'credential 3'])
  })
})
