// Reads what the agenda is built from out of a booklet document (validated readers; invalid items
// never reach the agenda).
import type * as Y from 'yjs'
import { listItems } from '../../booklet/index.ts'
import { type Agenda, type AgendaSources, buildAgenda, DEFAULT_TIME_ZONE } from './agenda.ts'

/** The steps, appointments and job applications of a booklet. */
export const agendaSources = (doc: Y.Doc): AgendaSources => ({
  steps: listItems(doc, 'steps').items,
  appointments: listItems(doc, 'appointments').items,
  applications: listItems(doc, 'applications').items,
})

/** The agenda of a booklet at `now`. */
export const bookletAgenda = (doc: Y.Doc, now: Date = new Date(), timeZone = DEFAULT_TIME_ZONE): Agenda =>
  buildAgenda(agendaSources(doc), now, timeZone)
