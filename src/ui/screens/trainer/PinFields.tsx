// The PIN asked when a signing identity is made or restored on a browser that cannot keep an Ed25519
// key itself (features/trainer/secure-keys.ts): said plainly, typed twice; hidden everywhere else.
import { useEffect, useState } from 'preact/hooks'
import { keysNeedPin, MIN_PIN_LENGTH } from '../../../features/trainer/index.ts'
import { type MessageKey, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { InputField } from '../../crud/InputField.tsx'

/** Whether keys made here need a PIN (undefined while the browser is asked). */
export function usePinNeeded(): boolean | undefined {
  const [needed, setNeeded] = useState<boolean>()
  useEffect(() => {
    let live = true
    void keysNeedPin().then((n) => live && setNeeded(n))
    return () => {
      live = false
    }
  }, [])
  return needed
}

/** The PIN typed twice, and what is wrong with it (null: fine). */
export type PinValue = { pin: string; confirm: string }

/** The message of a PIN that cannot be used, or null. */
export const pinProblem = (p: PinValue): MessageKey | null =>
  p.pin.length < MIN_PIN_LENGTH ? 'pin.short' : p.pin !== p.confirm ? 'pin.mismatch' : null

/** The two PIN fields with their explanation; `idPrefix` keeps ids unique on a screen. */
export function PinFields({
  idPrefix,
  value,
  error,
  onValue,
}: {
  idPrefix: string
  value: PinValue
  error: MessageKey | null | undefined
  onValue: (v: PinValue) => void
}) {
  return (
    <fieldset class="pin-fields" data-pin-fields>
      <legend>
        <Icon name="private" /> {t('pin.title')}
      </legend>
      <p class="hint">{t('pin.why')}</p>
      {(
        [
          ['pin', 'pin.label', 'pin.short'],
          ['confirm', 'pin.confirm', 'pin.mismatch'],
        ] as const
      ).map(([field, label, problem]) => (
        <InputField
          key={field}
          id={field === 'pin' ? `${idPrefix}-pin` : `${idPrefix}-pin-confirm`}
          label={label}
          type="password"
          autocomplete="new-password"
          value={value[field]}
          error={error === problem ? problem : undefined}
          onValue={(typed) => onValue({ ...value, [field]: typed })}
        />
      ))}
    </fieldset>
  )
}
