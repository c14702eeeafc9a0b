// Keeps the holder's validation requests going while the app is open (used once by the app shell):
// the runtime is loaded on demand, in holder mode only, once the booklet is open and editable.
import { useEffect } from 'preact/hooks'
import { useMode } from '../../mode.ts'
import { useSessionState } from '../../session.ts'

/** Starts the validation inbox runtime for the open booklet (holder mode), stops it on change. */
export function useValidationInboxes(): void {
  const mode = useMode()
  const state = useSessionState()
  const doc = state.state === 'ready' && !state.session.readOnly ? state.session.doc : undefined
  useEffect(() => {
    if (mode !== 'holder' || !doc) return
    let live = true
    let release: (() => void) | undefined
    import('../../../features/validations/index.ts').then(
      (m) => {
        if (live) release = m.acquireRuntime(doc, location.origin).release
      },
      (e: unknown) => console.error(e),
    )
    return () => {
      live = false
      release?.()
    }
  }, [mode, doc])
}
