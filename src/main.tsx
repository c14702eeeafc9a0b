// Entry point: language first (remembered choice), then the shell with the home overview
// remembered at the last change; the booklet code (Yjs, Dexie, storage) loads right after the
// first paint, the service worker after the page has loaded.
import { render } from 'preact'
import { savedLang, setLang } from './i18n/index.ts'
import { App } from './ui/app.tsx'
import './ui/styles.css'

const lang = savedLang()
const ready = lang && lang !== 'fr' ? setLang(lang, false) : Promise.resolve()
void ready.then(() => {
  render(<App />, document.getElementById('app') as HTMLElement)
  requestAnimationFrame(() =>
    setTimeout(() => void import('./ui/session-open.ts').then((m) => m.startSession())),
  )
  const register = () => void import('./pwa/register.ts').then((m) => m.registerServiceWorker())
  if (document.readyState === 'complete') register()
  else addEventListener('load', register)
})
