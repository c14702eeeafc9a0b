// The error line under a field, on its own so that small forms (the home's first name) can show it
// without loading the item forms' fields.
import { type MessageKey, t } from '../../i18n/index.ts'
import { Icon } from '../components/Icon.tsx'

/** The error line of a field, if any; `id` is what the field's aria-describedby names. */
export function FieldError({ id, error }: { id: string; error?: MessageKey | undefined }) {
  return error ? (
    <p id={id} class="field-error">
      <Icon name="error" /> {t(error)}
    </p>
  ) : null
}
