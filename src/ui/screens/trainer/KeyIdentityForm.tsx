// Making a signing identity (a trainer's or an organisation's): its fields, the PIN where the browser
// cannot keep the key itself (PinFields), and the key pair generated on this device when it is saved.
// What differs — the fields, how they are checked, where the identity is saved — comes as props; the
// words are the kind's own (`<kind>.createTitle`, `.createIntro`, `.create`, `.created`).
import { useState } from 'preact/hooks'
import { type MessageKey, t } from '../../../i18n/index.ts'
import type { IconName } from '../../components/Icon.tsx'
import { showToast } from '../../components/Toast.tsx'
import { FormCard } from '../../crud/FormCard.tsx'
import { InputField } from '../../crud/InputField.tsx'
import { PinFields, type PinValue, pinProblem, usePinNeeded } from './PinFields.tsx'

/** Whose signing key a form is for; its ids begin `<kind>-` and its words `<kind>.`. */
export type KeyKind = 'trainer' | 'org'

/** The pictogram of each kind's headings. */
export const KEY_ICONS: Record<KeyKind, IconName> = { trainer: 'trainer', org: 'organisation' }

/** One field of the form: its id is `<kind>-<name>`. */
export type IdentityField<F extends string> = { name: F; label: MessageKey; autocomplete: string }

/** What the fields make: the identity, or the error of each wrong field (or of the whole form, said
 * under the button). */
export type Made<T, F extends string> =
  | { ok: true; value: T }
  | { ok: false; fields: Partial<Record<F, MessageKey>>; form?: MessageKey }

/** The creation form of `kind` (ids `<kind>-create-title`, `<kind>-<field>`, `<kind>-create-pin`). */
export function KeyIdentityForm<T, F extends string>({
  kind: id,
  fields,
  make,
  save,
}: {
  kind: KeyKind
  fields: readonly IdentityField<F>[]
  /** Checks the trimmed values and makes the identity (keys included). */
  make: (values: Record<F, string>) => Made<T, F>
  save: (made: T, pin: string | undefined) => Promise<void>
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
    setErrors(r.ok ? {} : r.fields)
    setFormError(r.ok ? undefined : r.form)
    const badPin = needsPin ? pinProblem(pin) : null
    setPinError(badPin)
    if (!r.ok || badPin) {
      // The first wrong field (the first of all when the whole form is wrong), else the PIN.
      const first = r.ok
        ? undefined
        : (fields.find((f) => r.fields[f.name]) ?? (r.form ? fields[0] : undefined))
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
