// Keeps the holder's proposal inboxes going while the app is open (used once by the app shell): the
// runtime is loaded on demand, in holder mode only, once the booklet is open; stopped on a mode switch.
import { useEffect } from 'preact/hooks'
import { useMode } from '../../mode.ts'
import { useSessionState } from '../../session.ts'

/** Starts the proposal inboxes of the open booklet (holder mode), stops them when leaving it. */
export function useProposalInboxes(): void {
  const mode = useMode()
  const state = useSessionState()
  const doc = state.state === 'ready' ? state.session.doc : undefined
  useEffect(() => {
    if (mode !== 'holder' || !doc) return
    let live = true
    import('../../../features/proposals/index.ts').then(
      (m) => {
        if (live) void m.startHolderInboxes(doc)
      },
      (e: unknown) => console.error(e),
    )
    return () => {
      live = false
      void import('../../../features/proposals/index.ts').then((m) => m.stopHolderInboxes(doc))
    }
  }, [mode, doc])
}
