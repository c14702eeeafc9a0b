// Appointments that took place or did not, most recent first, each with what happened and, for a
// missed one, the reason the person noted (kept in the booklet, shown nowhere before); one can be put
// back in the agenda when it was marked by mistake.
import type * as Y from 'yjs'
import { type PastAppointment, reopenAppointment } from '../../../features/agenda/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { CardSection } from '../../components/PageHeader.tsx'

// A booklet of years holds hundreds: the latest are what an adviser asks about.
const SHOWN = 20

/** What became of a past appointment, in one sentence. */
export const pastOutcome = (p: PastAppointment): string =>
  p.status === 'done'
    ? t('agenda.pastDone')
    : p.missedReason
      ? t('agenda.pastMissedWhy', { reason: p.missedReason })
      : t('agenda.pastMissed')

/** The past appointments section (nothing when there are none). */
export function PastAppointments({
  past,
  doc,
  readOnly,
}: {
  past: readonly PastAppointment[]
  doc: Y.Doc
  readOnly: boolean
}) {
  if (past.length === 0) return null
  return (
    <CardSection
      bare
      class="agenda-group agenda-past"
      id="agenda-past"
      icon="agenda"
      title={t('agenda.past')}
    >
      <ul class="plain">
        {past.slice(0, SHOWN).map((p) => (
          <li key={p.id} class="card agenda-past-item" data-day={p.day} data-status={p.status}>
            <p class="agenda-when">
              <strong>{formatDate(p.day)}</strong>
              {p.time ? ` ${t('agenda.at', { time: p.time })}` : ''}
            </p>
            <h3 class="agenda-title" id={`agenda-past-${p.id}`}>
              {p.title}
            </h3>
            {p.organisation && p.organisation !== p.title ? <p class="agenda-org">{p.organisation}</p> : null}
            <p class="agenda-outcome">
              <Icon name={p.status === 'done' ? 'saved' : 'stop'} /> {pastOutcome(p)}
            </p>
            {readOnly ? null : (
              <button
                type="button"
                class="btn"
                aria-describedby={`agenda-past-${p.id}`}
                onClick={() => reopenAppointment(doc, p.id)}
              >
                <Icon name="agenda" /> {t('agenda.reopen')}
              </button>
            )}
          </li>
        ))}
      </ul>
    </CardSection>
  )
}
