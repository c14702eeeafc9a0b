// The issuer's side of withdrawal (trainer or organisation): one status list per issuer key on this
// device (device records, kind 'status-list-own', id = the issuer's did:key), from which each credential
// it issues gets its `credentialStatus` entry (allocateStatusEntry, to store with the issued record).
// Withdrawing one credential, or every credential of a lost key, marks the list `pending`; publishing
// signs a new version and PUTs it to the relay; it stays pending until the relay stored it (a network
// failure is retried by the status runtime; a refusal is kept as `refused` for the screen).
import {
  type AnyKey,
  allocateStatus,
  type DidKey,
  keyInfo,
  newStatusList,
  type StatusEntry,
  type StatusListState,
  signStatusList,
  withdraw,
  withdrawAll,
} from '../../credential/index.ts'
import { fail, ok, type Result } from '../../domain/result.ts'
import { fromBase64Url, toBase64Url } from '../../protocol/index.ts'
import type { StatusDeps } from './deps.ts'
import { type OwnStatusRecord, OwnStatusRecordSchema } from './own-record.ts'

const KIND = 'status-list-own'
const OwnSchema = OwnStatusRecordSchema
type Own = OwnStatusRecord

/** An issuer's list as the screens see it. */
export type OwnStatusList = { state: StatusListState; pending: boolean; refused?: string }

const toRecord = (s: StatusListState, pending: boolean, refused?: string): Own => ({
  url: s.url,
  issuerDid: s.issuerDid,
  bits: toBase64Url(s.bits),
  allocated: toBase64Url(s.allocated),
  lastValidFrom: s.lastValidFrom,
  pending,
  ...(refused ? { refused } : {}),
})

const fromRecord = (r: Own): OwnStatusList | null => {
  const bits = fromBase64Url(r.bits)
  const allocated = fromBase64Url(r.allocated)
  if (!bits || !allocated || bits.length !== allocated.length) return null
  const state = {
    url: r.url,
    issuerDid: r.issuerDid as DidKey,
    bits,
    allocated,
    lastValidFrom: r.lastValidFrom,
  }
  return { state, pending: r.pending, ...(r.refused ? { refused: r.refused } : {}) }
}

/** The issuer's list on this device, or null. */
export async function ownStatusList(
  issuerDid: string,
  deps: Pick<StatusDeps, 'records'>,
): Promise<OwnStatusList | null> {
  const r = await deps.records.get(KIND, issuerDid, OwnSchema)
  return r?.ok ? fromRecord(r.value) : null
}

/** Every issuer list on this device (a trainer and an organisation may share one device). */
export async function ownStatusLists(deps: Pick<StatusDeps, 'records'>): Promise<OwnStatusList[]> {
  const rows = await deps.records.list(KIND, OwnSchema)
  return rows.flatMap((r) => {
    const own = r.ok ? fromRecord(r.value) : null
    return own ? [own] : []
  })
}

const save = (deps: Pick<StatusDeps, 'records'>, own: OwnStatusList) =>
  deps.records.put(KIND, own.state.issuerDid, toRecord(own.state, own.pending, own.refused))

/**
 * The `credentialStatus` entry of a credential about to be issued by `issuerDid` (the list is made on
 * first use, pending its first publication). Null when the list is full (131,072 credentials).
 */
export async function allocateStatusEntry(
  issuerDid: DidKey,
  relayOrigin: string,
  deps: Pick<StatusDeps, 'records'>,
): Promise<StatusEntry | null> {
  return serial(issuerDid, async () => {
    const own = (await ownStatusList(issuerDid, deps)) ?? {
      state: newStatusList(relayOrigin, issuerDid),
      pending: true,
    }
    const next = allocateStatus(own.state)
    if (!next) return null
    await save(deps, { ...own, state: next.state })
    return next.entry
  })
}

/** Why a withdrawal or publication did not go through. */
export type WithdrawCode = 'status-list-missing' | 'status-entry-other-list' | PublishCode
/** Why a publication did not reach the relay. */
export type PublishCode = 'publish-offline' | 'publish-refused'

// One change at a time per issuer list: a publication reads, signs and writes the list back, so a
// withdrawal or another publication in between (the runtime and a screen at once) would be lost or
// signed twice with the same date (the relay refuses the second one as not newer).
const queues = new Map<string, Promise<unknown>>()
const serial = <T>(issuerDid: string, run: () => Promise<T>): Promise<T> => {
  const next = (queues.get(issuerDid) ?? Promise.resolve()).catch(() => undefined).then(run)
  queues.set(issuerDid, next)
  void next
    .finally(() => {
      if (queues.get(issuerDid) === next) queues.delete(issuerDid)
    })
    .catch(() => undefined)
  return next
}

/** Publishes the issuer's list now if it is pending; ok when stored by the relay (or nothing to do). */
export const publishStatusList = (
  issuerDid: string,
  keys: AnyKey,
  deps: StatusDeps,
): Promise<Result<'published' | 'up-to-date', PublishCode>> =>
  serial(issuerDid, () => publishNow(issuerDid, keys, deps))

const publishNow = async (
  issuerDid: string,
  keys: AnyKey,
  deps: StatusDeps,
): Promise<Result<'published' | 'up-to-date', PublishCode>> => {
  const own = await ownStatusList(issuerDid, deps)
  if (!own?.pending) return ok('up-to-date')
  if (keyInfo(keys.publicKey).did !== issuerDid) throw new Error('not the list issuer key')
  const signed = await signStatusList(own.state, keys, deps.now())
  // The new validFrom is kept whatever happens, so the next version is always newer.
  await save(deps, { ...own, state: signed.state })
  let res: Response
  try {
    res = await deps.fetch(own.state.url, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(signed.credential),
    })
  } catch {
    return fail('publish-offline')
  }
  if (res.ok) {
    await save(deps, { state: signed.state, pending: false })
    return ok('published')
  }
  if (res.status === 429 || res.status >= 500) return fail('publish-offline')
  const code = ((await res.json().catch(() => ({}))) as { code?: unknown }).code
  await save(deps, { state: signed.state, pending: true, refused: typeof code === 'string' ? code : 'http' })
  return fail('publish-refused')
}

/** Changes the own list with `change` (a withdrawal, or a code why not), saves it as pending, then
 * tries to publish: one order of steps for every withdrawal, serialised per issuer. */
const withdrawThenPublish = (
  issuerDid: string,
  keys: AnyKey,
  deps: StatusDeps,
  change: (state: StatusListState) => StatusListState | 'status-entry-other-list',
): Promise<Result<'published', WithdrawCode>> =>
  serial(issuerDid, async () => {
    const own = await ownStatusList(issuerDid, deps)
    if (!own) return fail('status-list-missing')
    const state = change(own.state)
    if (state === 'status-entry-other-list') return fail(state)
    await save(deps, { state, pending: true })
    const r = await publishNow(issuerDid, keys, deps)
    return r.ok ? ok('published') : r
  })

/** Withdraws one credential this device issued, then tries to publish (pending until it works). */
export const withdrawCredential = (
  entry: StatusEntry,
  issuerDid: string,
  keys: AnyKey,
  deps: StatusDeps,
): Promise<Result<'published', WithdrawCode>> =>
  withdrawThenPublish(issuerDid, keys, deps, (state) =>
    entry.statusListCredential === state.url ? withdraw(state, entry) : 'status-entry-other-list',
  )

/** Withdraws every credential issued with this key (lost or stolen key), then tries to publish. */
export const withdrawAllOfKey = (
  issuerDid: string,
  keys: AnyKey,
  deps: StatusDeps,
): Promise<Result<'published', WithdrawCode>> => withdrawThenPublish(issuerDid, keys, deps, withdrawAll)

/** The issuer's list record as it is on this device, for an identity backup file (null: none yet). */
export async function ownStatusRecord(
  issuerDid: string,
  deps: Pick<StatusDeps, 'records'>,
): Promise<OwnStatusRecord | null> {
  const r = await deps.records.get(KIND, issuerDid, OwnSchema)
  return r?.ok ? r.value : null
}

/**
 * Puts an issuer's list from a backup file on this device (restoring the identity on a new device), so
 * that its credentials can be withdrawn from here. A list already here for the same URL is merged: a
 * bit withdrawn or allocated on either side stays so, and the newer publication date is kept (the next
 * version signed here is newer than both). False when the record does not decode.
 */
export async function restoreOwnStatusRecord(
  record: OwnStatusRecord,
  deps: Pick<StatusDeps, 'records'>,
): Promise<boolean> {
  const incoming = fromRecord(record)
  if (!incoming) return false
  return serial(record.issuerDid, async () => {
    const here = await ownStatusList(record.issuerDid, deps)
    if (!here || here.state.url !== incoming.state.url) {
      await save(deps, incoming)
      return true
    }
    const or = (a: Uint8Array, b: Uint8Array) => a.map((x, i) => x | (b[i] ?? 0))
    const a = here.state
    const b = incoming.state
    const merged = {
      ...a,
      bits: or(a.bits, b.bits),
      allocated: or(a.allocated, b.allocated),
      lastValidFrom: [a.lastValidFrom, b.lastValidFrom].sort().at(-1) ?? '',
    }
    const changed = toBase64Url(merged.bits) !== toBase64Url(a.bits)
    await save(deps, { state: merged, pending: here.pending || incoming.pending || changed })
    return true
  })
}
