// "Écouter": reads the screen's main text aloud with speechSynthesis, as whole sentences in the
// app's language (src/i18n/speech.ts), with one of the device's own voices of that language.
// When the device has none, it says so instead of reading French words with an English voice.
// Hidden where the browser cannot speak.
import { useEffect, useState } from 'preact/hooks'
import { currentLang, pickVoice, type SpeechNode, speechText, t } from '../../i18n/index.ts'
import { Icon } from './Icon.tsx'

const supported = (): boolean =>
  typeof speechSynthesis !== 'undefined' && typeof SpeechSynthesisUtterance !== 'undefined'

/** Listen / stop button, with a plain sentence when there is no voice for the language. */
export function ListenButton() {
  const [speaking, setSpeaking] = useState(false)
  const [noVoice, setNoVoice] = useState(false)
  // Browsers fill the voice list late (Chromium after 'voiceschanged'): keep it current.
  const [voices, setVoices] = useState<SpeechSynthesisVoice[]>(() =>
    supported() ? speechSynthesis.getVoices() : [],
  )
  useEffect(() => {
    if (!supported()) return
    const update = () => setVoices(speechSynthesis.getVoices())
    speechSynthesis.addEventListener('voiceschanged', update)
    return () => {
      speechSynthesis.removeEventListener('voiceschanged', update)
      speechSynthesis.cancel()
    }
  }, [])
  if (!supported()) return null
  const start = () => {
    speechSynthesis.cancel()
    const lang = currentLang()
    const voice = pickVoice(voices.length > 0 ? voices : speechSynthesis.getVoices(), lang)
    const main = document.getElementById('main')
    setNoVoice(!voice)
    if (!voice || !main) return
    const u = new SpeechSynthesisUtterance(speechText(main as unknown as SpeechNode, lang))
    u.voice = voice
    u.lang = voice.lang
    u.onend = () => setSpeaking(false)
    u.onerror = () => setSpeaking(false)
    setSpeaking(true)
    speechSynthesis.speak(u)
  }
  const stop = () => {
    speechSynthesis.cancel()
    setSpeaking(false)
  }
  return (
    <>
      {speaking ? (
        <button type="button" class="btn btn-small" onClick={stop}>
          <Icon name="stop" /> {t('listen.stop')}
        </button>
      ) : (
        <button type="button" class="btn btn-small" onClick={start}>
          <Icon name="listen" /> {t('listen.start')}
        </button>
      )}
      <p class="hint" role="status">
        {noVoice ? t('listen.noVoice') : ''}
      </p>
    </>
  )
}
