// Loads the home's "today and tomorrow" card once the booklet is open, so the agenda code stays out
// of the initial JS.
import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { useSessionState } from '../session.ts'

type DueComponent = ComponentType<{ doc: Y.Doc }>
let loaded: DueComponent | undefined

/** The card, or nothing until the booklet and the card's code are there. */
export function LazyHomeDue() {
  const session = useSessionState()
  const [Due, setDue] = useState<DueComponent | undefined>(() => loaded)
  const ready = session.state === 'ready'
  useEffect(() => {
    if (!ready || loaded) return
    let live = true
    void import('./HomeDue.tsx').then(
      (m) => {
        loaded = m.default
        if (live) setDue(() => m.default)
      },
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [ready])
  return session.state === 'ready' && Due ? <Due doc={session.session.doc} /> : null
}
