// One line of the agenda: what, when, with which organisation, where, what to bring; for an
// appointment the person added, "C'est fait" / "N'a pas eu lieu" (with a reason); every item can be
// put in the phone's calendar as an .ics file.
import { useState } from 'preact/hooks'
import type * as Y from 'yjs'
import {
  type AgendaItem,
  markAppointmentDone,
  markAppointmentMissed,
} from '../../../features/agenda/index.ts'
import { formatDate, t } from '../../../i18n/index.ts'
import { Icon, type IconName } from '../../components/Icon.tsx'
import { showToast } from '../../components/Toast.tsx'
import { TextField } from '../../crud/TextField.tsx'

const KIND_ICON: Record<AgendaItem['kind'], IconName> = {
  step: 'steps',
  appointment: 'agenda',
  application: 'applications',
}

/** One agenda item (an <li>). */
export function AgendaItemCard({
  item,
  doc,
  readOnly,
  exportOne,
}: {
  item: AgendaItem
  doc: Y.Doc
  readOnly: boolean
  exportOne: (item: AgendaItem) => void
}) {
  const [missing, setMissing] = useState(false)
  const [reason, setReason] = useState('')
  const reasonId = `agenda-reason-${item.id}`
  return (
    <li class="card agenda-item" data-day={item.day}>
      <p class="agenda-when">
        <Icon name={KIND_ICON[item.kind]} /> <span class="muted">{t(`agenda.kind.${item.kind}`)}</span> ·{' '}
        <strong>{formatDate(item.day)}</strong>
        {item.time ? ` ${t('agenda.at', { time: item.time })}` : ''}
      </p>
      <h3 class="agenda-title" id={`agenda-title-${item.kind}-${item.id}`}>
        {item.title}
      </h3>
      {item.organisation ? <p class="agenda-org">{item.organisation}</p> : null}
      {item.place ? <p>{t('agenda.place', { place: item.place })}</p> : null}
      {item.bring ? <p>{t('agenda.bring', { bring: item.bring })}</p> : null}
      {item.commitments.map((c) => (
        <p key={c}>{t('agenda.mine', { text: c })}</p>
      ))}
      <div class="actions">
        {item.kind === 'appointment' && !readOnly ? (
          <>
            <button
              type="button"
              class="btn"
              onClick={() => {
                if (markAppointmentDone(doc, item.id).ok) showToast(t('agenda.markedDone'), undefined, 4000)
              }}
            >
              <Icon name="saved" /> {t('agenda.done')}
            </button>
            <button type="button" class="btn" aria-expanded={missing} onClick={() => setMissing(!missing)}>
              <Icon name="stop" /> {t('agenda.missed')}
            </button>
          </>
        ) : null}
        <button
          type="button"
          class="btn"
          aria-describedby={`agenda-title-${item.kind}-${item.id}`}
          onClick={() => exportOne(item)}
        >
          <Icon name="agenda" /> {t('agenda.exportOne')}
        </button>
      </div>
      {missing ? (
        <>
          <TextField id={reasonId} label={t('agenda.missedReason')} value={reason} onValue={setReason} />
          <button
            type="button"
            class="btn btn-wide"
            onClick={() => {
              if (markAppointmentMissed(doc, item.id, reason).ok)
                showToast(t('agenda.markedMissed'), undefined, 4000)
            }}
          >
            {t('agenda.missedSave')}
          </button>
        </>
      ) : null}
    </li>
  )
}
