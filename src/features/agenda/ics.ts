// An iCalendar file (RFC 5545) of agenda items, for the phone's calendar: one VEVENT per item, timed
// events in their local time zone with the zone's VTIMEZONE (Europe/Brussels and Europe/Paris share
// the EU rules: CET/CEST, last Sunday of March and of October), whole-day events as VALUE=DATE, a
// VALARM reminder each. Text is escaped (\\ ; , newline) and lines folded at 75 octets without
// cutting a UTF-8 character; lines end with CRLF. Pure: the caller saves the text as a .ics file.
import type { AgendaItem } from './agenda.ts'
import { addDays } from './local-time.ts'

/** Time zones with a VTIMEZONE here. */
export const ICS_TIME_ZONES = ['Europe/Brussels', 'Europe/Paris'] as const
/** One of them. */
export type IcsTimeZone = (typeof ICS_TIME_ZONES)[number]

/** Reminder before a timed event when the item says none (minutes). */
export const DEFAULT_REMINDER_MINUTES = 60
/** Reminder of a whole-day event: 18:00 the day before (minutes before its midnight start). */
export const ALL_DAY_REMINDER_MINUTES = 6 * 60

const vtimezone = (tzid: IcsTimeZone): string[] => [
  'BEGIN:VTIMEZONE',
  `TZID:${tzid}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
]

/** TEXT value escaping of RFC 5545 §3.3.11. */
export const escapeText = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')

const encoder = new TextEncoder()

/** Folds one content line at 75 octets (RFC 5545 §3.1): CRLF + space, never inside a character. */
export const foldLine = (line: string): string => {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const ch of line) {
    const n = encoder.encode(ch).length
    // The first line holds 75 octets; continuation lines hold 74 after their leading space.
    if (octets + n > (out.length === 0 ? 75 : 74)) {
      out.push(current)
      current = ''
      octets = 0
    }
    current += ch
    octets += n
  }
  out.push(current)
  return out.join('\r\n ')
}

const basic = (day: string): string => day.replaceAll('-', '')
const stampOf = (d: Date): string => `${d.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`
const duration = (minutes: number): string =>
  minutes % 60 === 0 ? `PT${minutes / 60}H` : `PT${Math.floor(minutes / 60)}H${minutes % 60}M`

/** Options: when the file is made (DTSTAMP), the zone of timed items without one, a product id. */
export type IcsOptions = { now: Date; timeZone?: IcsTimeZone; uidDomain?: string }

const zoneOf = (item: AgendaItem, fallback: IcsTimeZone): IcsTimeZone =>
  (ICS_TIME_ZONES as readonly string[]).includes(item.timeZone ?? '')
    ? (item.timeZone as IcsTimeZone)
    : fallback

const description = (item: AgendaItem): string | undefined => {
  const parts: string[] = []
  if (item.organisation && item.organisation !== item.title) parts.push(item.organisation)
  if (item.bring) parts.push(`→ ${item.bring}`)
  for (const c of item.commitments) parts.push(`• ${c}`)
  return parts.length > 0 ? parts.join('\n') : undefined
}

const vevent = (item: AgendaItem, o: Required<IcsOptions>): string[] => {
  const lines = ['BEGIN:VEVENT', `UID:${item.kind}-${item.id}@${o.uidDomain}`, `DTSTAMP:${stampOf(o.now)}`]
  let reminder: number
  if (item.time) {
    const tz = zoneOf(item, o.timeZone)
    lines.push(`DTSTART;TZID=${tz}:${basic(item.day)}T${item.time.replace(':', '')}00`)
    lines.push(`DURATION:${duration(item.durationMinutes ?? 60)}`)
    reminder = item.reminderMinutes ?? DEFAULT_REMINDER_MINUTES
  } else {
    lines.push(`DTSTART;VALUE=DATE:${basic(item.day)}`, `DTEND;VALUE=DATE:${basic(addDays(item.day, 1))}`)
    reminder = item.reminderMinutes ?? ALL_DAY_REMINDER_MINUTES
  }
  lines.push(`SUMMARY:${escapeText(item.title)}`)
  if (item.place) lines.push(`LOCATION:${escapeText(item.place)}`)
  const text = description(item)
  if (text) lines.push(`DESCRIPTION:${escapeText(text)}`)
  lines.push(
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `TRIGGER:-${reminder === 0 ? 'PT0M' : duration(reminder)}`,
    `DESCRIPTION:${escapeText(item.title)}`,
    'END:VALARM',
    'END:VEVENT',
  )
  return lines
}

/** The .ics text of one or more agenda items. */
export const agendaToIcs = (items: readonly AgendaItem[], options: IcsOptions): string => {
  const o: Required<IcsOptions> = {
    now: options.now,
    timeZone: options.timeZone ?? 'Europe/Brussels',
    uidDomain: options.uidDomain ?? 'livret.invalid',
  }
  const zones = new Set<IcsTimeZone>()
  for (const i of items) if (i.time) zones.add(zoneOf(i, o.timeZone))
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Livret//Agenda//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...[...zones].sort().flatMap(vtimezone),
    ...items.flatMap((i) => vevent(i, o)),
    'END:VCALENDAR',
  ]
  return `${lines.map(foldLine).join('\r\n')}\r\n`
}
