import { describe, expect, it } from 'vitest'
import { createBookletDoc, getItem } from '../../booklet/index.ts'
import {
  addAppointment,
  markAppointmentDone,
  markAppointmentMissed,
  reopenAppointment,
} from './appointments.ts'
import { bookletAgenda } from './sources.ts'

const NOW = new Date('2026-03-11T09:00:00.000Z')

describe('appointments in the booklet', () => {
  it('adds one with an organisation and a day, and the agenda shows it', () => {
    const doc = createBookletDoc()
    const r = addAppointment(doc, { organisation: 'Forem Namur', date: '2026-03-12', time: '10:00' }, NOW)
    expect(r.ok).toBe(true)
    const [item] = bookletAgenda(doc, NOW).items
    expect(item).toMatchObject({ kind: 'appointment', organisation: 'Forem Namur', group: 'this-week' })
  })
  it('refuses an appointment without organisation, and leaves the booklet unchanged', () => {
    const doc = createBookletDoc()
    const r = addAppointment(doc, { organisation: '  ', date: '2026-03-12' }, NOW)
    expect(r.ok ? 'ok' : r.code).toBe('invalid')
    expect(doc.getMap('appointments').size).toBe(0)
  })
  it('marks it done or missed with a reason; either way it leaves the agenda; reopen brings it back', () => {
    const doc = createBookletDoc()
    const r = addAppointment(doc, { organisation: 'CPAS', date: '2026-03-10' }, NOW)
    if (!r.ok) throw new Error(r.code)
    expect(bookletAgenda(doc, NOW).items[0]?.group).toBe('late')
    const missed = markAppointmentMissed(doc, r.value.id, 'Malade', NOW)
    expect(missed.ok && missed.value.missedReason).toBe('Malade')
    expect(bookletAgenda(doc, NOW).items).toEqual([])
    expect(markAppointmentDone(doc, r.value.id, NOW).ok).toBe(true)
    expect(getItem(doc, 'appointments', r.value.id)).not.toHaveProperty('missedReason')
    expect(reopenAppointment(doc, r.value.id, NOW).ok).toBe(true)
    expect(bookletAgenda(doc, NOW).items).toHaveLength(1)
    expect(markAppointmentDone(doc, 'nope', NOW)).toEqual({ ok: false, code: 'not-found' })
  })
})
