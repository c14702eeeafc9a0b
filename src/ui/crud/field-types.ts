// Declarative description of a form field, so that each section's form is a short list.
import type { Section } from '../../booklet/index.ts'
import type { MessageKey } from '../../i18n/index.ts'
import type { IconName } from '../components/Icon.tsx'

/** One option of a choice field; `icon` is the pictogram shown beside it (radio buttons). */
export type Option = { value: string | number; label: MessageKey; text?: string; icon?: IconName }

/** A field of an item form. `name` is the item's property. */
export type FieldDef =
  | {
      kind: 'text' | 'textarea' | 'date' | 'email' | 'tel'
      name: string
      label: MessageKey
      required?: boolean
      hint?: MessageKey
    }
  | {
      kind: 'select'
      name: string
      label: MessageKey
      options: readonly Option[]
      none?: MessageKey
      showIf?: (v: Values) => boolean
    }
  | { kind: 'radio'; name: string; label: MessageKey; options: readonly Option[] }
  | { kind: 'links'; name: string; label: MessageKey; section: Section; titleOf: (item: never) => string }
  | { kind: 'savoir-etre'; name: string; label: MessageKey; showIf: (v: Values) => boolean }
  /** An ESCO skill or occupation picked from the index (stored as {uri, label, framework}); `from`
   * is the field whose words start the search (the person's own label). */
  | { kind: 'esco'; name: string; label: MessageKey; esco: 'skill' | 'occupation'; from: string }
  | GroupDef

/** An optional nested object edited as a fieldset (e.g. `alignment`): its fields are named
 * `<group>.<key>` so validation paths ('alignment.code') land beside the right field. Left empty,
 * the object is not stored; partly filled, it is validated as a whole. */
export type GroupDef = {
  kind: 'group'
  name: string
  label: MessageKey
  hint?: MessageKey
  fields: readonly Exclude<FieldDef, GroupDef>[]
}

/** Values being edited, keyed by property. */
export type Values = Record<string, unknown>

/** Errors by property: an i18n key per field. */
export type FieldErrors = Record<string, MessageKey>
