// The status runtime (every mode): checks the status lists the reader's views show and every list seen
// before, when it starts, when a view watches a new list, when the network comes back, and every
// CHECK_EVERY_MS; a fetch that fails is retried by the shared scheduler. On an issuer's device it also
// publishes the lists left pending (a withdrawal made offline) with the key a signer hook gives.
import type { AnyKey } from '../../credential/index.ts'
import { fromTask, type RuntimeStart } from '../runtime/index.ts'
import { defaultStatusDeps, type StatusDeps } from './deps.ts'
import { ownStatusLists, publishStatusList } from './issuer-lists.ts'
import { checkStatusList, loadSeenStatusLists, onWatch, urlsToCheck } from './known-lists.ts'

/** Time between two rounds of checks while the app runs (15 minutes). */
export const CHECK_EVERY_MS = 15 * 60 * 1000

type Signer = (issuerDid: string) => AnyKey | undefined
let signer: Signer = () => undefined
// A trainer and an organisation may share one device: each registers its own key.
const keysByIssuer = new Map<string, AnyKey>()

/** Tells the runtime how to sign an issuer's pending list (the trainer or organisation identity sets it). */
export function setStatusSigner(next: Signer): void {
  signer = next
}

/** Registers an issuer's key for its pending lists (kept beside any other issuer's on the device). */
export function addStatusKey(issuerDid: string, keys: AnyKey): void {
  keysByIssuer.set(issuerDid, keys)
}

const keyFor = (issuerDid: string): AnyKey | undefined => keysByIssuer.get(issuerDid) ?? signer(issuerDid)

let lastRound: { at: string; failed: number } | null = null
/** When the last round of checks ended and how many lists could not be fetched. */
export const lastStatusRound = () => lastRound

/** One round: publish pending own lists, then check every list; true when nothing must be retried. */
export async function statusRound(deps: StatusDeps, signal?: AbortSignal): Promise<boolean> {
  let retry = false
  for (const own of await ownStatusLists(deps)) {
    if (!own.pending || own.refused) continue
    const keys = keyFor(own.state.issuerDid)
    if (!keys) continue
    let r: Awaited<ReturnType<typeof publishStatusList>>
    try {
      r = await publishStatusList(own.state.issuerDid, keys, deps)
    } catch (e) {
      // A key kept under a PIN that the person left locked: no retry loop asking again and again; the
      // next signature or withdrawal (which unlock it) publishes the list.
      if (e instanceof Error && e.message === 'key-locked') continue
      throw e
    }
    if (!r.ok && r.code === 'publish-offline') retry = true
  }
  let failed = 0
  for (const url of urlsToCheck()) {
    if (signal?.aborted) return true
    const r = await checkStatusList(url, deps, signal)
    if (!r.ok && r.code === 'status-fetch-failed') failed++
  }
  lastRound = { at: deps.now().toISOString(), failed }
  return !retry && failed === 0
}

let current: { kick(): void } | undefined
/** Runs a round soon (a new list was made at signing, or a withdrawal waits): no 15-minute wait. */
export function kickStatusChecks(): void {
  current?.kick()
}

/** Starts the status checks (the registry's 'status-checks' runtime). */
export const startStatusChecks =
  (deps: StatusDeps = defaultStatusDeps()): RuntimeStart =>
  async (ctx) => {
    await loadSeenStatusLists(deps)
    let timer: unknown
    const clock = ctx.retry.clock
    const task = ctx.retry.task(
      async () => {
        const done = await statusRound(deps, ctx.signal)
        if (done && !ctx.signal.aborted) {
          if (timer !== undefined) clock.clearTimer(timer)
          timer = clock.setTimer(() => task.kick(), CHECK_EVERY_MS)
        }
        return done
      },
      { onState: (s) => ctx.report(fromTask(s)) },
    )
    const unwatch = onWatch(() => task.kick())
    current = task
    if (!ctx.signal.aborted) task.kick()
    return () => {
      unwatch()
      if (current === task) current = undefined
      task.stop()
      if (timer !== undefined) clock.clearTimer(timer)
    }
  }
