// The first thing on the holder's home: what is due today and tomorrow, from the agenda; and, if
// the person opted in, one reminder shown through the service worker when the app opens.
import { useEffect, useMemo } from 'preact/hooks'
import type * as Y from 'yjs'
import { type AgendaItem, bookletAgenda, dueTodayAndTomorrow } from '../../features/agenda/index.ts'
import { t } from '../../i18n/index.ts'
import { SectionTitle } from '../components/PageHeader.tsx'
import { useDocVersion } from '../hooks/use-doc-version.ts'
import { remindDue } from '../screens/agenda/reminders.ts'

function Line({ item }: { item: AgendaItem }) {
  return (
    <li>
      <strong>{item.title}</strong>
      {item.time ? ` — ${item.time}` : ''}
      {item.organisation ? ` · ${item.organisation}` : ''}
    </li>
  )
}

/** Today's and tomorrow's items (a card at the top of the home). */
export default function HomeDue({ doc }: { doc: Y.Doc }) {
  const version = useDocVersion(doc)
  const agenda = useMemo(() => bookletAgenda(doc), [doc, version])
  const { today, tomorrow } = dueTodayAndTomorrow(agenda)
  useEffect(() => {
    void remindDue(agenda)
  }, [agenda])
  return (
    <section class="card home-due" aria-labelledby="home-due">
      <SectionTitle icon="agenda" id="home-due">
        {t('home.agendaDue')}
      </SectionTitle>
      {today.length + tomorrow.length === 0 ? <p class="muted">{t('home.agendaNone')}</p> : null}
      {today.length > 0 ? (
        <>
          <h3>{t('home.agendaToday')}</h3>
          <ul class="plain">
            {today.map((i) => (
              <Line key={`${i.kind}-${i.id}`} item={i} />
            ))}
          </ul>
        </>
      ) : null}
      {tomorrow.length > 0 ? (
        <>
          <h3>{t('home.agendaTomorrow')}</h3>
          <ul class="plain">
            {tomorrow.map((i) => (
              <Line key={`${i.kind}-${i.id}`} item={i} />
            ))}
          </ul>
        </>
      ) : null}
      <a href="/agenda">{t('agenda.title')} →</a>
    </section>
  )
}
