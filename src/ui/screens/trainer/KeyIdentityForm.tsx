// Making a signing identity (a trainer's or an organisation's): its fields, the PIN where the browser
// cannot keep the key itself (PinFields), and the key pair generated on this device when it is saved.
// What differs — the fields, how they are checked, where the identity is saved — comes as props; the
// words are the kind's own (`<kind>.createTitle`, `.createIntro`, `.create`, `.created`).
import { useState } from 'preact/hooks'
import type { Result } from '../../../domain/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import type { IconName } from '../../components/Icon.tsx'
import { showToast } from '../../components/Toast.tsx'
import { FormCard } from '../../crud/FormCard.tsx'
import { InputField } from '../../crud/InputField.tsx'
import { TRAINER_FIELD_ERRORS } from './field-errors.ts'
import { PinFields, type PinValue, pinProblem, usePinNeeded } from './PinFields.tsx'

/** Whose signing key a form is for; its ids begin `<kind>-` and its words `<kind>.`. */
export type KeyKind = 'trainer' | 'org'

/** The pictogram of each kind's headings. */
export const KEY_ICONS: Record<KeyKind, IconName> = { trainer: 'trainer', org: 'organisation' }

/** One field of the form: its id is `<kind>-<name>`. */
export type IdentityField<F extends string> = { name: F; label: MessageKey; autocomplete: string }

/** The creation form of `kind` (ids `<kind>-create-title`, `<kind>-<field>`, `<kind>-create-pin`). */
export function KeyIdentityForm<T, F extends string>({
  kind: id,
  fields,
  make,
  save,
  invalid,
}: {
  kind: KeyKind
  fields: readonly IdentityField<F>[]
  /** Checks the trimmed values and makes the identity (keys included); its issues name the fields. */
  make: (values: Record<F, string>) => Result<T, 'invalid'>
  save: (made: T, pin: string | undefined) => Promise<void>
  /** Said once under the button when the values are wrong, instead of a line under each field. */
  invalid?: MessageKey
}) {
  const [values, setValues] = useState<Partial<Record<F, string>>>({})
  const [errors, setErrors] = useState<Partial<Record<F, MessageKey>>>({})
  const [formError, setFormError] = useState<MessageKey>()
  const [pin, setPin] = useState<PinValue>({ pin: '', confirm: '' })
  const [pinError, setPinError] = useState<MessageKey | null>(null)
  const [busy, setBusy] = useState(false)
  const needsPin = usePinNeeded()
  const errorId = `${id}-create-error`
  const submit = async (e: Event) => {
    e.preventDefault()
    const trimmed = Object.fromEntries(fields.map((f) => [f.name, (values[f.name] ?? '').trim()]))
    const r = make(trimmed as Record<F, string>)
    const wrong: Partial<Record<F, MessageKey>> = {}
    if (!r.ok && !invalid)
      for (const f of fields) {
        const code = r.issues?.find((i) => i.path === f.name)?.code
        if (code) wrong[f.name] = TRAINER_FIELD_ERRORS.keyOf(code)
      }
    setErrors(wrong)
    setFormError(r.ok ? undefined : invalid)
    const badPin = needsPin ? pinProblem(pin) : null
    setPinError(badPin)
    if (!r.ok || badPin) {
      // The first wrong field (the first of all when the whole form is wrong), else the PIN.
      const first = r.ok
        ? undefined
        : (fields.find((f) => wrong[f.name]) ?? (invalid ? fields[0] : undefined))
      document.getElementById(first ? `${id}-${first.name}` : `${id}-create-pin`)?.focus()
      return
    }
    setBusy(true)
    try {
      await save(r.value, needsPin ? pin.pin : undefined)
      showToast(t(`${id}.created`))
    } finally {
      setBusy(false)
    }
  }
  return (
    <FormCard
      id={`${id}-create-title`}
      icon={KEY_ICONS[id]}
      title={t(`${id}.createTitle`)}
      intro={t(`${id}.createIntro`)}
      onSubmit={submit}
    >
      {fields.map((f) => (
        <InputField
          key={f.name}
          id={`${id}-${f.name}`}
          label={f.label}
          autocomplete={f.autocomplete}
          value={values[f.name] ?? ''}
          error={errors[f.name]}
          errorId={formError && f === fields[0] ? errorId : undefined}
          onValue={(v) => setValues({ ...values, [f.name]: v })}
        />
      ))}
      {needsPin ? (
        <PinFields idPrefix={`${id}-create`} value={pin} error={pinError} onValue={setPin} />
      ) : null}
      <button type="submit" class="btn btn-primary" disabled={busy || needsPin === undefined}>
        {t(`${id}.create`)}
      </button>
      {formError ? (
        <p class="field-error" id={errorId} role="alert">
          {t(formError)}
        </p>
      ) : null}
    </FormCard>
  )
}
