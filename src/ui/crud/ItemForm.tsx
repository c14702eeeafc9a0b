// A generic item form: fields from a declaration, errors beside each field, a summary on submit.
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { type MessageKey, t } from '../../i18n/index.ts'
import type { FieldDef, Values } from './field-types.ts'
import { Fields } from './fields.tsx'
import { FormErrorSummary, SaveCancel, useFormErrors } from './form-parts.tsx'
import type { SaveResult } from './save.ts'

/** Props of ItemForm. */
export type ItemFormProps = {
  title: MessageKey
  fields: readonly FieldDef[]
  initial: Values
  doc: Y.Doc
  idPrefix: string
  normalize?: (next: Values, prev: Values) => Values
  onSave: (values: Values) => SaveResult
  onCancel: () => void
}

/** A form that saves through `onSave` and shows the errors it returns. */
export function ItemForm({
  title,
  fields,
  initial,
  doc,
  idPrefix,
  normalize,
  onSave,
  onCancel,
}: ItemFormProps) {
  const [values, setValues] = useState<Values>(initial)
  const { errors, setErrors, show, ref } = useFormErrors()
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, select, textarea')?.focus()
  }, [])
  const set = (patch: Values) => {
    const next = { ...values, ...patch }
    setValues(normalize ? normalize(next, values) : next)
    const cleared = { ...errors }
    for (const k of Object.keys(patch)) delete cleared[k]
    setErrors(cleared)
  }
  const submit = (e: Event) => {
    e.preventDefault()
    const r = onSave(values)
    if (!r.ok) show(r.errors)
  }
  const headingId = `${idPrefix}-heading`
  return (
    <form ref={ref} class="card form" aria-labelledby={headingId} onSubmit={submit} noValidate>
      <h2 id={headingId}>{t(title)}</h2>
      <FormErrorSummary errors={errors} />
      <Fields defs={fields} values={values} set={set} errors={errors} doc={doc} idPrefix={idPrefix} />
      <SaveCancel onCancel={onCancel} />
    </form>
  )
}
