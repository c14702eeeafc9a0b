// The registry: a mode switch stops what the mode no longer needs and starts the rest, the same state
// twice changes nothing, stops are idempotent, a runtime that throws on start is reported, not fatal.
import { describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { createStore } from '../../lib/index.ts'
import { RuntimeRegistry } from './registry.ts'
import { RetryScheduler } from './scheduler.ts'
import type { RuntimeStatus } from './status.ts'
import { fakeClock, fakeNetwork, settled } from './testing.ts'
import type { AppMode, Runtime, RuntimeContext } from './types.ts'

const setup = () => {
  const log: string[] = []
  const contexts = new Map<string, RuntimeContext>()
  const make = (name: string, modes: AppMode[], needs?: Runtime['needs']): Runtime => ({
    name,
    modes,
    ...(needs ? { needs } : {}),
    start(ctx) {
      log.push(`start ${name}`)
      contexts.set(name, ctx)
      return () => log.push(`stop ${name}`)
    },
  })
  const status = createStore<ReadonlyMap<string, RuntimeStatus>>(new Map())
  const retry = new RetryScheduler({ clock: fakeClock(), network: fakeNetwork() })
  const runtimes = [
    make('sync', ['holder'], 'booklet'),
    make('inbox', ['holder'], 'editable-booklet'),
    make('outbox', ['trainer']),
    make('both', ['operator', 'trainer']),
  ]
  const registry = new RuntimeRegistry(runtimes, { net: { relayOrigin: 'http://x' }, retry, status })
  return { log, contexts, registry, status, retry }
}

describe('RuntimeRegistry', () => {
  it('starts what the mode needs and, on a switch, stops only what the new mode does not', () => {
    const t = setup()
    t.registry.update({ mode: 'trainer' })
    expect(t.log).toEqual(['start outbox', 'start both'])
    t.log.length = 0
    t.registry.update({ mode: 'operator' })
    expect(t.log).toEqual(['stop outbox'])
    expect(t.registry.names).toEqual(['both'])
    expect(t.contexts.get('outbox')?.signal.aborted).toBe(true)
    expect(t.contexts.get('both')?.signal.aborted).toBe(false)
  })

  it('starts booklet runtimes once the booklet is open, restarts them on another booklet', () => {
    const t = setup()
    t.registry.update({ mode: 'holder' })
    expect(t.log).toEqual([])
    const a = new Y.Doc()
    t.registry.update({ mode: 'holder', booklet: a, readOnly: true })
    expect(t.log).toEqual(['start sync'])
    t.registry.update({ mode: 'holder', booklet: a, readOnly: false })
    expect(t.log).toEqual(['start sync', 'start inbox'])
    expect(t.contexts.get('sync')?.booklet).toBe(a)
    t.log.length = 0
    const b = new Y.Doc()
    t.registry.update({ mode: 'holder', booklet: b })
    expect(t.log).toEqual(['stop sync', 'start sync', 'stop inbox', 'start inbox'])
    t.log.length = 0
    t.registry.update({ mode: 'holder' })
    expect(t.log).toEqual(['stop sync', 'stop inbox'])
  })

  it('is idempotent: the same state starts nothing twice, stopAll twice stops once', () => {
    const t = setup()
    const doc = new Y.Doc()
    t.registry.update({ mode: 'holder', booklet: doc })
    t.registry.update({ mode: 'holder', booklet: doc })
    expect(t.log).toEqual(['start sync', 'start inbox'])
    t.registry.stopAll()
    t.registry.stopAll()
    expect(t.log).toEqual(['start sync', 'start inbox', 'stop sync', 'stop inbox'])
    expect(t.status.get().size).toBe(0)
    t.registry.update({ mode: 'holder', booklet: doc })
    expect(t.registry.names).toEqual(['sync', 'inbox'])
  })

  it('reports a runtime that throws on start (sync or async) and keeps the others going', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {})
    const retry = new RetryScheduler({ clock: fakeClock(), network: fakeNetwork() })
    const status = createStore<ReadonlyMap<string, RuntimeStatus>>(new Map())
    let started = 0
    const ok: Runtime = {
      name: 'ok',
      modes: ['operator'],
      start: () => {
        started++
        return () => {}
      },
    }
    const throws: Runtime = {
      name: 'throws',
      modes: ['operator'],
      start: () => {
        throw new Error('boom')
      },
    }
    const rejects: Runtime = {
      name: 'rejects',
      modes: ['operator'],
      start: () => Promise.reject(new Error('no')),
    }
    const registry = new RuntimeRegistry([throws, rejects, ok], {
      net: { relayOrigin: 'http://x' },
      retry,
      status,
    })
    registry.update({ mode: 'operator' })
    await settled()
    expect(started).toBe(1)
    expect(status.get().get('throws')).toEqual({ runtime: 'throws', state: 'error', code: 'start-failed' })
    expect(status.get().get('rejects')).toEqual({ runtime: 'rejects', state: 'error', code: 'start-failed' })
    expect(status.get().get('ok')?.state).toBe('idle')
    registry.stopAll()
    expect(status.get().size).toBe(0)
    errors.mockRestore()
  })

  it('stops an asynchronous start that resolves after the runtime was stopped', async () => {
    const retry = new RetryScheduler({ clock: fakeClock(), network: fakeNetwork() })
    let release: (() => void) | undefined
    let stopped = 0
    const slow: Runtime = {
      name: 'slow',
      modes: ['holder'],
      start: () =>
        new Promise((resolve) => {
          release = () => resolve(() => stopped++)
        }),
    }
    const registry = new RuntimeRegistry([slow], { net: { relayOrigin: 'http://x' }, retry })
    registry.update({ mode: 'holder' })
    registry.update({ mode: 'trainer' })
    expect(stopped).toBe(0)
    release?.()
    await settled()
    expect(stopped).toBe(1)
  })

  it('drops the reports of a stopped runtime', () => {
    const t = setup()
    t.registry.update({ mode: 'trainer' })
    const ctx = t.contexts.get('outbox')
    ctx?.report({ state: 'working' })
    expect(t.status.get().get('outbox')?.state).toBe('working')
    t.registry.update({ mode: 'operator' })
    ctx?.report({ state: 'offline' })
    expect(t.status.get().has('outbox')).toBe(false)
  })
})
