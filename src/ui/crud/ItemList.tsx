// The cards of a section, a page at a time ("Voir plus"), each with Modifier and Supprimer.
import { useState } from 'preact/hooks'
import type * as Y from 'yjs'
import type { Section } from '../../booklet/index.ts'
import { labelled, plural, t } from '../../i18n/index.ts'
import { ItemButton, ShowMore } from '../components/ItemButton.tsx'
import { Linkify } from '../components/Linkify.tsx'
import { useListView } from '../hooks/use-list-view.ts'
import { deleteWithUndo } from './save.ts'
import type { SectionConfig } from './section-config.ts'

const PAGE = 30

/** The list of a section's items. */
export function ItemList<S extends Section>({
  config,
  readOnly,
  doc,
}: {
  config: SectionConfig<S>
  readOnly: boolean
  doc: Y.Doc
}) {
  const [shown, setShown] = useState(PAGE)
  const [filter, setFilter] = useState('')
  const f = config.filter
  const view = useListView(doc, config, shown, filter)
  const { items, total } = view
  return (
    <section aria-labelledby="list-title">
      <h2 id="list-title" tabIndex={-1}>
        {plural('common.count', total)}
      </h2>
      {f ? (
        <div class="field">
          <label for="list-filter">{t(f.label)}</label>
          <select id="list-filter" value={filter} onChange={(e) => setFilter(e.currentTarget.value)}>
            <option value="">{t('comp.filterAll')}</option>
            {f.options.map((o) => (
              <option key={o.value} value={String(o.value)}>
                {t(o.label)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {view.invalid > 0 ? <p class="muted">{plural('common.invalidItems', view.invalid)}</p> : null}
      {total === 0 ? <p class="muted">{t(config.text.empty)}</p> : null}
      <ul class="cards">
        {items.map((item) => {
          const s = config.summary(item)
          return (
            <li key={item.id} class="card item">
              <h3>
                <Linkify text={s.title} />
              </h3>
              {s.lines.filter(Boolean).map((l, i) => (
                <p key={i}>
                  <Linkify text={l} />
                </p>
              ))}
              {config.extra?.(item)}
              {readOnly ? null : (
                <div class="row">
                  <a
                    class="btn btn-small"
                    href={`/${config.route}/${item.id}`}
                    aria-label={labelled(t('common.edit'), s.title)}
                  >
                    {t('common.edit')}
                  </a>
                  <ItemButton
                    action="common.delete"
                    item={s.title}
                    tone="danger"
                    onClick={() => {
                      deleteWithUndo(doc, config.section, item.id)
                      // The button goes away with its card: keep the keyboard focus in the list.
                      document.getElementById('list-title')?.focus()
                    }}
                  />
                </div>
              )}
            </li>
          )
        })}
      </ul>
      <ShowMore shown={shown} total={total} onMore={() => setShown(shown + PAGE)} />
    </section>
  )
}
