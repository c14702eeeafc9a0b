// A list-and-form screen: add, edit (also at /<section>/<id>), delete with undo, "Voir plus".
import { useState } from 'preact/hooks'
import { getItem, type ItemOf, type Section } from '../../booklet/index.ts'
import { newId, nowIso } from '../../domain/index.ts'
import { t } from '../../i18n/index.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { showToast } from '../components/Toast.tsx'
import { navigate } from '../router.ts'
import { useSession } from '../session.ts'
import type { Values } from './field-types.ts'
import { buildItem, formValues } from './form-values.ts'
import { ItemForm } from './ItemForm.tsx'
import { ItemList } from './ItemList.tsx'
import { type SaveResult, saveItem } from './save.ts'
import type { SectionConfig } from './section-config.ts'

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
      <ItemList config={config} readOnly={readOnly} doc={doc} />
    </div>
  )
}
