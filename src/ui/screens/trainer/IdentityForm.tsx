// Making the trainer's identity: name and organisation; the key pair is generated on this device.
// Where the browser cannot keep the key itself, a PIN protects it (PinFields).
import { useState } from 'preact/hooks'
import { createTrainerIdentity, saveIdentity } from '../../../features/trainer/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { SectionTitle } from '../../components/PageHeader.tsx'
import { showToast } from '../../components/Toast.tsx'
import { InputField } from '../../crud/InputField.tsx'
import { TRAINER_FIELD_ERRORS } from './field-errors.ts'
import { PinFields, type PinValue, pinProblem, usePinNeeded } from './PinFields.tsx'

type Field = 'name' | 'organisation'

const fieldError = (issues: readonly { path: string; code: string }[] | undefined, f: Field) => {
  const code = issues?.find((i) => i.path === f)?.code
  return code ? TRAINER_FIELD_ERRORS.keyOf(code) : undefined
}

/** The identity creation form. */
export function IdentityForm() {
  const [name, setName] = useState('')
  const [organisation, setOrganisation] = useState('')
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({})
  const [pin, setPin] = useState<PinValue>({ pin: '', confirm: '' })
  const [pinError, setPinError] = useState<MessageKey | null>(null)
  const [busy, setBusy] = useState(false)
  const needsPin = usePinNeeded()
  const submit = async (e: Event) => {
    e.preventDefault()
    const r = createTrainerIdentity(name.trim(), organisation.trim())
    const next: Partial<Record<Field, MessageKey>> = {}
    if (!r.ok)
      for (const f of ['name', 'organisation'] as const) {
        const key = fieldError(r.issues, f)
        if (key) next[f] = key
      }
    setErrors(next)
    const badPin = needsPin ? pinProblem(pin) : null
    setPinError(badPin)
    if (!r.ok || badPin) {
      const first = next.name
        ? 'trainer-name'
        : next.organisation
          ? 'trainer-organisation'
          : 'trainer-create-pin'
      document.getElementById(first)?.focus()
      return
    }
    setBusy(true)
    try {
      await saveIdentity(r.value, needsPin ? pin.pin : undefined)
      showToast(t('trainer.created'))
    } finally {
      setBusy(false)
    }
  }
  return (
    <form class="card" aria-labelledby="trainer-create-title" onSubmit={submit} noValidate>
      <SectionTitle icon="trainer" id="trainer-create-title">
        {t('trainer.createTitle')}
      </SectionTitle>
      <p>{t('trainer.createIntro')}</p>
      <InputField
        id="trainer-name"
        label="trainer.name"
        autocomplete="name"
        value={name}
        error={errors.name}
        onValue={setName}
      />
      <InputField
        id="trainer-organisation"
        label="trainer.organisation"
        autocomplete="organization"
        value={organisation}
        error={errors.organisation}
        onValue={setOrganisation}
      />
      {needsPin ? (
        <PinFields idPrefix="trainer-create" value={pin} error={pinError} onValue={setPin} />
      ) : null}
      <button type="submit" class="btn btn-primary" disabled={busy || needsPin === undefined}>
        {t('trainer.create')}
      </button>
    </form>
  )
}
