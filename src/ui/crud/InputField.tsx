// Single controlled inputs outside the item forms (passphrases, files): the same label, hint and
// error wiring as `Field`, so screens do not hand-wire label/input blocks each their own way.
import type { JSX } from 'preact'
import { type MessageKey, t } from '../../i18n/index.ts'
import { FieldError } from './FieldError.tsx'

const describedBy = (...ids: (string | false | undefined)[]): string | undefined =>
  ids.filter(Boolean).join(' ') || undefined

type Common = {
  id: string
  label: MessageKey
  /** Marks the label "optional". */
  optional?: boolean
  hint?: MessageKey
  /** Id of an error shown elsewhere (a form-level alert) that describes this field when set. */
  errorId?: string | undefined
  /** An error shown under the field (its id is `<id>-error`). */
  error?: MessageKey | undefined
}

const Frame = ({ id, label, optional, hint, error, children }: Common & { children: JSX.Element }) => (
  <div class="field">
    <label for={id}>
      {t(label)}
      {optional ? <span class="muted"> {t('common.optional')}</span> : null}
    </label>
    {hint ? (
      <p class="hint" id={`${id}-hint`}>
        {t(hint)}
      </p>
    ) : null}
    {children}
    <FieldError id={`${id}-error`} error={error} />
  </div>
)

/** A labelled text or password input. */
export function InputField(
  props: Common & {
    type?: 'text' | 'password' | 'search'
    autocomplete: string
    /** The keyboard a phone shows (a pasted link: 'url'). */
    inputMode?: 'text' | 'url' | 'numeric'
    value: string
    onValue: (value: string) => void
  },
) {
  const { id, hint, error, type = 'text', autocomplete, inputMode, value, onValue } = props
  const errorId = error ? `${id}-error` : props.errorId
  return (
    <Frame {...props}>
      <input
        id={id}
        type={type}
        autocomplete={autocomplete}
        inputMode={inputMode}
        value={value}
        aria-invalid={errorId ? 'true' : undefined}
        aria-describedby={describedBy(hint && `${id}-hint`, errorId)}
        onInput={(e) => onValue(e.currentTarget.value)}
      />
    </Frame>
  )
}

/** A labelled file picker (one file). */
export function FileField(props: Common & { accept: string; onFile: (file: File | undefined) => void }) {
  const { id, hint, accept, onFile } = props
  return (
    <Frame {...props}>
      <input
        id={id}
        type="file"
        accept={accept}
        aria-describedby={describedBy(hint && `${id}-hint`)}
        onChange={(e) => onFile(e.currentTarget.files?.[0])}
      />
    </Frame>
  )
}

/** A group of radio choices that act at once (language, mode): a legend and one label per choice. */
export function ChoiceGroup<V extends string>({
  legend,
  name,
  options,
  value,
  onPick,
}: {
  legend: string
  name: string
  options: readonly { value: V; label: string; lang?: string }[]
  value: V
  onPick: (value: V) => void
}) {
  return (
    <fieldset class="field">
      <legend>{legend}</legend>
      <div class="choices">
        {options.map((o) => (
          <label key={o.value} class="choice" lang={o.lang}>
            <input type="radio" name={name} checked={value === o.value} onChange={() => onPick(o.value)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  )
}
