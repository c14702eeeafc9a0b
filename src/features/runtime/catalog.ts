// Every background runtime of the app, which mode runs it and what it needs. Each feature's code is
// loaded when its runtime first starts (the lazy boundary of background work), so the first screen
// stays small. The app shell hands this list to a RuntimeRegistry.
import type { Runtime, RuntimeStart } from './types.ts'

const lazy =
  (load: () => Promise<RuntimeStart>): RuntimeStart =>
  async (context) =>
    (await load())(context)

/** The app's runtimes. */
export const APP_RUNTIMES: readonly Runtime[] = [
  {
    name: 'private-sync',
    modes: ['holder'],
    needs: 'booklet',
    start: lazy(() => import('../devices/index.ts').then((m) => m.startPrivateSync)),
  },
  {
    // Outside holder mode (no booklet open), the person's records still follow their other devices:
    // a booklet received on one desk shows on the other at once (private-sync does it in holder mode).
    name: 'household-records',
    modes: ['operator', 'trainer'],
    start: lazy(() => import('../devices/index.ts').then((m) => m.startHouseholdRecords)),
  },
  {
    name: 'live-shares',
    modes: ['holder'],
    needs: 'booklet',
    start: lazy(() => import('../share/index.ts').then((m) => m.startLiveShares)),
  },
  {
    name: 'validation-inboxes',
    modes: ['holder'],
    needs: 'editable-booklet',
    start: lazy(() => import('../validations/index.ts').then((m) => m.startValidationInboxes)),
  },
  {
    name: 'proposal-inboxes',
    modes: ['holder'],
    needs: 'booklet',
    start: lazy(() => import('../proposals/index.ts').then((m) => m.startHolderInboxes)),
  },
  {
    name: 'proposal-outbox',
    modes: ['operator'],
    start: lazy(() => import('../proposals/index.ts').then((m) => m.startOperatorOutbox)),
  },
  {
    // Every mode: a share link opens in any mode (it connects nothing until a view shows a live share).
    name: 'followed-shares',
    modes: ['holder', 'operator', 'trainer'],
    start: lazy(() => import('../receive/index.ts').then((m) => m.startFollowedShares)),
  },
  {
    // Every mode: a holder, a professional and an issuer all read validations; an issuer also
    // publishes the status lists it left pending.
    name: 'status-checks',
    modes: ['holder', 'operator', 'trainer'],
    start: lazy(() => import('../status/index.ts').then((m) => m.startStatusChecks())),
  },
  {
    name: 'trainer-outbox',
    modes: ['trainer'],
    start: lazy(() => import('../trainer/index.ts').then((m) => m.startTrainerOutbox)),
  },
]

/** The runtime called `name` (tests start one at a time). */
export function appRuntime(name: string): Runtime {
  const found = APP_RUNTIMES.find((r) => r.name === name)
  if (!found) throw new Error(`no runtime ${name}`)
  return found
}
