import { describe, expect, it } from 'vitest'
import { checkDraft, emptyDraft, REMAINS_PREFIX } from './assessment-draft.ts'

const now = new Date('2026-03-12T10:00:00')

describe('checkDraft', () => {
  it('skips a competence with no outcome chosen', () => {
    expect(checkDraft(emptyDraft(now), now)).toEqual({ ok: false, skip: true })
  })

  it('asks for level and method, and what remains when partly validated', () => {
    const r = checkDraft({ ...emptyDraft(now), status: 'partial' }, now)
    expect(r).toEqual({
      ok: false,
      skip: false,
      fields: { remains: 'required', level: 'required', method: 'required' },
    })
  })

  it('refuses a day in the future or not a date', () => {
    const base = {
      ...emptyDraft(now),
      status: 'validated' as const,
      level: 3 as const,
      method: 'test' as const,
    }
    expect(checkDraft({ ...base, date: '2026-03-13' }, now)).toMatchObject({ fields: { date: 'invalid' } })
    expect(checkDraft({ ...base, date: '12/03/2026' }, now)).toMatchObject({ fields: { date: 'invalid' } })
    expect(checkDraft({ ...base, date: '' }, now)).toMatchObject({ fields: { date: 'required' } })
  })

  it('builds the assessment, writing what remains before the comment', () => {
    const r = checkDraft(
      {
        ...emptyDraft(now),
        status: 'partial',
        remains: ' le coup de feu du midi ',
        level: 2,
        method: 'internship-observation',
        evidence: '',
        comment: 'Bonne base.',
      },
      now,
    )
    expect(r).toEqual({
      ok: true,
      assessment: {
        status: 'partial',
        level: 2,
        method: 'internship-observation',
        date: '2026-03-12',
        comment: `${REMAINS_PREFIX}le coup de feu du midi\nBonne base.`,
        remaining: 'le coup de feu du midi',
      },
    })
    const full = checkDraft(
      { ...emptyDraft(now), status: 'validated', level: 4, method: 'situation', evidence: 'Vu.' },
      now,
    )
    expect(full).toEqual({
      ok: true,
      assessment: { status: 'validated', level: 4, method: 'situation', date: '2026-03-12', evidence: 'Vu.' },
    })
  })

  it('refuses an overlong comment', () => {
    const r = checkDraft(
      { ...emptyDraft(now), status: 'validated', level: 4, method: 'test', comment: 'x'.repeat(5_001) },
      now,
    )
    expect(r).toMatchObject({ ok: false, fields: { comment: 'too-long' } })
  })
})
