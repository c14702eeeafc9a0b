// The chain verifier: in this thread where there is no worker, in a worker otherwise; one credential
// that takes too long reads 'credential-too-slow' (a clock moved by hand, an injected slow verifier or a
// worker that never answers), the others are not held back, and a stuck worker is replaced.
import { describe, expect, it } from 'vitest'
import { until } from '../../tests/support/until.ts'
import { fail, ok } from '../domain/result.ts'
import type { ChainReport } from './chain.ts'
import { createChainVerifier, type Timers, type VerifyRequest, type WorkerLike } from './chain-verifier.ts'
import { issueCredential } from './sign.ts'
import { generateTrainerKeys } from './trainer-keys.ts'

// A clock moved by hand: timers run when `advance` passes their time, never by themselves.
const manualClock = () => {
  let now = 0
  const pending = new Map<number, { at: number; run: () => void }>()
  let next = 1
  const timers: Timers = {
    set: (run, ms) => {
      pending.set(next, { at: now + ms, run })
      return next++
    },
    clear: (handle) => {
      pending.delete(handle as number)
    },
    now: () => now,
  }
  const advance = (ms: number) => {
    now += ms
    for (const [id, t] of [...pending].sort((a, b) => a[1].at - b[1].at))
      if (t.at <= now && pending.delete(id)) t.run()
  }
  return { timers, advance, pending: () => pending.size }
}

// A report that names the text it is for (enough to tell answers apart).
const reportFor = (text: string): ChainReport => ({
  credential: ok({ credentialId: text } as never),
  endorsements: [],
})
const idOf = (r: ChainReport) => (r.credential.ok ? r.credential.value.credentialId : r.credential.code)

// A worker that answers each text on the next turn, except 'stuck', which it never answers.
const fakeWorkers = () => {
  const started: { posted: VerifyRequest[]; terminated: boolean }[] = []
  const spawn = (): WorkerLike => {
    const record = { posted: [] as VerifyRequest[], terminated: false }
    started.push(record)
    const w: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: (m) => {
        record.posted.push(m)
        if ('forget' in m || m.text === 'stuck') return
        queueMicrotask(() => {
          if (!record.terminated) w.onmessage?.({ data: { id: m.id, report: reportFor(m.text) } })
        })
      },
      terminate: () => {
        record.terminated = true
      },
    }
    return w
  }
  return { spawn, started }
}

describe('chain verifier', () => {
  it('verifies in this thread without a worker, and remembers the report by text', async () => {
    const verifier = createChainVerifier({ spawn: () => null })
    const keys = generateTrainerKeys()
    const c = await issueCredential({
      trainer: { name: 'Marie Dupont', organisation: 'CISP' },
      keys,
      holderIdentifier: 'h',
      competence: { id: 'c1', label: 'Tenir une caisse', family: 'savoir' },
      assessment: { status: 'validated', level: 2, method: 'test', date: '2026-11-20' },
    })
    const text = JSON.stringify(c)
    expect(verifier.road()).toBe('thread')
    const first = verifier.verify(text)
    expect(verifier.verify(text)).toBe(first)
    const r = await first
    expect(r.credential.ok && r.credential.value.competenceLabel).toBe('Tenir une caisse')
    const changed = (await verifier.verify(text.replace('Tenir une caisse', 'Tenir une banque'))).credential
    expect(changed.ok ? 'ok' : changed.code).toBe('credential-bad-proof')
    verifier.forget()
    expect(verifier.verify(text)).not.toBe(first)
  })

  it('gives up on a credential past its time limit, keeps the others, and retries it when asked again', async () => {
    const clock = manualClock()
    const calls: string[] = []
    let releaseSlow: (r: ChainReport) => void = () => {}
    const inThread = (text: string) => {
      calls.push(text)
      if (text === 'slow') return new Promise<ChainReport>((resolve) => (releaseSlow = resolve))
      return Promise.resolve(reportFor(text))
    }
    const verifier = createChainVerifier({
      spawn: () => null,
      inThread,
      timers: clock.timers,
      timeoutMs: 1_000,
    })
    let slow: ChainReport | undefined
    void verifier.verify('slow').then((r) => (slow = r))
    const others = await Promise.all(['a', 'b', 'c'].map((t) => verifier.verify(t)))
    expect(others.map(idOf)).toEqual(['a', 'b', 'c'])
    clock.advance(999)
    await Promise.resolve()
    expect(slow).toBeUndefined()
    clock.advance(1)
    const gaveUp = await until(() => slow, { what: 'the slow credential given up' })
    expect(idOf(gaveUp)).toBe('credential-too-slow')
    // Its late answer changes nothing; asked again, it is tried again.
    releaseSlow(reportFor('slow'))
    expect(calls).toEqual(['slow', 'a', 'b', 'c'])
    const again = verifier.verify('slow')
    expect(calls.filter((t) => t === 'slow')).toHaveLength(2)
    releaseSlow(reportFor('slow'))
    expect(idOf(await again)).toBe('slow')
    expect(clock.pending()).toBe(0)
  })

  it('hands a few credentials at a time to the worker and replaces a stuck worker', async () => {
    const clock = manualClock()
    const workers = fakeWorkers()
    const verifier = createChainVerifier({
      spawn: workers.spawn,
      inThread: () => Promise.reject(new Error('not in this thread')),
      timers: clock.timers,
      timeoutMs: 5_000,
      window: 2,
    })
    expect(verifier.road()).toBe('worker')
    const results = new Map<string, ChainReport>()
    for (const t of ['stuck', 'a', 'b', 'c']) void verifier.verify(t).then((r) => results.set(t, r))
    // The worker holds 'stuck'; the others pass through the second place of the window.
    await until(() => results.size === 3, { what: 'a, b, c answered' })
    expect(workers.started[0]?.posted.map((m) => ('text' in m ? m.text : 'forget'))).toEqual([
      'stuck',
      'a',
      'b',
      'c',
    ])
    void verifier.verify('d').then((r) => results.set('d', r))
    clock.advance(5_000)
    await until(() => results.size === 5, { what: 'stuck given up and d answered' })
    expect(idOf(results.get('stuck') as ChainReport)).toBe('credential-too-slow')
    expect(idOf(results.get('d') as ChainReport)).toBe('d')
    expect(workers.started).toHaveLength(2)
    expect(workers.started[0]?.terminated).toBe(true)
    expect(workers.started[1]?.posted.some((m) => 'text' in m && m.text === 'd')).toBe(true)
    verifier.forget()
    expect(workers.started[1]?.posted.at(-1)).toEqual({ forget: true })
  })

  it('falls back to this thread when the worker cannot run', async () => {
    const broken: WorkerLike = {
      onmessage: null,
      onerror: null,
      postMessage: () => queueMicrotask(() => broken.onerror?.(new Error('module workers not supported'))),
      terminate: () => {},
    }
    const verifier = createChainVerifier({
      spawn: () => broken,
      inThread: async (text) =>
        text === 'bad' ? { credential: fail('credential-bad-proof'), endorsements: [] } : reportFor(text),
    })
    const [a, bad] = await Promise.all([verifier.verify('a'), verifier.verify('bad')])
    expect(idOf(a)).toBe('a')
    expect(idOf(bad)).toBe('credential-bad-proof')
    expect(verifier.road()).toBe('thread')
  })
})
