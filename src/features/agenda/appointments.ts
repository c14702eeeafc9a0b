// Adding an appointment and saying how it went: what the agenda screen's buttons call.
import type * as Y from 'yjs'
import { getItem, putItem } from '../../booklet/index.ts'
import { type Appointment, type AppointmentId, fail, newId, type Result } from '../../domain/index.ts'

/** What the "add" form gives: the organisation and the day are enough (two taps from a suggestion). */
export type NewAppointment = Omit<Appointment, 'id' | 'status' | 'createdAt' | 'updatedAt' | 'missedReason'>

type Outcome = Result<Appointment, 'invalid' | 'read-only' | 'not-found'>

/** Adds a planned appointment to the booklet. */
export const addAppointment = (doc: Y.Doc, input: NewAppointment, now: Date = new Date()): Outcome => {
  const stamp = now.toISOString()
  return putItem(doc, 'appointments', {
    ...input,
    id: newId<AppointmentId>(),
    status: 'planned',
    createdAt: stamp,
    updatedAt: stamp,
  })
}

const update = (doc: Y.Doc, id: string, change: (a: Appointment) => Record<string, unknown>): Outcome => {
  const current = getItem(doc, 'appointments', id)
  if (!current) return fail('not-found')
  return putItem(doc, 'appointments', change(current) as Appointment)
}

const without = (a: Appointment, key: keyof Appointment): Record<string, unknown> =>
  Object.fromEntries(Object.entries(a).filter(([k]) => k !== key))

/** Marks an appointment done (a reason noted earlier is dropped). */
export const markAppointmentDone = (doc: Y.Doc, id: string, now: Date = new Date()): Outcome =>
  update(doc, id, (a) => ({ ...without(a, 'missedReason'), status: 'done', updatedAt: now.toISOString() }))

/** Notes that an appointment did not take place, and why (the reason may be left empty). */
export const markAppointmentMissed = (
  doc: Y.Doc,
  id: string,
  reason: string,
  now: Date = new Date(),
): Outcome =>
  update(doc, id, (a) => {
    const next: Record<string, unknown> = { ...a, status: 'missed', updatedAt: now.toISOString() }
    if (reason.trim() === '') delete next.missedReason
    else next.missedReason = reason
    return next
  })

/** Puts a done or missed appointment back to planned. */
export const reopenAppointment = (doc: Y.Doc, id: string, now: Date = new Date()): Outcome =>
  update(doc, id, (a) => ({ ...without(a, 'missedReason'), status: 'planned', updatedAt: now.toISOString() }))
