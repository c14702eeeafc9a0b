// Entry point: language first (remembered choice), then the shell, then the booklet and the
// service worker, so that something useful is painted as early as possible.
import { render } from 'preact'
import { savedLang, setLang } from './i18n/index.ts'
import { App } from './ui/app.tsx'
import { startSession } from './ui/session.ts'
import './ui/styles.css'

const lang = savedLang()
const ready = lang && lang !== 'fr' ? setLang(lang, false) : Promise.resolve()
void startSession()
void ready.then(() => {
  render(<App />, document.getElementById('app') as HTMLElement)
  const register = () => void import('./pwa/register.ts').then((m) => m.registerServiceWorker())
  if (document.readyState === 'complete') register()
  else addEventListener('load', register)
})
