// Entry point: language first (remembered choice), then the shell with the home overview
// remembered at the last change; the booklet code (Yjs, Dexie, storage) loads right after the
// first paint, a part at a time; the service worker is registered once the booklet is open.
import { render } from 'preact'
import { savedLang, setLang } from './i18n/index.ts'
import { App } from './ui/app.tsx'
import './ui/styles.css'

// A macrotask break, so that loading the booklet code is several short tasks, not one long one
// (the page stays responsive on a slow phone).
const pause = () => new Promise((resolve) => setTimeout(resolve, 0))

// Evaluates the booklet code a part at a time (each import runs only what is not loaded yet),
// opens the booklet, then registers the service worker.
async function openBooklet(): Promise<void> {
  try {
    await loadAndOpen()
  } finally {
    const register = () => void import('./pwa/register.ts').then((m) => m.registerServiceWorker())
    if (document.readyState === 'complete') register()
    else addEventListener('load', register)
  }
}

async function loadAndOpen(): Promise<void> {
  await import('./domain/index.ts')
  performance.mark('livret:code-domain')
  await pause()
  await import('./booklet/index.ts')
  performance.mark('livret:code-booklet')
  await pause()
  const session = await import('./ui/session-open.ts')
  performance.mark('livret:code-storage')
  await pause()
  await session.startSession()
  await pause()
}

performance.mark('livret:main')
const lang = savedLang()
const ready = lang && lang !== 'fr' ? setLang(lang, false) : Promise.resolve()
void ready.then(() => {
  render(<App />, document.getElementById('app') as HTMLElement)
  performance.mark('livret:rendered')
  requestAnimationFrame(() => setTimeout(() => void openBooklet()))
})
