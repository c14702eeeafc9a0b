// Picking an ESCO skill (competence) or occupation (project) beside the person's own words: the
// index loads only when the person opens the picker (its code too), with a loading line; offline
// without a cached copy it says so plainly and the person's words stay as they are.
import { useEffect, useRef, useState } from 'preact/hooks'
import type { EscoAlignment } from '../../domain/index.ts'
import type { EscoHit, EscoLang } from '../../features/esco/index.ts'
import { currentLang, t } from '../../i18n/index.ts'
import { Icon } from '../components/Icon.tsx'
import type { FieldDef } from './field-types.ts'
import type { FieldProps } from './fields.tsx'

type Search = (text: string) => EscoHit[]
type Status =
  | { state: 'closed' }
  | { state: 'loading' }
  | { state: 'unavailable' }
  | { state: 'ready'; search: Search }

const SHOWN = 8

const openSearch = async (kind: 'skill' | 'occupation'): Promise<Search | undefined> => {
  const esco = await import('../../features/esco/index.ts')
  const loads = await Promise.all(
    esco.escoLangsFor(kind, currentLang() as EscoLang).map((lang) => esco.loadEscoIndex(kind, lang)),
  )
  const indexes = loads.flatMap((r) => (r.ok ? [r.value] : []))
  if (indexes.length === 0) return undefined
  const searcher = esco.createEscoSearcher(indexes)
  return (text) => searcher.search(text, { limit: SHOWN })
}

/** The ESCO picker of a form. */
export function EscoField({
  def,
  values,
  set,
  idPrefix,
}: FieldProps & { def: Extract<FieldDef, { kind: 'esco' }> }) {
  const chosen = values[def.name] as EscoAlignment | undefined
  const [status, setStatus] = useState<Status>({ state: 'closed' })
  const [query, setQuery] = useState('')
  const [hits, setHits] = useState<EscoHit[]>([])
  const input = useRef<HTMLInputElement>(null)
  const id = `${idPrefix}-${def.name}`
  const open = () => {
    const words = typeof values[def.from] === 'string' ? (values[def.from] as string) : ''
    setQuery(words)
    setStatus({ state: 'loading' })
    openSearch(def.esco).then(
      (search) => setStatus(search ? { state: 'ready', search } : { state: 'unavailable' }),
      () => setStatus({ state: 'unavailable' }),
    )
  }
  useEffect(() => {
    if (status.state !== 'ready') return
    setHits(query.trim() === '' ? [] : status.search(query))
  }, [status, query])
  useEffect(() => {
    if (status.state === 'ready') input.current?.focus()
  }, [status.state])
  const pick = (hit: EscoHit) => {
    set({ [def.name]: { uri: hit.uri, label: hit.label, framework: 'ESCO' } })
    setStatus({ state: 'closed' })
  }
  return (
    <fieldset class="field esco-field" aria-describedby={`${id}-hint`}>
      <legend>
        <Icon name="language" /> {t(def.label)}
      </legend>
      <p class="hint" id={`${id}-hint`}>
        {t('esco.pickHint')}
      </p>
      {chosen ? (
        <p class="esco-chosen">
          <Icon name="saved" /> {t('esco.chosen', { label: chosen.label })}{' '}
          <button type="button" class="btn btn-small" onClick={() => set({ [def.name]: undefined })}>
            {t('esco.remove')}
          </button>
        </p>
      ) : null}
      {status.state === 'closed' ? (
        <button type="button" class="btn" onClick={open}>
          <Icon name="language" /> {t('esco.search')}
        </button>
      ) : (
        <div class="esco-panel">
          {status.state === 'loading' ? (
            <p role="status">{t('esco.loading')}</p>
          ) : status.state === 'unavailable' ? (
            <p role="status">
              <Icon name="error" /> {t('esco.unavailable')}
            </p>
          ) : (
            <>
              <label for={`${id}-q`}>{t('esco.search')}</label>
              <input
                id={`${id}-q`}
                ref={input}
                type="search"
                value={query}
                autocomplete="off"
                onInput={(e) => setQuery(e.currentTarget.value)}
              />
              {query.trim() !== '' && hits.length === 0 ? (
                <p role="status">{t('esco.noResult')}</p>
              ) : (
                <ul class="plain esco-hits" aria-label={t('esco.results')}>
                  {hits.map((h) => (
                    <li key={h.uri}>
                      <button
                        type="button"
                        class="btn esco-hit"
                        data-label={h.label}
                        data-uri={h.uri}
                        onClick={() => pick(h)}
                      >
                        {h.label}
                        {h.matched ? <span class="muted small"> ({h.matched})</span> : null}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
          <button type="button" class="btn" onClick={() => setStatus({ state: 'closed' })}>
            {t('esco.keepMine')}
          </button>
        </div>
      )}
    </fieldset>
  )
}
