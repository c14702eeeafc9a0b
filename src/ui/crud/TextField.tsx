// A labelled line, day, hour or text box whose label is already in words (it may name someone:
// "{who} s’engage à…"), with its hint and error wired like `InputField`, so that screens stop writing
// label / input / error blocks each their own way. `FieldFrame` is the frame both share.
import type { ComponentChildren, JSX } from 'preact'
import type { MessageKey } from '../../i18n/index.ts'
import { FieldError } from './FieldError.tsx'

/** The ids a control's aria-describedby names, or undefined when there are none. */
export const describedBy = (...ids: (string | false | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined

/** A field's label, hint (ids `<id>-hint`) and error line (`<id>-error`) around its control. */
export function FieldFrame({
  id,
  label,
  hint,
  error,
  children,
}: {
  id: string
  label: ComponentChildren
  hint?: ComponentChildren
  error?: MessageKey | undefined
  children: JSX.Element
}) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {hint ? (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={`${id}-error`} error={error} />
    </div>
  )
}

/** Props of TextField. */
export type TextFieldProps = {
  id: string
  /** The label, in words (with its pictogram or "optional" mark where a screen shows one). */
  label: ComponentChildren
  hint?: ComponentChildren
  /** An error shown under the field. */
  error?: MessageKey | undefined
  /** Marked invalid without a line of its own (the form's summary says why). */
  invalid?: boolean | undefined
  type?: 'text' | 'date' | 'time' | undefined
  /** Several lines: a text box this many rows high. */
  rows?: number | undefined
  maxLength?: number | undefined
  autocomplete?: string | undefined
  required?: boolean | undefined
  readOnly?: boolean | undefined
  /** A read-only text handed over (a link): selected whole when focused, ready to copy. */
  selectOnFocus?: boolean | undefined
  /** The phone's keyboard: digits only for a number of days. */
  inputMode?: 'numeric' | undefined
  /** A code typed in capitals, not corrected by the phone. */
  autocapitalize?: 'characters' | undefined
  spellcheck?: boolean | undefined
  class?: string | undefined
  value: string
  onValue?: ((value: string) => void) | undefined
}

/** One labelled text control. */
export function TextField(props: TextFieldProps) {
  const { id, hint, error, rows, onValue } = props
  const control = {
    id,
    class: props.class,
    value: props.value,
    maxLength: props.maxLength,
    required: props.required,
    readOnly: props.readOnly,
    inputMode: props.inputMode,
    autocapitalize: props.autocapitalize,
    spellcheck: props.spellcheck,
    onFocus: props.selectOnFocus
      ? (e: { currentTarget: { select(): void } }) => e.currentTarget.select()
      : undefined,
    'aria-invalid': error || props.invalid ? true : undefined,
    'aria-describedby': describedBy(hint ? `${id}-hint` : undefined, error && `${id}-error`),
    onInput: onValue && ((e: { currentTarget: { value: string } }) => onValue(e.currentTarget.value)),
  }
  return (
    <FieldFrame id={id} label={props.label} hint={hint} error={error}>
      {rows ? (
        <textarea {...control} rows={rows} />
      ) : (
        <input {...control} type={props.type ?? 'text'} autocomplete={props.autocomplete} />
      )}
    </FieldFrame>
  )
}
