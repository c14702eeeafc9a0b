// The Preact hook over the app's observable values (src/lib/store.ts).
import { useEffect, useState } from 'preact/hooks'
import { type Lang, langStore } from '../i18n/index.ts'
import type { Store } from '../lib/index.ts'

export { createStore, type Store } from '../lib/index.ts'

/** Re-renders the component when the store changes. */
export function useStore<T>(store: Pick<Store<T>, 'get' | 'subscribe'>): T {
  const [value, setValue] = useState(store.get())
  useEffect(() => {
    setValue(store.get())
    return store.subscribe(setValue)
  }, [store])
  return value
}

/** The current language; re-renders on a switch. */
export const useLang = (): Lang => useStore(langStore)
