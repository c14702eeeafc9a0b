// An appointment the person adds to their agenda (issue 13, point 2): with which organisation, where,
// what to bring, when; afterwards whether it took place, or why not. Lives in the booklet, so it
// travels with the person's devices and backups; never shared (not a pickable section).
import * as v from 'valibot'
import { onlyWhen, timestamps } from './base.ts'
import { idSchema } from './ids.ts'
import { IsoDaySchema, LIMITS, requiredText, text } from './primitives.ts'

/** Appointment id. */
export const AppointmentIdSchema = idSchema('AppointmentId')
/** Id of an appointment. */
export type AppointmentId = v.InferOutput<typeof AppointmentIdSchema>

/** Planned, done, or did not take place. */
export const APPOINTMENT_STATUSES = ['planned', 'done', 'missed'] as const
/** One appointment status. */
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number]

/** Time zones the agenda writes into calendars (where the people of Livret live). */
export const AGENDA_TIME_ZONES = ['Europe/Brussels', 'Europe/Paris'] as const
/** One time zone. */
export type AgendaTimeZone = (typeof AGENDA_TIME_ZONES)[number]

/** A wall-clock time 'HH:MM' (24 h). */
export const TimeOfDaySchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'invalid-time'))

/** Schema of an appointment. No time = the whole day. A reason only for one that did not happen. */
export const AppointmentSchema = v.pipe(
  v.object({
    id: AppointmentIdSchema,
    organisation: requiredText(LIMITS.label),
    title: v.optional(text(LIMITS.label)),
    place: v.optional(text(LIMITS.shortText)),
    bring: v.optional(text(LIMITS.shortText)),
    date: IsoDaySchema,
    time: v.optional(TimeOfDaySchema),
    durationMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(720))),
    timeZone: v.optional(v.picklist(AGENDA_TIME_ZONES, 'invalid-time-zone')),
    /** Minutes before the start for a reminder (none when absent). */
    reminderMinutes: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_080))),
    status: v.picklist(APPOINTMENT_STATUSES, 'invalid-status'),
    missedReason: v.optional(text(LIMITS.shortText)),
    notes: v.optional(text(LIMITS.notes)),
    ...timestamps,
  }),
  onlyWhen('missedReason', 'status', 'missed', 'reason-not-missed'),
)
/** An appointment. */
export type Appointment = v.InferOutput<typeof AppointmentSchema>
