// What every saved form shares around its fields: the errors with the focus moved to the first invalid
// field after a failed save, the summary line at the top, and the Save / Cancel row.
import { useRef, useState } from 'preact/hooks'
import { type MessageKey, t } from '../../i18n/index.ts'
import { Icon } from '../components/Icon.tsx'
import type { FieldErrors } from './field-types.ts'

/** A form's errors; `show` sets them and moves the focus to the first invalid field (or the summary). */
export function useFormErrors() {
  const [errors, setErrors] = useState<FieldErrors>({})
  const ref = useRef<HTMLFormElement>(null)
  const show = (next: FieldErrors) => {
    setErrors(next)
    // After the render that marks the fields invalid.
    setTimeout(
      () => ref.current?.querySelector<HTMLElement>('[aria-invalid="true"], .form-error')?.focus(),
      0,
    )
  }
  return { errors, setErrors, show, ref }
}

/** The summary at the top of a form with errors: the whole form's error ('' key) or "fix the fields". */
export function FormErrorSummary({ errors }: { errors: FieldErrors }) {
  return Object.keys(errors).length > 0 ? (
    <p class="form-error" role="alert" tabIndex={-1}>
      {/* No space in the text: the summary reads (and is focused) as its words alone. */}
      <Icon name="error" />
      {t(errors[''] ?? 'common.fixErrors')}
    </p>
  ) : null
}

/** The Save (submit) and Cancel buttons of a form; `save` names what is saved, with the pictogram. */
export function SaveCancel({ onCancel, save }: { onCancel: () => void; save?: MessageKey }) {
  return (
    <div class="row">
      <button type="submit" class="btn btn-primary">
        {save ? (
          <>
            <Icon name="saved" /> {t(save)}
          </>
        ) : (
          t('common.save')
        )}
      </button>
      <button type="button" class="btn" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  )
}
