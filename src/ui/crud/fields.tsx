// Form fields with their label, hint and error beside them (aria-describedby + aria-invalid).
import type { JSX } from 'preact'
import type * as Y from 'yjs'
import { SAVOIR_ETRE_SUGGESTIONS } from '../../domain/index.ts'
import { type MessageKey, t } from '../../i18n/index.ts'
import { Icon } from '../components/Icon.tsx'
import { Linkify } from '../components/Linkify.tsx'
import { EscoField } from './EscoField.tsx'
import { FieldError } from './FieldError.tsx'
import type { FieldDef, FieldErrors, GroupDef, Values } from './field-types.ts'
import { LinksField } from './LinksField.tsx'

export { FieldError }

/** Props every field receives. */
export type FieldProps = {
  def: FieldDef
  values: Values
  set: (patch: Values) => void
  error?: MessageKey | undefined
  /** All the form's errors, for a group's own fields. */
  errors?: FieldErrors | undefined
  /** Inside a group: the group says "(facultatif)" once for all its fields. */
  grouped?: boolean
  /** A read-only booklet: the values show, nothing can be changed. */
  readOnly?: boolean | undefined
  doc: Y.Doc
  idPrefix: string
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined

const str = (v: unknown): string => (typeof v === 'string' ? v : v === undefined ? '' : String(v))

/** The fields `defs` of one form, each with its error beside it. */
export function Fields({
  defs,
  ...props
}: Omit<FieldProps, 'def' | 'error'> & { defs: readonly FieldDef[] }) {
  return (
    <>
      {defs.map((def) => (
        <Field key={def.name} {...props} def={def} error={props.errors?.[def.name]} />
      ))}
    </>
  )
}

/** One field of an item form. */
export function Field(props: FieldProps): JSX.Element | null {
  const { def, values, set, error, idPrefix } = props
  const id = `${idPrefix}-${def.name.replaceAll('.', '-')}`
  const errId = `${id}-error`
  if ((def.kind === 'select' || def.kind === 'savoir-etre') && def.showIf && !def.showIf(values)) return null
  if (def.kind === 'group') return <FieldGroup {...props} def={def} />
  if (def.kind === 'links') return <LinksField {...props} def={def} />
  if (def.kind === 'esco') return <EscoField {...props} def={def} />
  if (def.kind === 'savoir-etre') return <SavoirEtrePicker {...props} />
  if (def.kind === 'radio')
    return (
      <fieldset class="field" aria-describedby={describedBy(error && errId)}>
        <legend>{t(def.label)}</legend>
        <div class="choices">
          {def.options.map((o) => (
            <label key={o.value} class="choice">
              <input
                type="radio"
                name={id}
                checked={values[def.name] === o.value}
                disabled={props.readOnly}
                aria-invalid={error ? true : undefined}
                onChange={() => set({ [def.name]: o.value })}
              />
              {o.icon ? <Icon name={o.icon} /> : null}
              <span>{t(o.label)}</span>
            </label>
          ))}
        </div>
        <FieldError id={errId} error={error} />
      </fieldset>
    )
  const common = {
    id,
    readOnly: props.readOnly,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(def.kind !== 'select' && def.hint && `${id}-hint`, error && errId),
  }
  let control: JSX.Element
  if (def.kind === 'select') {
    control = (
      <select
        {...common}
        value={str(values[def.name])}
        onChange={(e) => set({ [def.name]: pick(def.options, e.currentTarget.value) })}
      >
        {def.none ? <option value="">{t(def.none)}</option> : null}
        {def.options.map((o) => (
          <option key={o.value} value={String(o.value)}>
            {o.text ?? t(o.label)}
          </option>
        ))}
      </select>
    )
  } else if (def.kind === 'textarea') {
    control = (
      <textarea
        {...common}
        rows={4}
        value={str(values[def.name])}
        onInput={(e) => set({ [def.name]: e.currentTarget.value })}
      />
    )
  } else {
    control = (
      <input
        {...common}
        type={def.kind}
        required={def.required}
        autocomplete={def.kind === 'email' ? 'email' : def.kind === 'tel' ? 'tel' : 'off'}
        value={str(values[def.name])}
        onInput={(e) => set({ [def.name]: e.currentTarget.value })}
      />
    )
  }
  return (
    <div class="field">
      <label for={id}>
        {t(def.label)}
        {def.kind !== 'select' && !def.required && !props.grouped ? (
          <span class="muted"> {t('common.optional')}</span>
        ) : null}
      </label>
      {def.kind !== 'select' && def.hint ? (
        <p id={`${id}-hint`} class="hint">
          <Linkify text={t(def.hint)} />
        </p>
      ) : null}
      {control}
      <FieldError id={errId} error={error} />
    </div>
  )
}

// A select gives a string back: map it to the option's own value (numbers stay numbers).
const pick = (options: readonly { value: string | number }[], raw: string): unknown =>
  raw === '' ? undefined : (options.find((o) => String(o.value) === raw)?.value ?? raw)

/** Savoir-être suggestions to pick instead of typing: fills the label and remembers the key. */
function SavoirEtrePicker({ def, values, set, idPrefix }: FieldProps) {
  return (
    <fieldset class="field">
      <legend>{t(def.label)}</legend>
      <p class="hint" id={`${idPrefix}-se-hint`}>
        {t('comp.pickHint')}
      </p>
      <div class="chips">
        {SAVOIR_ETRE_SUGGESTIONS.map((key) => (
          <button
            key={key}
            type="button"
            class="chip"
            aria-pressed={values.suggestionKey === key}
            onClick={() => set({ suggestionKey: key, label: t(`se.${key}`) })}
          >
            {values.suggestionKey === key ? <Icon name="saved" /> : null}
            {t(`se.${key}`)}
          </button>
        ))}
      </div>
    </fieldset>
  )
}

/** A fieldset of optional sub-fields, each with its own error beside it. */
function FieldGroup(props: FieldProps & { def: GroupDef }) {
  const { def, errors, idPrefix } = props
  const hintId = `${idPrefix}-${def.name}-hint`
  return (
    <fieldset class="field group" aria-describedby={def.hint ? hintId : undefined}>
      <legend>
        {t(def.label)} <span class="muted">{t('common.optional')}</span>
      </legend>
      {def.hint ? (
        <p id={hintId} class="hint">
          <Linkify text={t(def.hint)} />
        </p>
      ) : null}
      {def.fields.map((f) => (
        <Field key={f.name} {...props} def={f} error={errors?.[f.name]} grouped />
      ))}
    </fieldset>
  )
}
