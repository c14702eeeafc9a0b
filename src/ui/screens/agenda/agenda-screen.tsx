// The agenda (issue 13, point 2): every dated step, commitment, appointment and job application
// next step in one list by date, grouped "En retard", "Aujourd'hui", "Cette semaine", "Plus tard",
// each with its organisation; add an appointment; export one item or all as .ics; opt in to
// reminders (never asked on its own); past appointments with why a missed one did not happen.
import { useMemo, useState } from 'preact/hooks'
import {
  AGENDA_GROUPS,
  type AgendaItem,
  agendaGroup,
  agendaToIcs,
  bookletAgenda,
} from '../../../features/agenda/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { CardSection, PageHeader } from '../../components/PageHeader.tsx'
import { downloadFile, fileSlug } from '../../download.ts'
import { useDocVersion } from '../../hooks/use-doc-version.ts'
import { useSession } from '../../session.ts'
import { AddAppointment } from './AddAppointment.tsx'
import { AgendaItemCard } from './AgendaItemCard.tsx'
import { PastAppointments } from './PastAppointments.tsx'
import { enableReminders, type ReminderState, reminderState } from './reminders.ts'
import './agenda.css'
import { LinkButton } from '../../components/LinkButton.tsx'

const ICS_TYPE = 'text/calendar'

function Reminders() {
  const [state, setState] = useState<ReminderState>(reminderState)
  return (
    <CardSection id="agenda-remind" icon="bell" title={t('agenda.remind.title')}>
      <p>{t('agenda.remind.explain')}</p>
      {state === 'off' ? (
        <button type="button" class="btn" onClick={() => void enableReminders().then(setState)}>
          <Icon name="bell" /> {t('agenda.remind.enable')}
        </button>
      ) : (
        <p role="status">{t(`agenda.remind.${state}`)}</p>
      )}
    </CardSection>
  )
}

/** The agenda screen. */
export default function AgendaScreen() {
  const { doc, readOnly } = useSession()
  const version = useDocVersion(doc)
  const agenda = useMemo(() => bookletAgenda(doc), [doc, version])
  const exportItems = (items: readonly AgendaItem[], name: string) =>
    downloadFile(agendaToIcs(items, { now: new Date() }), `${fileSlug(name)}.ics`, ICS_TYPE)
  return (
    <div>
      <PageHeader icon="agenda" title={t('agenda.title')} intro={t('agenda.intro')} />
      {readOnly ? null : <AddAppointment doc={doc} />}
      {agenda.items.length === 0 ? <p class="muted">{t('agenda.empty')}</p> : null}
      {AGENDA_GROUPS.map((g) => {
        const items = agendaGroup(agenda, g)
        if (items.length === 0) return null
        return (
          <CardSection
            key={g}
            bare
            class={`agenda-group agenda-${g}`}
            id={`agenda-${g}`}
            icon={g === 'late' ? 'error' : 'agenda'}
            title={t(`agenda.group.${g}`)}
          >
            <ul class="plain">
              {items.map((i) => (
                <AgendaItemCard
                  key={`${i.kind}-${i.id}`}
                  item={i}
                  doc={doc}
                  readOnly={readOnly}
                  exportOne={(item) => exportItems([item], item.title)}
                />
              ))}
            </ul>
          </CardSection>
        )
      })}
      {agenda.undated.length > 0 ? (
        <CardSection bare id="agenda-undated" icon="steps" title={t('agenda.undated')}>
          <ul class="plain">
            {agenda.undated.map((u) => (
              <li key={`${u.stepId}-${u.text}`} class="card">
                <strong>{u.text}</strong> — {u.stepTitle}
                {u.organisation ? ` · ${u.organisation}` : ''}
              </li>
            ))}
          </ul>
        </CardSection>
      ) : null}
      {agenda.items.length > 0 ? (
        <button type="button" class="btn btn-wide" onClick={() => exportItems(agenda.items, 'agenda-livret')}>
          <Icon name="agenda" /> {t('agenda.exportAll')}
        </button>
      ) : null}
      <PastAppointments past={agenda.past} doc={doc} readOnly={readOnly} />
      <Reminders />
      <LinkButton href="/candidatures" wide icon="applications">
        {t('agenda.applications')}
      </LinkButton>
    </div>
  )
}
