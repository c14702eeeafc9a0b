import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SITUATION_AREAS } from '../domain/index.ts'
import { createBookletDoc } from './layout.ts'
import { getProfile, putProfile, readProfile } from './profile.ts'
import { getSituation, putSituationItem, readSituation } from './situation.ts'

const T = '2025-03-01T10:00:00.000Z'

describe('profile', () => {
  it('is missing at first, then round-trips', () => {
    const doc = createBookletDoc()
    expect(readProfile(doc)).toEqual({ ok: false, code: 'missing' })
    const p = { displayName: 'Samira', languages: ['français'], city: 'Namur', createdAt: T, updatedAt: T }
    expect(putProfile(doc, p)).toEqual({ ok: true, value: p })
    expect(getProfile(doc)).toEqual(p)
    expect(doc.getMap('profile').get('city')).toBe('Namur')
  })
  it('refuses invalid input and reports damaged data', () => {
    const doc = createBookletDoc()
    const r = putProfile(doc, { displayName: '', languages: [], createdAt: T, updatedAt: T })
    expect(r).toMatchObject({ ok: false, code: 'invalid', issues: [{ path: 'displayName', code: 'empty' }] })
    expect(doc.getMap('profile').size).toBe(0)
    doc.getMap('profile').set('displayName', 42)
    expect(readProfile(doc)).toMatchObject({ ok: false, code: 'invalid' })
    expect(getProfile(doc)).toBeUndefined()
  })
})

describe('situation', () => {
  it('lists the seven areas in order, unknown until filled in', () => {
    const doc = createBookletDoc()
    const s = getSituation(doc)
    expect(s.map((i) => i.area)).toEqual([...SITUATION_AREAS])
    expect(s.every((i) => i.status === 'unknown' && i.note === '')).toBe(true)
  })
  it('stores one area and keeps the others', () => {
    const doc = createBookletDoc()
    const item = { area: 'mobility', status: 'obstacle', note: 'Pas de permis', updatedAt: T } as const
    expect(putSituationItem(doc, item)).toEqual({ ok: true, value: item })
    expect(getSituation(doc)[3]).toEqual(item)
    expect(putSituationItem(doc, { area: 'moon', status: 'ok', note: '' } as never)).toMatchObject({
      ok: false,
      code: 'invalid',
    })
  })
  it('reports damaged areas instead of showing them as valid', () => {
    const doc = createBookletDoc()
    doc.getMap('situation').set('health', 'nope')
    const wrong = new Y.Map<unknown>()
    doc.getMap('situation').set('housing', wrong)
    wrong.set('area', 'health')
    wrong.set('status', 'ok')
    wrong.set('note', '')
    const r = readSituation(doc)
    expect(r.invalid.map((i) => i.id).sort()).toEqual(['health', 'housing'])
    expect(r.items[0]?.status).toBe('unknown')
  })
})
