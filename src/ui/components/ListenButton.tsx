// "Écouter": reads the screen's main text aloud with speechSynthesis, in the app's language.
// Hidden where the browser cannot speak.
import { useEffect, useState } from 'preact/hooks'
import { currentLang, t } from '../../i18n/index.ts'
import { Icon } from './Icon.tsx'

const VOICE_LANG = { fr: 'fr-FR', nl: 'nl-BE', en: 'en-GB' } as const

const supported = (): boolean =>
  typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined'

/** Text of the main region, without buttons and hidden parts. */
function mainText(): string {
  const main = document.getElementById('main')
  if (!main) return ''
  const clone = main.cloneNode(true) as HTMLElement
  for (const el of clone.querySelectorAll(
    'button, [aria-hidden="true"], script, style, input, select, textarea',
  ))
    el.remove()
  return (clone.textContent ?? '').replace(/\s+/g, ' ').trim()
}

/** Listen / stop button. */
export function ListenButton() {
  const [speaking, setSpeaking] = useState(false)
  useEffect(() => () => void (supported() && speechSynthesis.cancel()), [])
  if (!supported()) return null
  const start = () => {
    speechSynthesis.cancel()
    const u = new SpeechSynthesisUtterance(mainText())
    u.lang = VOICE_LANG[currentLang()]
    u.onend = () => setSpeaking(false)
    u.onerror = () => setSpeaking(false)
    setSpeaking(true)
    speechSynthesis.speak(u)
  }
  const stop = () => {
    speechSynthesis.cancel()
    setSpeaking(false)
  }
  return speaking ? (
    <button type="button" class="btn btn-small" onClick={stop}>
      <Icon name="stop" /> {t('listen.stop')}
    </button>
  ) : (
    <button type="button" class="btn btn-small" onClick={start}>
      <Icon name="listen" /> {t('listen.start')}
    </button>
  )
}
