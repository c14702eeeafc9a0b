import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { until } from '../../tests/support/until.ts'
import { sampleExperience, sampleObjective, sampleStep } from '../domain/index.ts'
import { createBookletDoc } from './layout.ts'
import { observeSection } from './observe.ts'
import { putProfile } from './profile.ts'
import { putItem } from './write.ts'

describe('observeSection', () => {
  it('fires for its section only, local and remote, until unsubscribed', () => {
    const doc = createBookletDoc()
    const calls: string[] = []
    const offExp = observeSection(doc, 'experiences', () => calls.push('experiences'))
    const offSteps = observeSection(doc, 'steps', () => calls.push('steps'))
    const offObj = observeSection(doc, 'objectives', () => calls.push('objectives'))
    const offProfile = observeSection(doc, 'profile', () => calls.push('profile'))
    const e = sampleExperience()
    putItem(doc, 'experiences', e)
    const o = sampleObjective()
    putItem(doc, 'objectives', o)
    putItem(doc, 'steps', sampleStep(o.id))
    putProfile(doc, { displayName: 'A', languages: [], createdAt: e.createdAt, updatedAt: e.updatedAt })
    expect(calls).toEqual(['experiences', 'objectives', 'steps', 'profile'])
    const remote = new Y.Doc()
    Y.applyUpdate(remote, Y.encodeStateAsUpdate(doc))
    putItem(remote, 'experiences', { ...e, title: 'remote edit' })
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote, Y.encodeStateVector(doc)))
    expect(calls.at(-1)).toBe('experiences')
    for (const off of [offExp, offSteps, offObj, offProfile]) off()
    putItem(doc, 'experiences', { ...e, title: 'after' })
    expect(calls).toHaveLength(5)
  })
  it('a throwing callback does not break the write', async () => {
    const doc = createBookletDoc()
    const errors: unknown[] = []
    const onError = (e: unknown) => errors.push(e)
    process.on('uncaughtException', onError)
    observeSection(doc, 'experiences', () => {
      throw new Error('boom')
    })
    const r = putItem(doc, 'experiences', sampleExperience())
    expect(r.ok).toBe(true)
    await until(() => errors.length > 0, { what: 'the callback error reported' })
    process.off('uncaughtException', onError)
    expect(errors).toHaveLength(1)
  })
})
