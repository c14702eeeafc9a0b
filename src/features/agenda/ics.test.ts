import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import type { AgendaItem } from './agenda.ts'
import { agendaToIcs, escapeText, foldLine } from './ics.ts'

const NOW = new Date('2026-03-01T09:00:00.000Z')
const item = (over: Partial<AgendaItem>): AgendaItem => ({
  kind: 'appointment',
  id: 'a1',
  title: 'Rendez-vous',
  day: '2026-03-10',
  commitments: [],
  group: 'later',
  ...over,
})

// Parses with ical.js, registering the file's own VTIMEZONEs, as a calendar application would.
const parse = (text: string) => {
  const cal = new ICAL.Component(ICAL.parse(text))
  for (const tz of cal.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(tz)
  return cal.getAllSubcomponents('vevent').map((c) => ({ c, e: new ICAL.Event(c) }))
}

describe('.ics export', () => {
  it('writes timed events in Europe/Brussels and Europe/Paris, winter and summer, with their VTIMEZONE', () => {
    const text = agendaToIcs(
      [
        item({ id: 'w', time: '09:30', timeZone: 'Europe/Brussels' }),
        item({ id: 's', day: '2026-07-10', time: '09:30', timeZone: 'Europe/Brussels' }),
        item({ id: 'p1', day: '2026-03-29', time: '10:00', timeZone: 'Europe/Paris' }),
        item({ id: 'p2', day: '2026-10-25', time: '10:00', timeZone: 'Europe/Paris', durationMinutes: 90 }),
      ],
      { now: NOW },
    )
    expect(text).toContain('DTSTART;TZID=Europe/Brussels:20260310T093000')
    expect(text.match(/BEGIN:VTIMEZONE/g)).toHaveLength(2)
    const utc = parse(text).map(({ e }) => e.startDate.toJSDate().toISOString())
    // CET is UTC+1, CEST UTC+2; summer time starts 29 March 2026 and ends 25 October 2026.
    expect(utc).toEqual([
      '2026-03-10T08:30:00.000Z',
      '2026-07-10T07:30:00.000Z',
      '2026-03-29T08:00:00.000Z',
      '2026-10-25T09:00:00.000Z',
    ])
    const [, , , last] = parse(text)
    expect(last?.e.endDate.toJSDate().toISOString()).toBe('2026-10-25T10:30:00.000Z')
    expect(last?.e.uid).toBe('appointment-p2@livret.invalid')
    expect(last?.c.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-03-01T09:00:00Z')
  })
  it('writes whole-day items as VALUE=DATE over one day', () => {
    const [ev] = parse(agendaToIcs([item({ kind: 'step', id: 's1', title: 'Envoyer le CV' })], { now: NOW }))
    expect(ev?.e.startDate.isDate).toBe(true)
    expect(ev?.e.startDate.toString()).toBe('2026-03-10')
    expect(ev?.e.endDate.toString()).toBe('2026-03-11')
  })
  it('escapes backslashes, semicolons, commas and new lines, and reads them back unchanged', () => {
    const title = 'CPAS; service insertion, 2e étage \\ bureau 3\nsonner deux fois'
    expect(escapeText('a;b,c\\d\ne')).toBe('a\\;b\\,c\\\\d\\ne')
    const text = agendaToIcs(
      [item({ title, place: 'Rue de Fer 42, Namur', bring: 'carte d’identité; CV' })],
      {
        now: NOW,
      },
    )
    const [ev] = parse(text)
    expect(ev?.e.summary).toBe(title)
    expect(ev?.e.location).toBe('Rue de Fer 42, Namur')
    expect(ev?.e.description).toContain('→ carte d’identité; CV')
  })
  it('folds long lines at 75 octets without cutting a character, and unfolds to the same text', () => {
    const title = `Entretien chez l’employeur — ${'é'.repeat(120)} fin`
    const text = agendaToIcs([item({ title })], { now: NOW })
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75)
    expect(parse(text)[0]?.e.summary).toBe(title)
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75))
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`)
  })
  it('adds a reminder: the item’s own, one hour before by default, 18:00 the day before a whole day', () => {
    const text = agendaToIcs(
      [
        item({ id: 'a', time: '14:00', reminderMinutes: 30 }),
        item({ id: 'b', time: '14:00' }),
        item({ id: 'c' }),
      ],
      { now: NOW },
    )
    const triggers = parse(text).map(({ c }) => {
      const alarm = c.getFirstSubcomponent('valarm')
      expect(alarm?.getFirstPropertyValue('action')).toBe('DISPLAY')
      const trigger = alarm?.getFirstPropertyValue('trigger')
      if (!(trigger instanceof ICAL.Duration)) throw new Error('no trigger')
      return trigger.toSeconds()
    })
    expect(triggers).toEqual([-30 * 60, -60 * 60, -6 * 3600])
  })
  it('ends every line with CRLF and wraps everything in one VCALENDAR', () => {
    const text = agendaToIcs([item({})], { now: NOW })
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })
})
