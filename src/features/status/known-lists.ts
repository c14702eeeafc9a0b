// The reader's side of withdrawal: the newest status list this device saw for each URL and when it
// last checked it (device records, kind 'status-list-seen', id = the list's URL), so that offline the
// display says "état vérifié le …". A check fetches the list from the relay, verifies it (issuer's
// signature, its own URL) and keeps it only when it is strictly newer (acceptStatusListVersion): an
// old version served again is refused and the newer one kept. The same version again only moves the
// check date. What trust-state's TrustContext.statusLists wants is `statusListsStore.get()`.
import * as v from 'valibot'
import {
  acceptStatusListVersion,
  type StatusListErrorCode,
  type VerifiedStatusList,
  verifyStatusList,
} from '../../credential/index.ts'
import { fail, jsonValue, ok, type Result } from '../../domain/result.ts'
import { createStore, type Store } from '../../lib/index.ts'
import type { StatusDeps } from './deps.ts'

const KIND = 'status-list-seen'

/** Largest status list a reader downloads (the relay's default cap). */
export const MAX_FETCHED_STATUS_LIST_BYTES = 32 * 1024

/** A status list the reader saw, and when it last confirmed it (ISO date-time). */
export type SeenStatusList = { list: VerifiedStatusList; checkedAt: string }

const SeenSchema = v.object({
  body: v.pipe(v.string(), v.maxLength(MAX_FETCHED_STATUS_LIST_BYTES)),
  checkedAt: v.pipe(v.string(), v.isoTimestamp()),
})

/** Why a check did not give a fresh state. */
export type StatusCheckCode =
  | 'status-fetch-failed'
  | 'status-list-unpublished'
  | 'status-list-too-large'
  | StatusListErrorCode

const store = createStore<ReadonlyMap<string, SeenStatusList>>(new Map())
let loaded: Promise<void> | undefined

/** Every status list seen on this device, by URL (observable; call loadSeenStatusLists first). */
export const statusListsStore: Pick<Store<ReadonlyMap<string, SeenStatusList>>, 'get' | 'subscribe'> = store

const setOne = (url: string, seen: SeenStatusList) => {
  const next = new Map(store.get())
  next.set(url, seen)
  store.set(next)
}

/** Reads the lists seen before from the device, verifying each again (a damaged one is dropped). */
export function loadSeenStatusLists(deps: Pick<StatusDeps, 'records'>, again = false): Promise<void> {
  if (loaded && !again) return loaded
  loaded = (async () => {
    const rows = await deps.records.list(KIND, SeenSchema)
    const next = new Map<string, SeenStatusList>()
    for (const row of rows) {
      if (!row.ok) continue
      const json = jsonValue(row.value.body)
      if (json === undefined) continue
      const r = await verifyStatusList(json)
      if (r.ok && r.value.url === row.id) next.set(row.id, { list: r.value, checkedAt: row.value.checkedAt })
    }
    store.set(next)
  })()
  return loaded
}

/** Forgets what was loaded (tests start again from the records). */
export const resetSeenStatusLists = (): void => {
  loaded = undefined
  store.set(new Map())
}

/** Fetches the list at `url`, keeps it when newer, and records the check date. */
export async function checkStatusList(
  url: string,
  deps: StatusDeps,
  signal?: AbortSignal,
): Promise<Result<SeenStatusList, StatusCheckCode>> {
  await loadSeenStatusLists(deps)
  let text: string
  try {
    const res = await deps.fetch(url, { cache: 'no-store', ...(signal ? { signal } : {}) })
    // Not published yet: nothing withdrawn that anyone could know of; the state stays "not checked".
    if (res.status === 404) return fail('status-list-unpublished')
    if (!res.ok) return fail('status-fetch-failed')
    if (Number(res.headers.get('content-length') ?? 0) > MAX_FETCHED_STATUS_LIST_BYTES)
      return fail('status-list-too-large')
    text = await res.text()
  } catch {
    return fail('status-fetch-failed')
  }
  if (text.length > MAX_FETCHED_STATUS_LIST_BYTES) return fail('status-list-too-large')
  const json = jsonValue(text)
  if (json === undefined) return fail('status-list-malformed')
  const current = store.get().get(url)
  const checkedAt = deps.now().toISOString()
  const accepted = await acceptStatusListVersion(current?.list ?? null, json, url)
  if (!accepted.ok) {
    if (accepted.code !== 'status-list-not-newer' || !current) return accepted
    // The same version again confirms it as of now; an older one is refused (the newer one stays).
    const same = await verifyStatusList(json)
    if (!same.ok || same.value.validFrom !== current.list.validFrom) return accepted
    const seen = { list: current.list, checkedAt }
    await deps.records.put(KIND, url, { body: text, checkedAt })
    setOne(url, seen)
    return ok(seen)
  }
  const seen = { list: accepted.value, checkedAt }
  await deps.records.put(KIND, url, { body: text, checkedAt })
  setOne(url, seen)
  return ok(seen)
}

const watched = new Map<string, number>()

/**
 * Lists a view shows credentials of (counted per view): the status runtime checks them, and every list
 * seen before. Returns how to stop watching.
 */
export function watchStatusLists(urls: Iterable<string>): () => void {
  const mine = [...new Set(urls)]
  for (const u of mine) watched.set(u, (watched.get(u) ?? 0) + 1)
  for (const l of watchListeners) l()
  let done = false
  return () => {
    if (done) return
    done = true
    for (const u of mine) {
      const n = (watched.get(u) ?? 1) - 1
      if (n <= 0) watched.delete(u)
      else watched.set(u, n)
    }
  }
}

const watchListeners = new Set<() => void>()

/** Told when a view starts watching a list (the runtime checks it at once). */
export function onWatch(listener: () => void): () => void {
  watchListeners.add(listener)
  return () => watchListeners.delete(listener)
}

/** The URLs to check: those watched and those seen before. */
export const urlsToCheck = (): string[] => [...new Set([...watched.keys(), ...store.get().keys()])]
