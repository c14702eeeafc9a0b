// A tiny path router on the history API: deep links like /experiences/<id> work on reload
// (the server and the service worker answer every route with index.html).
import { createStore, useStore } from './store.ts'

/** The current location: path without trailing slash, and the hash without '#'. */
export type Location = { path: string; hash: string }

const read = (): Location => ({
  path: location.pathname.replace(/\/+$/, '') || '/',
  hash: decodeURIComponent(location.hash.slice(1)),
})

const current = createStore<Location>(read())

addEventListener('popstate', () => current.set(read()))

/** Goes to a path inside the app (pushes a history entry unless `replace`). */
export function navigate(to: string, replace = false): void {
  if (replace) history.replaceState(null, '', to)
  else history.pushState(null, '', to)
  current.set(read())
  if (!location.hash) scrollTo(0, 0)
}

/** The current location; re-renders on navigation. */
export const useLocation = (): Location => useStore(current)

/** Click handler for in-app links: plain left clicks navigate without reloading. */
export function onLinkClick(e: MouseEvent): void {
  const a = (e.target as Element | null)?.closest?.('a')
  if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return
  const href = a.getAttribute('href')
  if (!href?.startsWith('/') || a.target || a.hasAttribute('download')) return
  e.preventDefault()
  navigate(href)
}
