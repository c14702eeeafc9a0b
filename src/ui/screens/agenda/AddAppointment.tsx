// "Ajouter un rendez-vous": one button opens a short form (what, day, time, organisation, place,
// what to bring); the organisation and the day are enough.
import { useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { addAppointment, type NewAppointment } from '../../../features/agenda/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { showToast } from '../../components/Toast.tsx'
import { FormErrorSummary, SaveCancel, useFormErrors } from '../../crud/form-parts.tsx'
import { TextField } from '../../crud/TextField.tsx'

type Draft = { title: string; date: string; time: string; organisation: string; place: string; bring: string }
const EMPTY: Draft = { title: '', date: '', time: '', organisation: '', place: '', bring: '' }

const FIELDS: readonly {
  name: keyof Draft
  label: MessageKey
  type: 'text' | 'date' | 'time'
  hint?: MessageKey
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
  const { errors, setErrors, show, ref } = useFormErrors()
  const save = (e: Event) => {
    e.preventDefault()
    const input: Record<string, string> = { organisation: draft.organisation.trim(), date: draft.date }
    for (const k of ['title', 'time', 'place', 'bring'] as const)
      if (draft[k].trim()) input[k] = draft[k].trim()
    const r =
      input.organisation && input.date ? addAppointment(doc, input as unknown as NewAppointment) : undefined
    if (!r?.ok) return show({ '': 'agenda.form.invalid' })
    setErrors({})
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
  const invalid = Object.keys(errors).length > 0
  return (
    <form ref={ref} class="card" onSubmit={save} aria-labelledby="agenda-form-title">
      <h2 id="agenda-form-title">
        <Icon name="agenda" /> {t('agenda.form.title')}
      </h2>
      <FormErrorSummary errors={errors} />
      {FIELDS.map((f) => {
        const required = f.name === 'date' || f.name === 'organisation'
        return (
          <TextField
            key={f.name}
            id={`agenda-${f.name}`}
            label={t(f.label)}
            hint={f.hint && t(f.hint)}
            type={f.type}
            required={required}
            invalid={invalid && required && !draft[f.name]}
            value={draft[f.name]}
            onValue={(value) => setDraft({ ...draft, [f.name]: value })}
          />
        )
      })}
      <SaveCancel save="agenda.form.save" onCancel={() => setOpen(false)} />
    </form>
  )
}
