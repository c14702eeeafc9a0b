// The app shell: skip link, header with menu, save and network status, the current screen,
// messages; it starts the background runtimes (runtimes.ts).
import { useEffect, useRef } from 'preact/hooks'
import { t } from '../i18n/index.ts'
import { Icon } from './components/Icon.tsx'
import { StatusLine } from './components/StatusLine.tsx'
import { ToastRegion } from './components/Toast.tsx'
import { UpdatePrompt } from './components/UpdatePrompt.tsx'
import { HomeScreen } from './home/HomeView.tsx'
import { LazyScreen } from './lazy.tsx'
import { useMode } from './mode.ts'
import { onLinkClick, useLocation } from './router.ts'
import { MODE_HOMES, matchRoute, ROUTES } from './routes.ts'
import { startRuntimes } from './runtimes.ts'
import { FirstSaveSlot } from './screens/backup/first-save-slot.tsx'
import { useSessionState } from './session.ts'
import { useLang } from './store.ts'

function Menu({ path }: { path: string }) {
  const mode = useMode()
  const ref = useRef<HTMLDetailsElement>(null)
  useEffect(() => {
    if (ref.current) ref.current.open = false
  }, [path])
  return (
    <details class="menu" ref={ref}>
      <summary class="btn btn-small">{t('app.menu')}</summary>
      <nav aria-label={t('app.mainNav')}>
        <ul>
          <li>
            <a href="/" aria-current={path === '/' ? 'page' : undefined}>
              <Icon name="home" /> {t('nav.home')}
            </a>
          </li>
          {ROUTES.filter((r) => r.nav && (!r.modes || r.modes.includes(mode))).map((r) => (
            <li key={r.path}>
              <a href={`/${r.path}`} aria-current={path.startsWith(`/${r.path}`) ? 'page' : undefined}>
                <Icon name={r.icon} /> {t(r.title)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </details>
  )
}

function Screen({ path }: { path: string }) {
  const mode = useMode()
  const m = matchRoute(path)
  if (m === 'home') return mode === 'holder' ? <HomeScreen /> : <LazyScreen load={MODE_HOMES[mode]} />
  if (!m)
    return (
      <div>
        <h1>{t('app.notFound')}</h1>
        <a href="/">{t('app.backHome')}</a>
      </div>
    )
  return m.id === undefined ? (
    <LazyScreen load={m.route.load} />
  ) : (
    <LazyScreen load={m.route.load} id={m.id} />
  )
}

/** Whether the screen at `path` shows without the holder's own booklet. */
const withoutSession = (path: string): boolean => {
  const m = matchRoute(path)
  return typeof m === 'object' && m.route.session === false
}

/** The whole app. */
export function App() {
  useLang()
  const { path, hash } = useLocation()
  const session = useSessionState()
  // Background work (sync, live shares, inboxes, outboxes) follows the mode and the open booklet.
  useEffect(startRuntimes, [])
  const first = useRef(true)
  useEffect(() => {
    const m = matchRoute(path)
    document.title = m === 'home' || !m ? t('app.name') : `${t(m.route.title)} – ${t('app.name')}`
    if (first.current) {
      first.current = false
      return
    }
    if (!hash) document.getElementById('main')?.focus()
  }, [path, hash])
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: delegates clicks on in-app links to the router
    // biome-ignore lint/a11y/useKeyWithClickEvents: links keep their native keyboard behaviour
    <div class="shell" onClick={onLinkClick}>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="topbar">
        <a href="/" class="brand">
          <Icon name="booklet" /> {t('app.name')}
        </a>
        <Menu path={path} />
      </header>
      <StatusLine />
      <FirstSaveSlot path={path} />
      <main id="main" tabIndex={-1}>
        {session.state === 'ready' || path === '/' || withoutSession(path) ? (
          <Screen path={path} />
        ) : session.state === 'failed' ? (
          <p role="alert">{t('app.openFailed')}</p>
        ) : (
          <p class="muted">{t('app.loading')}</p>
        )}
      </main>
      <ToastRegion />
      <UpdatePrompt />
    </div>
  )
}
