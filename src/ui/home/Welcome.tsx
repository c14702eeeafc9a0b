// First start: the language choice, offered on the home screen until the person picks one.
import { useState } from 'preact/hooks'
import { currentLang, LANGS, type Lang, savedLang, setLang, t } from '../../i18n/index.ts'
import { CardSection } from '../components/PageHeader.tsx'

/** Names of the languages, each in its own language. */
export const LANG_NAMES: Record<Lang, string> = { fr: 'Français', nl: 'Nederlands', en: 'English' }

/** The welcome box: three language buttons, and "Continuer" to keep the current one. */
export function Welcome() {
  const [open, setOpen] = useState(savedLang() === undefined)
  if (!open) return null
  return (
    <CardSection id="welcome-title" icon="language" title={t('welcome.pickLanguage')} class="welcome">
      <p>{t('welcome.text')}</p>
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
      <button
        type="button"
        class="btn btn-primary btn-wide"
        onClick={() => void setLang(currentLang()).then(() => setOpen(false))}
      >
        {t('welcome.continue')}
      </button>
    </CardSection>
  )
}
