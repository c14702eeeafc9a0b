// Share selections: defaults, the item-by-item rule for sensitive sections, expiry bounds, hostile input.
import { describe, expect, it } from 'vitest'
import { newId } from './ids.ts'
import {
  checkShareExpiry,
  createShareSelection,
  DEFAULT_SHARE_DAYS,
  isShareExpired,
  MAX_SHARE_DAYS,
  pickIncludes,
  type ShareSelectionInput,
  ShareSelectionSchema,
  shareExpiryIn,
} from './share-selection.ts'

const NOW = new Date('2026-03-01T09:00:00.000Z')
const DAY = 86_400_000
const base: ShareSelectionInput = {
  recipient: 'CPAS de Namur — service insertion',
  sections: { experiences: { all: true } },
}
const codes = (input: unknown, now = NOW): string[] => {
  const r = createShareSelection(input as ShareSelectionInput, now)
  return r.ok ? [] : (r.issues ?? []).map((i) => `${i.path}:${i.code}`)
}

describe('createShareSelection', () => {
  it('fills the defaults: snapshot, 30 days, display name only', () => {
    const r = createShareSelection(base, NOW)
    if (!r.ok) throw new Error(JSON.stringify(r))
    expect(DEFAULT_SHARE_DAYS).toBe(30)
    expect(r.value.mode).toBe('snapshot')
    expect(r.value.profile).toEqual([])
    expect(Date.parse(r.value.expiresAt) - NOW.getTime()).toBe(30 * DAY)
    expect(r.value.recipient).toBe('CPAS de Namur — service insertion')
  })

  it('keeps a chosen mode, expiry and profile fields (deduplicated)', () => {
    const expiresAt = shareExpiryIn(7, NOW)
    const r = createShareSelection(
      { ...base, mode: 'live', expiresAt, profile: ['city', 'languages', 'city'] },
      NOW,
    )
    if (!r.ok) throw new Error(JSON.stringify(r))
    expect(r.value).toMatchObject({ mode: 'live', expiresAt, profile: ['city', 'languages'] })
  })

  it('refuses `all` on the situation and on the journal, with a code of its own', () => {
    expect(codes({ ...base, sections: { situation: { all: true } } })).toEqual([
      'sections.situation:sensitive-item-by-item',
    ])
    expect(codes({ ...base, sections: { journal: { all: true, ids: [] } } })).toEqual([
      'sections.journal:sensitive-item-by-item',
    ])
  })

  it('accepts the situation area by area and the journal entry by entry', () => {
    const id = newId()
    const r = createShareSelection(
      { ...base, sections: { situation: { ids: ['mobility', 'language'] }, journal: { ids: [id] } } },
      NOW,
    )
    if (!r.ok) throw new Error(JSON.stringify(r))
    expect(r.value.sections.situation?.ids).toEqual(['mobility', 'language'])
    expect(r.value.sections.journal?.ids).toEqual([id])
  })

  it('refuses an unknown situation area, a bad id, an unknown section, a mixed pick', () => {
    expect(codes({ ...base, sections: { situation: { ids: ['debts'] } } })).toEqual([
      'sections.situation.ids.0:invalid-area',
    ])
    expect(codes({ ...base, sections: { competences: { ids: ['__proto__'] } } })).toEqual([
      'sections.competences.ids.0:invalid-id',
    ])
    expect(codes({ ...base, sections: { validations: { all: true } } })).toEqual(['sections:unknown-section'])
    expect(codes({ ...base, sections: { experiences: { all: true, ids: [] } } })).toEqual([
      'sections.experiences:invalid-pick',
    ])
    expect(codes({ ...base, sections: { experiences: { all: false } } })).toEqual([
      'sections.experiences.all:invalid-pick',
    ])
  })

  it('refuses a selection that picks nothing', () => {
    expect(codes({ ...base, sections: {} })).toEqual(['sections:nothing-picked'])
    expect(codes({ ...base, sections: { experiences: { ids: [] }, situation: { ids: [] } } })).toEqual([
      'sections:nothing-picked',
    ])
  })

  it('refuses a past, present or too distant expiry, accepts exactly 365 days', () => {
    expect(codes({ ...base, expiresAt: '2026-02-28T09:00:00.000Z' })).toEqual(['expiresAt:expiry-past'])
    expect(codes({ ...base, expiresAt: NOW.toISOString() })).toEqual(['expiresAt:expiry-past'])
    expect(codes({ ...base, expiresAt: shareExpiryIn(MAX_SHARE_DAYS + 1, NOW) })).toEqual([
      'expiresAt:expiry-too-far',
    ])
    expect(codes({ ...base, expiresAt: shareExpiryIn(MAX_SHARE_DAYS, NOW) })).toEqual([])
    expect(codes({ ...base, expiresAt: 'next week' })).toEqual(['expiresAt:invalid-timestamp'])
  })

  it('refuses a blank or too long recipient, a bad mode, a contact field that does not exist', () => {
    expect(codes({ ...base, recipient: '   ' })).toEqual(['recipient:empty'])
    expect(codes({ ...base, recipient: 'x'.repeat(121) })).toEqual(['recipient:too-long'])
    expect(codes({ ...base, recipient: 'x'.repeat(120) })).toEqual([])
    expect(codes({ ...base, mode: 'forever' })).toEqual(['mode:invalid-mode'])
    expect(codes({ ...base, profile: ['password'] })).toEqual(['profile.0:invalid-profile-field'])
  })

  it('survives hostile input without throwing', () => {
    for (const bad of [null, 42, 'x', [], { recipient: 'a' }, { ...base, sections: null }])
      expect(codes(bad).length).toBeGreaterThan(0)
  })
})

describe('stored selections and helpers', () => {
  it('the plain schema reads an expired stored selection (records of past shares)', () => {
    const stored = { ...base, mode: 'live', profile: [], expiresAt: '2020-01-01T00:00:00.000Z' }
    const r = ShareSelectionSchema['~standard'].validate(stored)
    expect('issues' in r && r.issues).toBeFalsy()
    expect(isShareExpired(stored, NOW)).toBe(true)
    expect(isShareExpired({ expiresAt: shareExpiryIn(1, NOW) }, NOW)).toBe(false)
  })

  it('checkShareExpiry serves extension too', () => {
    expect(checkShareExpiry(shareExpiryIn(10, NOW), NOW).ok).toBe(true)
    expect(checkShareExpiry('garbage', NOW)).toMatchObject({ ok: false, code: 'expiry-past' })
  })

  it('pickIncludes', () => {
    expect(pickIncludes({ all: true }, 'a')).toBe(true)
    expect(pickIncludes({ ids: ['a'] }, 'a')).toBe(true)
    expect(pickIncludes({ ids: ['a'] }, 'b')).toBe(false)
    expect(pickIncludes(undefined, 'a')).toBe(false)
  })
})
