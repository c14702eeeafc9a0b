// "Ajouter un rendez-vous": one button opens a short form (what, day, time, organisation, place,
// what to bring); the organisation and the day are enough.
import { useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { addAppointment, type NewAppointment } from '../../../features/agenda/index.ts'
import { t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { showToast } from '../../components/Toast.tsx'

type Draft = { title: string; date: string; time: string; organisation: string; place: string; bring: string }
const EMPTY: Draft = { title: '', date: '', time: '', organisation: '', place: '', bring: '' }

const FIELDS: readonly {
  name: keyof Draft
  label: Parameters<typeof t>[0]
  type: string
  hint?: Parameters<typeof t>[0]
}[] = [
  { name: 'title', label: 'agenda.form.what', type: 'text', hint: 'agenda.form.whatHint' },
  { name: 'date', label: 'agenda.form.date', type: 'date' },
  { name: 'time', label: 'agenda.form.time', type: 'time' },
  { name: 'organisation', label: 'agenda.form.organisation', type: 'text' },
  { name: 'place', label: 'agenda.form.place', type: 'text' },
  { name: 'bring', label: 'agenda.form.bring', type: 'text' },
]

/** The add button and its form. */
export function AddAppointment({ doc }: { doc: Y.Doc }) {
  const [open, setOpen] = useState(false)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [invalid, setInvalid] = useState(false)
  const save = (e: Event) => {
    e.preventDefault()
    const input: Record<string, string> = { organisation: draft.organisation.trim(), date: draft.date }
    for (const k of ['title', 'time', 'place', 'bring'] as const)
      if (draft[k].trim()) input[k] = draft[k].trim()
    const r =
      input.organisation && input.date ? addAppointment(doc, input as unknown as NewAppointment) : undefined
    if (!r?.ok) {
      setInvalid(true)
      return
    }
    setInvalid(false)
    setDraft(EMPTY)
    setOpen(false)
    showToast(t('agenda.added'), undefined, 4000)
  }
  if (!open)
    return (
      <button type="button" class="btn btn-primary btn-wide" onClick={() => setOpen(true)}>
        <Icon name="agenda" /> {t('agenda.add')}
      </button>
    )
  return (
    <form class="card" onSubmit={save} aria-labelledby="agenda-form-title">
      <h2 id="agenda-form-title">
        <Icon name="agenda" /> {t('agenda.form.title')}
      </h2>
      {FIELDS.map((f) => {
        const id = `agenda-${f.name}`
        const required = f.name === 'date' || f.name === 'organisation'
        return (
          <div class="field" key={f.name}>
            <label for={id}>{t(f.label)}</label>
            {f.hint ? (
              <p class="hint" id={`${id}-hint`}>
                {t(f.hint)}
              </p>
            ) : null}
            <input
              id={id}
              type={f.type}
              value={draft[f.name]}
              required={required}
              aria-invalid={invalid && required && !draft[f.name] ? true : undefined}
              aria-describedby={f.hint ? `${id}-hint` : undefined}
              onInput={(e) => setDraft({ ...draft, [f.name]: e.currentTarget.value })}
            />
          </div>
        )
      })}
      {invalid ? (
        <p class="field-error" role="alert">
          <Icon name="error" /> {t('agenda.form.invalid')}
        </p>
      ) : null}
      <div class="actions">
        <button type="submit" class="btn btn-primary">
          <Icon name="saved" /> {t('agenda.form.save')}
        </button>
        <button type="button" class="btn" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
