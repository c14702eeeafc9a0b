// Making the trainer's identity: name and organisation; the key pair is generated on this device.
import { useState } from 'preact/hooks'
import { createTrainerIdentity, saveIdentity } from '../../../features/trainer/index.ts'
import { t } from '../../../i18n/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { showToast } from '../../components/Toast.tsx'
import { TRAINER_FIELD_ERRORS } from './field-errors.ts'

type Field = 'name' | 'organisation'

const fieldError = (issues: readonly { path: string; code: string }[] | undefined, f: Field) => {
  const code = issues?.find((i) => i.path === f)?.code
  return code ? t(TRAINER_FIELD_ERRORS.keyOf(code)) : undefined
}

/** The identity creation form. */
export function IdentityForm() {
  const [name, setName] = useState('')
  const [organisation, setOrganisation] = useState('')
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({})
  const [busy, setBusy] = useState(false)
  const submit = async (e: Event) => {
    e.preventDefault()
    const r = createTrainerIdentity(name.trim(), organisation.trim())
    if (!r.ok) {
      const next: Partial<Record<Field, string>> = {}
      for (const f of ['name', 'organisation'] as const) {
        const text = fieldError(r.issues, f)
        if (text) next[f] = text
      }
      setErrors(next)
      document.getElementById(next.name ? 'trainer-name' : 'trainer-organisation')?.focus()
      return
    }
    setBusy(true)
    try {
      await saveIdentity(r.value)
      showToast(t('trainer.created'))
    } finally {
      setBusy(false)
    }
  }
  const input = (f: Field, value: string, set: (s: string) => void, autocomplete: string) => (
    <div class="field">
      <label for={`trainer-${f}`}>{t(f === 'name' ? 'trainer.name' : 'trainer.organisation')}</label>
      <input
        id={`trainer-${f}`}
        type="text"
        autocomplete={autocomplete}
        value={value}
        aria-invalid={errors[f] ? 'true' : undefined}
        aria-describedby={errors[f] ? `trainer-${f}-error` : undefined}
        onInput={(e) => set(e.currentTarget.value)}
      />
      {errors[f] ? (
        <p class="field-error" id={`trainer-${f}-error`}>
          {errors[f]}
        </p>
      ) : null}
    </div>
  )
  return (
    <form class="card" aria-labelledby="trainer-create-title" onSubmit={submit} noValidate>
      <SectionTitle icon="trainer" id="trainer-create-title">
        {t('trainer.createTitle')}
      </SectionTitle>
      <p>{t('trainer.createIntro')}</p>
      {input('name', name, setName, 'name')}
      {input('organisation', organisation, setOrganisation, 'organization')}
      <button type="submit" class="btn btn-primary" disabled={busy}>
        {t('trainer.create')}
      </button>
    </form>
  )
}
