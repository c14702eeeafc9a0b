// First start: the language choice, offered on the home screen until the person picks one.
import { useState } from 'preact/hooks'
import { LANGS, type Lang, savedLang, setLang, t } from '../../i18n/index.ts'
import { SectionTitle } from '../components/PageHeader.tsx'

/** Names of the languages, each in its own language. */
export const LANG_NAMES: Record<Lang, string> = { fr: 'Français', nl: 'Nederlands', en: 'English' }

/** The welcome box with the three language buttons. */
export function Welcome() {
  const [open, setOpen] = useState(savedLang() === undefined)
  if (!open) return null
  return (
    <section class="card welcome" aria-labelledby="welcome-title">
      <SectionTitle icon="language" id="welcome-title">
        {t('welcome.pickLanguage')}
      </SectionTitle>
      <div class="row">
        {LANGS.map((l) => (
          <button
            key={l}
            type="button"
            class="btn"
            lang={l}
            onClick={() => {
              void setLang(l).then(() => setOpen(false))
            }}
          >
            {LANG_NAMES[l]}
          </button>
        ))}
      </div>
    </section>
  )
}
