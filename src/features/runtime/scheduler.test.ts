// The retry scheduler with an injected clock and network: backoff grows within its jitter bounds,
// success resets it, the network's return and "retry now" run waiting tasks at once, stop cancels.
import { describe, expect, it } from 'vitest'
import { RetryScheduler, type TaskState } from './scheduler.ts'
import { fakeClock, fakeNetwork, settled } from './testing.ts'

const setup = (random = () => 0.5) => {
  const clock = fakeClock()
  const network = fakeNetwork()
  const scheduler = new RetryScheduler({
    clock,
    network,
    random,
    backoff: { minBackoffMs: 100, maxBackoffMs: 1_000 },
  })
  let runs = 0
  let succeed = false
  const states: TaskState[] = []
  const task = scheduler.task(
    async () => {
      runs++
      return succeed
    },
    { onState: (s) => states.push(s) },
  )
  return {
    clock,
    network,
    scheduler,
    task,
    states,
    runs: () => runs,
    succeed: (v: boolean) => {
      succeed = v
    },
  }
}

const delayOf = (s: TaskState, now: number) => (s.state === 'waiting-retry' ? s.nextRetryAt - now : -1)

describe('RetryScheduler', () => {
  it('grows the delay exponentially, within the jitter bounds, up to the ceiling', async () => {
    for (const random of [() => 0, () => 0.999]) {
      const t = setup(random)
      const delays: number[] = []
      t.task.kick()
      for (let i = 0; i < 6; i++) {
        await settled()
        const d = delayOf(t.task.state, t.clock.now())
        delays.push(d)
        t.clock.advance(d)
      }
      const ceilings = [100, 200, 400, 800, 1_000, 1_000]
      delays.forEach((d, i) => {
        const ceiling = ceilings[i] ?? 0
        expect(d).toBeGreaterThanOrEqual(ceiling / 2)
        expect(d).toBeLessThanOrEqual(ceiling)
      })
      expect(t.runs()).toBe(7)
      t.scheduler.dispose()
    }
  })

  it('does not run before the delay has passed', async () => {
    const t = setup()
    t.task.kick()
    await settled()
    const d = delayOf(t.task.state, t.clock.now())
    t.clock.advance(d - 1)
    await settled()
    expect(t.runs()).toBe(1)
    t.clock.advance(1)
    await settled()
    expect(t.runs()).toBe(2)
  })

  it('resets the backoff after a success', async () => {
    const t = setup()
    t.task.kick()
    for (let i = 0; i < 3; i++) {
      await settled()
      t.clock.advance(delayOf(t.task.state, t.clock.now()))
    }
    await settled()
    expect(t.task.attempts).toBe(4)
    t.succeed(true)
    t.clock.advance(delayOf(t.task.state, t.clock.now()))
    await settled()
    expect(t.task.state).toEqual({ state: 'idle' })
    expect(t.task.attempts).toBe(0)
    expect(t.clock.pending()).toBe(0)
    t.succeed(false)
    t.task.kick()
    await settled()
    expect(delayOf(t.task.state, t.clock.now())).toBe(75)
  })

  it('waits offline without a timer, and runs at once when the network is back', async () => {
    const t = setup()
    t.task.kick()
    await settled()
    expect(t.task.state.state).toBe('waiting-retry')
    t.network.set(false)
    expect(t.task.state).toEqual({ state: 'offline' })
    expect(t.clock.pending()).toBe(0)
    t.task.kick()
    expect(t.runs()).toBe(1)
    t.network.set(true)
    await settled()
    expect(t.runs()).toBe(2)
    expect(t.task.attempts).toBe(1)
  })

  it('"retry now" runs a waiting task at once with its backoff reset, and wakes listeners', async () => {
    const t = setup()
    let woken = 0
    t.scheduler.onWake(() => woken++)
    t.task.kick()
    await settled()
    t.clock.advance(delayOf(t.task.state, t.clock.now()))
    await settled()
    expect(t.task.attempts).toBe(2)
    t.scheduler.retryNow()
    await settled()
    expect(t.runs()).toBe(3)
    expect(t.task.attempts).toBe(1)
    expect(woken).toBe(1)
  })

  it('runs again after the current run when kicked meanwhile', async () => {
    const t = setup()
    t.succeed(true)
    t.task.kick()
    t.task.kick()
    await settled()
    await settled()
    expect(t.runs()).toBe(2)
  })

  it('stop cancels the timer, and neither the clock nor the network runs the task again', async () => {
    const t = setup()
    t.task.kick()
    await settled()
    expect(t.clock.pending()).toBe(1)
    t.task.stop()
    t.task.stop()
    expect(t.clock.pending()).toBe(0)
    t.clock.advance(60_000)
    t.network.set(false)
    t.network.set(true)
    t.scheduler.retryNow()
    t.task.kick()
    await settled()
    expect(t.runs()).toBe(1)
    expect(t.task.state).toEqual({ state: 'idle' })
  })

  it('a task that throws is retried like a failure', async () => {
    const clock = fakeClock()
    const scheduler = new RetryScheduler({ clock, network: fakeNetwork(), random: () => 0 })
    let runs = 0
    const task = scheduler.task(() => {
      runs++
      throw new Error('boom')
    })
    task.kick()
    await settled()
    expect(task.state.state).toBe('waiting-retry')
    expect(runs).toBe(1)
  })

  it('dispose stops every task and stops listening to the network', async () => {
    const t = setup()
    t.task.kick()
    await settled()
    expect(t.network.listeners()).toBe(1)
    t.scheduler.dispose()
    expect(t.network.listeners()).toBe(0)
    expect(t.clock.pending()).toBe(0)
  })
})
