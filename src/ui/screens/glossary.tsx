// The glossary: every acronym explained in the current language; /glossaire#cpas opens at CPAS.
import { useEffect, useState } from 'preact/hooks'
import { GLOSSARY, t } from '../../i18n/index.ts'
import { PageHeader } from '../components/PageHeader.tsx'
import { InputField } from '../crud/InputField.tsx'
import { useLocation } from '../router.ts'
import { useLang } from '../store.ts'

const REGION = { be: 'glossary.be', fr: 'glossary.fr', all: 'glossary.all' } as const

/** The glossary screen. */
export default function GlossaryScreen() {
  const lang = useLang()
  const { hash } = useLocation()
  const [query, setQuery] = useState('')
  useEffect(() => {
    if (!hash) return
    const el = document.getElementById(hash)
    el?.scrollIntoView()
    el?.focus()
  }, [hash])
  const q = query.trim().toLowerCase()
  const entries = GLOSSARY.filter(
    (e) => q === '' || `${e.term} ${e[lang].name} ${e[lang].text}`.toLowerCase().includes(q),
  )
  return (
    <div>
      <PageHeader icon="glossary" title={t('glossary.title')} intro={t('glossary.intro')} />
      <InputField
        id="glossary-filter"
        type="search"
        label="glossary.filter"
        autocomplete="off"
        value={query}
        onValue={setQuery}
      />
      {entries.length === 0 ? <p role="status">{t('glossary.noMatch')}</p> : null}
      {entries.map((e) => (
        <section
          key={e.key}
          id={e.key}
          tabIndex={-1}
          class={`card gloss${hash === e.key ? ' target' : ''}`}
          aria-labelledby={`${e.key}-term`}
        >
          <h2 id={`${e.key}-term`}>
            <span lang="fr">{e.term}</span>
          </h2>
          <p>
            <strong>{e[lang].name}</strong> <span class="badge">{t(REGION[e.region])}</span>
          </p>
          <p>{e[lang].text}</p>
        </section>
      ))}
    </div>
  )
}
