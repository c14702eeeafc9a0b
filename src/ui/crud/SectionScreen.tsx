// A list-and-form screen: add, edit (also at /<section>/<id>), delete with undo, "Voir plus".
import { useState } from 'preact/hooks'
import { getItem, type ItemOf, type Section } from '../../booklet/index.ts'
import { newId, nowIso } from '../../domain/index.ts'
import { t } from '../../i18n/index.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { showToast } from '../components/Toast.tsx'
import { useSection } from '../hooks/use-section.ts'
import { navigate } from '../router.ts'
import { useSession } from '../session.ts'
import type { FieldDef, Values } from './field-types.ts'
import { ItemForm } from './ItemForm.tsx'
import { ItemList } from './ItemList.tsx'
import { type SaveResult, saveItem } from './save.ts'
import type { SectionConfig } from './section-config.ts'

/** Builds the item to store: the existing one, overlaid with the form's values. */
export function buildItem(fields: readonly FieldDef[], values: Values, base: Values): Values {
  const out: Values = { ...base }
  for (const f of fields) {
    if (f.kind === 'group') {
      const sub: Values = {}
      for (const g of f.fields) {
        const v = values[g.name]
        if (!isBlank(v)) sub[g.name.slice(f.name.length + 1)] = v
      }
      if (Object.keys(sub).length > 0) out[f.name] = sub
      else delete out[f.name]
      continue
    }
    const v = values[f.name]
    if (!isBlank(v)) out[f.name] = v
    else if (f.kind !== 'links' && 'required' in f && f.required) out[f.name] = ''
    else if (f.kind === 'links') out[f.name] = []
    else delete out[f.name]
  }
  return out
}

const isBlank = (v: unknown): boolean => v === undefined || (typeof v === 'string' && v.trim() === '')

/** The form's values for an item: groups (nested objects) spread into `<group>.<key>` fields. */
export function formValues(fields: readonly FieldDef[], item: Values): Values {
  const out: Values = { ...item }
  for (const f of fields) {
    if (f.kind !== 'group') continue
    const obj = item[f.name]
    delete out[f.name]
    if (typeof obj !== 'object' || obj === null) continue
    for (const g of f.fields) out[g.name] = (obj as Values)[g.name.slice(f.name.length + 1)]
  }
  return out
}

/** The screen of one section. */
export function SectionScreen<S extends Section>({
  config,
  id,
}: {
  config: SectionConfig<S>
  id?: string | undefined
}) {
  const { doc, readOnly } = useSession()
  const [adding, setAdding] = useState(id === 'nouveau')
  const view = useSection(doc, config.section, config.sort)
  const editing = id !== undefined && id !== 'nouveau' ? getItem(doc, config.section, id) : undefined
  const back = () => navigate(`/${config.route}`)

  const save = (values: Values, existing: ItemOf<S> | undefined): SaveResult => {
    const now = nowIso()
    const base: Values = existing
      ? { ...existing, updatedAt: now }
      : { id: newId(), createdAt: now, updatedAt: now, ...config.blank() }
    const r = saveItem(doc, config.section, buildItem(config.fields, values, base))
    if (r.ok) showToast(t('common.saved'), undefined, 3000)
    return r
  }

  const header = <PageHeader icon={config.icon} title={t(config.text.title)} intro={t(config.text.intro)} />
  if (id !== undefined && id !== 'nouveau') {
    return (
      <div>
        {header}
        {editing && !readOnly ? (
          <ItemForm
            key={id}
            title={config.text.editTitle}
            fields={config.fields}
            initial={formValues(config.fields, { ...editing })}
            doc={doc}
            idPrefix="edit"
            {...(config.normalize ? { normalize: config.normalize } : {})}
            onSave={(v) => {
              const r = save(v, editing)
              if (r.ok) back()
              return r
            }}
            onCancel={back}
          />
        ) : (
          <p class="card">{t(editing ? 'error.read-only' : 'common.notFound')}</p>
        )}
        <p>
          <a href={`/${config.route}`}>← {t(config.text.title)}</a>
        </p>
      </div>
    )
  }

  return (
    <div>
      {header}
      {readOnly ? <p class="card">{t('app.readOnlyNewer')}</p> : null}
      {adding ? (
        <ItemForm
          title={config.text.newTitle}
          fields={config.fields}
          initial={config.blank()}
          doc={doc}
          idPrefix="new"
          {...(config.normalize ? { normalize: config.normalize } : {})}
          onSave={(v) => {
            const r = save(v, undefined)
            if (r.ok) {
              setAdding(false)
              if (id === 'nouveau') back()
            }
            return r
          }}
          onCancel={() => (id === 'nouveau' ? back() : setAdding(false))}
        />
      ) : readOnly ? null : (
        <button type="button" class="btn btn-primary btn-wide" onClick={() => setAdding(true)}>
          + {t(config.text.add)}
        </button>
      )}
      <ItemList config={config} view={view} readOnly={readOnly} doc={doc} />
    </div>
  )
}
