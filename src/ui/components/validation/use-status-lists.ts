// The status lists this device saw, for the validations a view shows: the view tells the status
// runtime which lists to check (watchStatusLists) and re-renders when a check brings a newer list or
// a new check date, so "retirée" and "état vérifié le …" follow without a reload. The status feature
// pulls the credential module: loaded lazily, the first paint does not wait for it.
import { useEffect, useState } from 'preact/hooks'
import type { KnownStatusList } from '../../../features/trust/index.ts'
import { statusUrlsOf } from './status-urls.ts'

/** The status lists seen so far (undefined until those stored on the device are read). */
export function useStatusLists(
  credentials: readonly unknown[],
): ReadonlyMap<string, KnownStatusList> | undefined {
  const [lists, setLists] = useState<ReadonlyMap<string, KnownStatusList> | undefined>(undefined)
  const urls = credentials.flatMap((c) => statusUrlsOf(c, location.origin))
  const key = [...new Set(urls)].sort().join(' ')
  useEffect(() => {
    let stop: (() => void) | undefined
    let live = true
    void import('../../../features/status/index.ts')
      .then(async (m) => {
        await m.loadSeenStatusLists(m.defaultStatusDeps())
        if (!live) return
        const unwatch = key ? m.watchStatusLists(key.split(' ')) : () => undefined
        const unsubscribe = m.statusListsStore.subscribe(() => setLists(m.statusListsStore.get()))
        setLists(m.statusListsStore.get())
        stop = () => {
          unwatch()
          unsubscribe()
        }
      })
      // No lists readable (storage refused): the views still verify, knowing nothing of withdrawals.
      .catch(() => live && setLists(new Map()))
    return () => {
      live = false
      stop?.()
    }
  }, [key])
  return lists
}
