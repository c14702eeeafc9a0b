import { describe, expect, it } from 'vitest'
import { checkSheet, emptySheetForm, isSheetForm, type SheetForm } from './sheet-form.ts'

const now = new Date('2026-03-01T12:00:00.000Z')
const filled = (patch: Partial<SheetForm> = {}): SheetForm => {
  const f = emptySheetForm()
  return {
    ...f,
    recipient: '  CPAS de Namur — service insertion ',
    sections: {
      ...f.sections,
      experiences: { all: true, ids: [] },
      competences: { all: false, ids: ['c1', 'c1'] },
    },
    ...patch,
  }
}

describe('share sheet form', () => {
  it('starts as a snapshot of 30 days with nothing picked', () => {
    const f = emptySheetForm()
    expect(f.mode).toBe('snapshot')
    expect(f.days).toBe('30')
    expect(checkSheet({ ...f, recipient: 'CPAS' }, now)).toEqual({
      ok: false,
      errors: { sections: 'nothing-picked' },
    })
  })
  it('builds the selection: trimmed recipient, whole and single picks, expiry in days', () => {
    const r = checkSheet(filled({ days: '7', situation: ['health'], journal: ['j1'] }), now)
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    expect(r.selection.recipient).toBe('CPAS de Namur — service insertion')
    expect(r.selection.sections).toEqual({
      experiences: { all: true },
      competences: { ids: ['c1'] },
      situation: { ids: ['health'] },
      journal: { ids: ['j1'] },
    })
    expect(r.selection.expiresAt).toBe('2026-03-08T12:00:00.000Z')
    expect(r.selection.mode).toBe('snapshot')
  })
  it('picks job applications one by one; a draft kept before they existed still reads', () => {
    const r = checkSheet({ ...emptySheetForm(), recipient: 'Forem', applications: ['a1', 'a2', 'a1'] }, now)
    if (!r.ok) throw new Error(JSON.stringify(r.errors))
    expect(r.selection.sections).toEqual({ applications: { ids: ['a1', 'a2'] } })
    const { applications: _, ...older } = emptySheetForm()
    expect(isSheetForm(older)).toBe(true)
    expect(checkSheet({ ...older, recipient: 'Forem' }, now)).toEqual({
      ok: false,
      errors: { sections: 'nothing-picked' },
    })
  })
  it('says which field is wrong', () => {
    expect(checkSheet(filled({ recipient: '   ' }), now)).toEqual({
      ok: false,
      errors: { recipient: 'empty' },
    })
    expect(checkSheet(filled({ recipient: 'x'.repeat(121) }), now)).toEqual({
      ok: false,
      errors: { recipient: 'too-long' },
    })
    for (const days of ['0', '366', 'abc', '', '2.5', '-3'])
      expect(checkSheet(filled({ days }), now)).toEqual({ ok: false, errors: { days: 'share-days' } })
    expect(checkSheet(filled({ mode: 'forever' as never }), now)).toEqual({
      ok: false,
      errors: { mode: 'invalid' },
    })
  })
  it('tells every wrong field at once, "nothing picked" included', () => {
    expect(checkSheet({ ...emptySheetForm(), days: '400' }, now)).toEqual({
      ok: false,
      errors: { recipient: 'empty', days: 'share-days', sections: 'nothing-picked' },
    })
  })
  it('refuses what is not a form at all', () => {
    expect(checkSheet(null, now).ok).toBe(false)
    expect(checkSheet({ ...filled(), situation: ['debts'] }, now)).toEqual({
      ok: false,
      errors: { sections: 'invalid' },
    })
  })
  it('accepts 365 days and a live share', () => {
    const r = checkSheet(filled({ days: '365', mode: 'live' }), now)
    expect(r.ok && r.selection.mode).toBe('live')
  })
})
