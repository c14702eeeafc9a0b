// The situation: the seven barrier areas, each with a status and a note. Private by default:
// a visible badge says it is never shared unless the person picks it.
import { useEffect, useState } from 'preact/hooks'
import { getSituation, observeSection, putSituationItem } from '../../booklet/index.ts'
import { nowIso, SITUATION_STATUSES, type SituationItem, type SituationStatus } from '../../domain/index.ts'
import { formatDate, labelled, type MessageKey, t } from '../../i18n/index.ts'
import { Icon } from '../components/Icon.tsx'
import { PageHeader } from '../components/PageHeader.tsx'
import { showToast } from '../components/Toast.tsx'
import type { FieldDef, FieldErrors, Values } from '../crud/field-types.ts'
import { Field } from '../crud/fields.tsx'
import { saveWith } from '../crud/save.ts'
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

const NOTE: FieldDef = { kind: 'textarea', name: 'note', label: 'sit.note' }
const STATUS: FieldDef = {
  kind: 'radio',
  name: 'status',
  label: 'sit.status',
  options: SITUATION_STATUSES.map((s) => ({ value: s, label: `sstatus.${s}`, icon: `sit-${s}` as const })),
}

function AreaCard({ item, readOnly }: { item: SituationItem; readOnly: boolean }) {
  const { doc } = useSession()
  const [values, setValues] = useState<Values>({ status: item.status, note: item.note })
  const [errors, setErrors] = useState<FieldErrors>({})
  const id = `area-${item.area}`
  const save = (e: Event) => {
    e.preventDefault()
    const { status, note } = values as { status: SituationStatus; note: string }
    const r = saveWith(() => putSituationItem(doc, { area: item.area, status, note, updatedAt: nowIso() }))
    if (!r.ok) return setErrors(r.errors)
    setErrors({})
    showToast(t('common.saved'), undefined, 3000)
  }
  const field = (def: FieldDef, error: MessageKey | undefined) => (
    <Field
      def={def}
      values={values}
      set={(patch) => setValues({ ...values, ...patch })}
      error={error}
      readOnly={readOnly}
      doc={doc}
      idPrefix={id}
    />
  )
  return (
    <form class="card" aria-labelledby={`${id}-title`} onSubmit={save} noValidate>
      <h2 id={`${id}-title`}>
        <Icon name={AREA_ICONS[item.area]} /> {t(`area.${item.area}`)}{' '}
        <span class="badge badge-private">
          <Icon name="private" /> {t('sit.private')}
        </span>
      </h2>
      {field(STATUS, errors.status)}
      {/* A whole-form failure (read-only, full device) is told under the note, the last field. */}
      {field(NOTE, errors.note ?? errors[''])}
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
