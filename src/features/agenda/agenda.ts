// One agenda of everything dated in the booklet (issue 13, point 2): plan steps with a due date (and
// the person's own commitments on them, whoever proposed the step), appointments, and the next step
// of job applications, in one list by date, grouped relative to an injected "now" in the person's
// time zone. Pure: readers (sources.ts) hand it plain entities.
// Decisions:
// - Steps: accepted and not done/dropped. A proposal not yet accepted is not the person's agenda.
// - Appointments: planned ones; done or missed ones left the agenda for `past`, most recent first,
//   so the reason a missed one did not happen stays readable.
// - Groups: 'late' (a day before today, still open), 'today', 'this-week' (tomorrow to Sunday of the
//   current Monday–Sunday week, as calendars in Belgium and France show it), 'later'.
// - Undated open commitments of the person are returned apart (`undated`), so none is lost.
// - Order: by day, then timed items by time after the all-day ones, then by title.
import type { Appointment, JobApplication, Step } from '../../domain/index.ts'
import { addDays, isoWeekday, localDay } from './local-time.ts'

/** Where an agenda item comes from. */
export type AgendaKind = 'step' | 'appointment' | 'application'
/** The four groups, in display order. */
export const AGENDA_GROUPS = ['late', 'today', 'this-week', 'later'] as const
/** One group. */
export type AgendaGroup = (typeof AGENDA_GROUPS)[number]

/** One line of the agenda. */
export type AgendaItem = {
  kind: AgendaKind
  /** Id of the step, appointment or application. */
  id: string
  title: string
  day: string
  /** 'HH:MM' for a timed appointment; absent = the whole day. */
  time?: string
  durationMinutes?: number
  /** The organisation it belongs to (Forem, CPAS…, the employer), when known. */
  organisation?: string
  place?: string
  bring?: string
  /** The person's own open commitments on a step. */
  commitments: string[]
  reminderMinutes?: number
  timeZone?: string
  group: AgendaGroup
}

/** What the agenda is built from. */
export type AgendaSources = {
  steps: readonly Step[]
  appointments: readonly Appointment[]
  applications: readonly JobApplication[]
}

/** An appointment that took place or did not (with the reason noted, if any). */
export type PastAppointment = {
  id: string
  title: string
  day: string
  time?: string
  organisation?: string
  status: 'done' | 'missed'
  missedReason?: string
}

/** The agenda: every dated item in order with its group, undated open commitments, past appointments. */
export type Agenda = {
  today: string
  items: AgendaItem[]
  undated: { stepId: string; stepTitle: string; text: string; organisation?: string }[]
  past: PastAppointment[]
}

/** The default time zone of the agenda. */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels'

const groupOf = (day: string, today: string): AgendaGroup => {
  if (day < today) return 'late'
  if (day === today) return 'today'
  const sunday = addDays(today, 7 - isoWeekday(today))
  return day <= sunday ? 'this-week' : 'later'
}

const stepOrganisation = (s: Step): string | undefined => {
  if (s.proposedBy.role !== 'holder' && s.proposedBy.organisation) return s.proposedBy.organisation
  return s.commitments.find((c) => c.actor.role !== 'holder' && c.actor.organisation)?.actor.organisation
}

const withOptional = <T extends object>(base: T, extra: Record<string, unknown>): T => {
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) }
  for (const [k, value] of Object.entries(extra)) if (value !== undefined && value !== '') out[k] = value
  return out as T
}

type Draft = Omit<AgendaItem, 'group'>

const fromStep = (s: Step): Draft | undefined => {
  if (s.consent !== 'accepted' || s.status === 'done' || s.status === 'dropped' || !s.dueDate)
    return undefined
  const mine = s.commitments.filter((c) => c.actor.role === 'holder' && !c.done).map((c) => c.text)
  return withOptional<Draft>(
    { kind: 'step', id: s.id, title: s.title, day: s.dueDate, commitments: mine },
    { organisation: stepOrganisation(s) },
  )
}

const fromAppointment = (a: Appointment): Draft | undefined =>
  a.status !== 'planned'
    ? undefined
    : withOptional<Draft>(
        { kind: 'appointment', id: a.id, title: a.title || a.organisation, day: a.date, commitments: [] },
        {
          time: a.time,
          durationMinutes: a.durationMinutes,
          organisation: a.organisation,
          place: a.place,
          bring: a.bring,
          reminderMinutes: a.reminderMinutes,
          timeZone: a.timeZone,
        },
      )

const pastAppointment = (a: Appointment): PastAppointment | undefined =>
  a.status === 'planned'
    ? undefined
    : withOptional<PastAppointment>(
        { id: a.id, title: a.title || a.organisation, day: a.date, status: a.status },
        { time: a.time, organisation: a.organisation, missedReason: a.missedReason },
      )

const fromApplication = (j: JobApplication): Draft | undefined =>
  !j.nextStepDate || j.answer === 'refused'
    ? undefined
    : withOptional<Draft>(
        { kind: 'application', id: j.id, title: j.nextStep || j.job, day: j.nextStepDate, commitments: [] },
        { organisation: j.employer },
      )

const compare = (a: AgendaItem, b: AgendaItem): number =>
  a.day.localeCompare(b.day) ||
  (a.time ?? '').localeCompare(b.time ?? '') ||
  a.title.localeCompare(b.title) ||
  a.id.localeCompare(b.id)

/** Builds the agenda for `now` in `timeZone`. */
export const buildAgenda = (
  sources: AgendaSources,
  now: Date,
  timeZone: string = DEFAULT_TIME_ZONE,
): Agenda => {
  const today = localDay(now, timeZone)
  const drafts = [
    ...sources.steps.map(fromStep),
    ...sources.appointments.map(fromAppointment),
    ...sources.applications.map(fromApplication),
  ]
  const items = drafts
    .filter((d): d is Draft => d !== undefined)
    .map((d): AgendaItem => ({ ...d, group: groupOf(d.day, today) }))
    .sort(compare)
  const undated: Agenda['undated'] = []
  for (const s of sources.steps) {
    if (s.dueDate || s.consent !== 'accepted' || s.status === 'done' || s.status === 'dropped') continue
    const organisation = stepOrganisation(s)
    for (const c of s.commitments)
      if (c.actor.role === 'holder' && !c.done)
        undated.push(withOptional({ stepId: s.id, stepTitle: s.title, text: c.text }, { organisation }))
  }
  const past = sources.appointments
    .map(pastAppointment)
    .filter((p): p is PastAppointment => p !== undefined)
    .sort((a, b) => b.day.localeCompare(a.day) || (b.time ?? '').localeCompare(a.time ?? ''))
  return { today, items, undated, past }
}

/** The items of one group, in order. */
export const agendaGroup = (agenda: Agenda, group: AgendaGroup): AgendaItem[] =>
  agenda.items.filter((i) => i.group === group)

/** What the home shows first: what is due today and tomorrow (late items are the agenda's job). */
export const dueTodayAndTomorrow = (agenda: Agenda): { today: AgendaItem[]; tomorrow: AgendaItem[] } => {
  const tomorrow = addDays(agenda.today, 1)
  return {
    today: agenda.items.filter((i) => i.day === agenda.today),
    tomorrow: agenda.items.filter((i) => i.day === tomorrow),
  }
}
