// Loads the home's validations card once the booklet is open, so its code (and the verification it
// starts) stays out of the initial JS.
import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { useSessionState } from '../session.ts'

type CardComponent = ComponentType<{ doc: Y.Doc }>
let loaded: CardComponent | undefined

/** The card, or nothing until the booklet and the card's code are there. */
export function LazyHomeValidations() {
  const session = useSessionState()
  const [Card, setCard] = useState<CardComponent | undefined>(() => loaded)
  const ready = session.state === 'ready'
  useEffect(() => {
    if (!ready || loaded) return
    let live = true
    void import('./HomeValidations.tsx').then(
      (m) => {
        loaded = m.default
        if (live) setCard(() => m.default)
      },
      () => undefined,
    )
    return () => {
      live = false
    }
  }, [ready])
  return session.state === 'ready' && Card ? <Card doc={session.session.doc} /> : null
}
