// The person's one agenda (issue 13, point 2): what is dated in the booklet, grouped by day, and its
// .ics export. No Preact: screens call these.
export {
  AGENDA_GROUPS,
  type Agenda,
  type AgendaGroup,
  type AgendaItem,
  type AgendaKind,
  type AgendaSources,
  agendaGroup,
  buildAgenda,
  DEFAULT_TIME_ZONE,
  dueTodayAndTomorrow,
  type PastAppointment,
} from './agenda.ts'
export {
  addAppointment,
  markAppointmentDone,
  markAppointmentMissed,
  type NewAppointment,
  reopenAppointment,
} from './appointments.ts'
export {
  agendaToIcs,
  escapeText,
  foldLine,
  ICS_TIME_ZONES,
  type IcsOptions,
  type IcsTimeZone,
} from './ics.ts'
export { addDays, localDay } from './local-time.ts'
export { agendaSources, bookletAgenda } from './sources.ts'
