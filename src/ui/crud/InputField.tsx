// Single controlled inputs outside the item forms (passphrases, files): the same label, hint and
// error wiring as `Field`, so screens do not hand-wire label/input blocks each their own way.
import type { ComponentChildren, JSX } from 'preact'
import { type MessageKey, t } from '../../i18n/index.ts'
import { Icon, type IconName } from '../components/Icon.tsx'
import { describedBy, FieldFrame } from './TextField.tsx'

type Common = {
  id: string
  label: MessageKey
  /** Marks the label "optional". */
  optional?: boolean
  hint?: MessageKey | undefined
  /** Id of an error shown elsewhere (a form-level alert) that describes this field when set. */
  errorId?: string | undefined
  /** An error shown under the field (its id is `<id>-error`). */
  error?: MessageKey | undefined
}

const Frame = ({ id, label, optional, hint, error, children }: Common & { children: JSX.Element }) => (
  <FieldFrame
    id={id}
    label={[t(label), optional ? <span class="muted"> {t('common.optional')}</span> : null]}
    hint={hint && t(hint)}
    error={error}
  >
    {children}
  </FieldFrame>
)

/** A labelled text or password input. */
export function InputField(
  props: Common & {
    type?: 'text' | 'password' | 'search'
    autocomplete: string
    /** The keyboard a phone shows (a link, digits). */
    inputMode?: 'text' | 'url' | 'numeric'
    /** Off for codes and links, which are no words. */
    spellcheck?: boolean | undefined
    value: string
    onValue: (value: string) => void
  },
) {
  const { id, hint, error, type = 'text', autocomplete, inputMode, spellcheck, value, onValue } = props
  const errorId = error ? `${id}-error` : props.errorId
  return (
    <Frame {...props}>
      <input
        id={id}
        type={type}
        autocomplete={autocomplete}
        inputMode={inputMode}
        spellcheck={spellcheck}
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

/** A group of radio choices that act at once (language, mode): a legend and one label per choice,
 * each with its pictogram if it has one; `hint` (id `<name>-hint`) says more under the legend;
 * `children` follow the choices inside the group (what a choice asks next). */
export function ChoiceGroup<V extends string>({
  legend,
  hint,
  name,
  options,
  value,
  onPick,
  class: className = 'field',
  children,
}: {
  legend: ComponentChildren
  hint?: string
  name: string
  options: readonly { value: V; label: string; lang?: string; icon?: IconName }[]
  value: V | undefined
  onPick: (value: V) => void
  class?: string
  children?: ComponentChildren
}) {
  return (
    <fieldset class={className} aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <div class="choices">
        {options.map((o) => (
          <label key={o.value} class="choice" lang={o.lang}>
            <input type="radio" name={name} checked={value === o.value} onChange={() => onPick(o.value)} />
            {o.icon ? <Icon name={o.icon} /> : null}
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      {children}
    </fieldset>
  )
}
