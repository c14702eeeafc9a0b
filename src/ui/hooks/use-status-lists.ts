// The status lists a reader saw (issue #11 point 5), for the validation views: the lists a credential
// and its endorsements point to are watched while shown (the status runtime checks them at once and
// keeps checking), and the last ones seen are read from the device, so that offline the view still says
// "withdrawn" and "état vérifié le …". The status code (credential module) is loaded lazily.
import { useEffect, useState } from 'preact/hooks'
import type { KnownStatusList } from '../../features/trust/index.ts'

const urlOf = (x: unknown): string[] => {
  const url = (x as { statusListCredential?: unknown } | undefined)?.statusListCredential
  return typeof url === 'string' && url.length < 2_000 ? [url] : []
}

/** The status list URLs of a credential and of the endorsements it carries (bounded, never throws). */
export const statusUrlsOf = (credential: unknown): string[] => {
  const c = credential as { credentialStatus?: unknown; issuer?: { endorsement?: unknown } } | null
  if (!c || typeof c !== 'object') return []
  const endorsements = Array.isArray(c.issuer?.endorsement) ? c.issuer.endorsement.slice(0, 8) : []
  return [
    ...urlOf(c.credentialStatus),
    ...endorsements.flatMap((e) => urlOf((e as { credentialStatus?: unknown } | null)?.credentialStatus)),
  ]
}

/** The lists seen on this device, updated as checks arrive; undefined until read (or when disabled),
 * so that a view verifies once with them rather than once without and again with. */
export function useStatusLists(
  credential: unknown,
  enabled = true,
): ReadonlyMap<string, KnownStatusList> | undefined {
  const [lists, setLists] = useState<ReadonlyMap<string, KnownStatusList>>()
  useEffect(() => {
    if (!enabled) return
    let live = true
    let stop = () => {}
    let unsubscribe = () => {}
    void import('../../features/status/index.ts')
      .then(async (m) => {
        await m.loadSeenStatusLists({ records: m.deviceRecords })
        if (!live) return
        unsubscribe = m.statusListsStore.subscribe((next) => setLists(next))
        setLists(m.statusListsStore.get())
        stop = m.watchStatusLists(statusUrlsOf(credential))
      })
      // No lists readable (storage refused): the views still verify, with nothing known of withdrawals.
      .catch(() => live && setLists(new Map()))
    return () => {
      live = false
      stop()
      unsubscribe()
    }
  }, [credential, enabled])
  return lists
}
