// The situation: the seven barrier areas, each with a status and a note. Private by default:
// a visible badge says it is never shared unless the person picks it.
import { useEffect, useState } from 'preact/hooks'
import { getSituation, observeSection, putSituationItem } from '../../booklet/index.ts'
import { nowIso, SITUATION_STATUSES, type SituationItem, type SituationStatus } from '../../domain/index.ts'
import { formatDate, labelled, type MessageKey, t } from '../../i18n/index.ts'
import { Icon } from '../components/Icon.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { showToast } from '../components/Toast.tsx'
import { FieldError } from '../crud/fields.tsx'
import { toFieldErrors } from '../crud/save.ts'
import { useSession } from '../session.ts'

const AREA_ICONS = {
  health: 'health',
  rights: 'rights',
  language: 'speech',
  mobility: 'mobility',
  family: 'family',
  resources: 'resources',
  housing: 'housing',
} as const

function AreaCard({ item, readOnly }: { item: SituationItem; readOnly: boolean }) {
  const { doc } = useSession()
  const [status, setStatus] = useState<SituationStatus>(item.status)
  const [note, setNote] = useState(item.note)
  const [errors, setErrors] = useState<Record<string, MessageKey>>({})
  const id = `area-${item.area}`
  const save = (e: Event) => {
    e.preventDefault()
    try {
      const r = putSituationItem(doc, { area: item.area, status, note, updatedAt: nowIso() })
      if (r.ok) {
        setErrors({})
        showToast(t('common.saved'), undefined, 3000)
      } else setErrors(r.code === 'read-only' ? { note: 'error.read-only' } : toFieldErrors(r.issues))
    } catch {
      setErrors({ note: 'error.quota' })
    }
  }
  return (
    <form class="card" aria-labelledby={`${id}-title`} onSubmit={save} noValidate>
      <h2 id={`${id}-title`}>
        <Icon name={AREA_ICONS[item.area]} /> {t(`area.${item.area}`)}{' '}
        <span class="badge badge-private">
          <Icon name="private" /> {t('sit.private')}
        </span>
      </h2>
      <fieldset class="field">
        <legend>{t('sit.status')}</legend>
        <div class="choices">
          {SITUATION_STATUSES.map((s) => (
            <label key={s} class="choice">
              <input
                type="radio"
                name={`${id}-status`}
                checked={status === s}
                disabled={readOnly}
                onChange={() => setStatus(s)}
              />
              <Icon name={`sit-${s}`} />
              <span>{t(`sstatus.${s}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="field">
        <label for={`${id}-note`}>
          {t('sit.note')} <span class="muted">{t('common.optional')}</span>
        </label>
        <textarea
          id={`${id}-note`}
          rows={3}
          value={note}
          readOnly={readOnly}
          aria-invalid={errors.note ? true : undefined}
          aria-describedby={errors.note ? `${id}-note-error` : undefined}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        <FieldError id={`${id}-note-error`} error={errors.note} />
      </div>
      {item.updatedAt ? (
        <p class="small muted">{t('sit.updated', { date: formatDate(item.updatedAt) })}</p>
      ) : null}
      {readOnly ? null : (
        <button
          type="submit"
          class="btn btn-primary"
          aria-label={labelled(t('sit.save'), t(`area.${item.area}`))}
        >
          {t('sit.save')}
        </button>
      )}
    </form>
  )
}

/** The situation screen. */
export default function SituationScreen() {
  const { doc, readOnly } = useSession()
  const [items, setItems] = useState(() => getSituation(doc))
  useEffect(() => observeSection(doc, 'situation', () => setItems(getSituation(doc))), [doc])
  return (
    <div>
      <PageHeader icon="situation" title={t('sit.title')} intro={t('sit.intro')} />
      <p class="card private-note">
        <Icon name="private" /> {t('sit.privateHelp')}
      </p>
      {items.map((item) => (
        <AreaCard key={`${item.area}-${item.updatedAt ?? ''}`} item={item} readOnly={readOnly} />
      ))}
    </div>
  )
}
