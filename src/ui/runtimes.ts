// The app shell's background work: one RuntimeRegistry over the app's runtimes (features/runtime/
// catalog.ts), driven by the mode and the open booklet. Started once; it starts what the current mode
// needs, stops it on a mode switch and when the booklet is closed or replaced (restore), and stops
// everything on `pagehide` (the page is unloaded or put in the back-forward cache: its sockets would
// be cut anyway, and an open socket keeps it out of that cache), starting again on `pageshow` from
// that cache. A hidden tab (another app in front) keeps running, so an outbox can finish sending.
import { APP_RUNTIMES, RetryScheduler, RuntimeRegistry } from '../features/runtime/index.ts'
import { currentMode, onModeChange } from './mode.ts'
import { sessionStore } from './session.ts'

let running: { registry: RuntimeRegistry; retry: RetryScheduler } | undefined

/** Starts the registry (idempotent). */
export function startRuntimes(): void {
  if (running) return
  const retry = new RetryScheduler()
  const origin = location.origin
  const registry = new RuntimeRegistry(APP_RUNTIMES, {
    net: { relayOrigin: origin, appOrigin: origin },
    retry,
  })
  running = { registry, retry }
  const update = () => {
    const s = sessionStore.get()
    const session = s.state === 'ready' ? s.session : undefined
    registry.update({
      mode: currentMode(),
      ...(session ? { booklet: session.doc, readOnly: session.readOnly } : {}),
    })
  }
  onModeChange(update)
  sessionStore.subscribe(update)
  addEventListener('pagehide', () => registry.stopAll())
  addEventListener('pageshow', (e) => {
    if (e.persisted) update()
  })
  update()
}

/** "Retry now": every runtime waiting for the relay tries again at once. */
export function retryNow(): void {
  running?.retry.retryNow()
}
