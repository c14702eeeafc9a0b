// Registers the service worker (workbox) and, when a new version waits, asks the person before
// applying it: `messageSkipWaiting()` is only sent after "Mettre à jour" — never silently.
import { Workbox } from 'workbox-window'
import { listenForInstallOffer } from './eviction.ts'
import { updateStore } from './update-store.ts'

/** Registers /sw.js if the browser supports service workers. */
export function registerServiceWorker(): void {
  // The install offer comes once the worker controls the page: keep it for the eviction notice.
  listenForInstallOffer()
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return
  const wb = new Workbox('/sw.js', { scope: '/' })
  wb.addEventListener('waiting', () => {
    updateStore.set({
      apply: () => {
        wb.addEventListener('controlling', () => location.reload())
        wb.messageSkipWaiting()
      },
    })
  })
  wb.register().catch(() => undefined)
}
