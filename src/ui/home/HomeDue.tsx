// The first thing on the holder's home: what is due today and tomorrow, from the agenda; and, if
// the person opted in, one reminder shown through the service worker when the app opens.
import { useEffect, useMemo } from 'preact/hooks'
import type * as Y from 'yjs'
import { type AgendaItem, bookletAgenda, dueTodayAndTomorrow } from '../../features/agenda/index.ts'
import { type MessageKey, t } from '../../i18n/index.ts'
import { CardSection } from '../components/PageHeader.tsx'
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

/** One day's items under its heading; nothing when there are none. */
function Day({ title, items }: { title: MessageKey; items: readonly AgendaItem[] }) {
  if (items.length === 0) return null
  return (
    <>
      <h3>{t(title)}</h3>
      <ul class="plain">
        {items.map((i) => (
          <Line key={`${i.kind}-${i.id}`} item={i} />
        ))}
      </ul>
    </>
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
    <CardSection id="home-due" icon="agenda" title={t('home.agendaDue')} class="home-due">
      {today.length + tomorrow.length === 0 ? <p class="muted">{t('home.agendaNone')}</p> : null}
      <Day title="home.agendaToday" items={today} />
      <Day title="home.agendaTomorrow" items={tomorrow} />
      <a href="/agenda">{t('agenda.title')} →</a>
    </CardSection>
  )
}
