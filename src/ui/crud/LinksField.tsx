// Links to items of another section (experience ↔ competences): checked ones first, then a
// short searchable list, so that it stays usable with thousands of items.
import { useState } from 'preact/hooks'
import type { Section } from '../../booklet/index.ts'
import { t } from '../../i18n/index.ts'
import { byCreatedDesc, useSection } from '../hooks/use-section.ts'
import { CheckboxList } from './CheckboxList.tsx'
import type { FieldDef } from './field-types.ts'
import type { FieldProps } from './fields.tsx'

const SHOWN = 12

/** A checkbox list of another section's items, with a search box. */
export function LinksField({
  def,
  values,
  set,
  doc,
  idPrefix,
}: FieldProps & { def: Extract<FieldDef, { kind: 'links' }> }) {
  const { items } = useSection(doc, def.section as Section, byCreatedDesc)
  const [query, setQuery] = useState('')
  const selected = new Set(Array.isArray(values[def.name]) ? (values[def.name] as string[]) : [])
  const title = def.titleOf as (item: unknown) => string
  const q = query.trim().toLowerCase()
  const chosen = items.filter((i) => selected.has(i.id))
  const others = items
    .filter((i) => !selected.has(i.id) && (q === '' || title(i).toLowerCase().includes(q)))
    .slice(0, SHOWN)
  const toggle = (id: string) => {
    const next = new Set(selected)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    set({ [def.name]: [...next] })
  }
  const searchId = `${idPrefix}-${def.name}-search`
  if (items.length === 0) return null
  return (
    <fieldset class="field">
      <legend>
        {t(def.label)} <span class="muted">{t('common.optional')}</span>
      </legend>
      {items.length > SHOWN ? (
        <div class="field">
          <label for={searchId}>{t('common.search')}</label>
          <input id={searchId} type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </div>
      ) : null}
      <CheckboxList
        items={[...chosen, ...others].map((i) => ({ id: i.id, label: title(i) }))}
        checked={(id) => selected.has(id)}
        toggle={toggle}
      />
    </fieldset>
  )
}
