// The home's cards whose code stays out of the initial JS: each is loaded once the booklet is open
// ("today and tomorrow" with the agenda code, the validations card with the verification it starts).
import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { useSessionState } from '../session.ts'

type CardComponent = ComponentType<{ doc: Y.Doc }>

/** A home card loaded by `load` once the booklet is ready, kept for the next visits of the home. */
function lazyHomeCard(load: () => Promise<{ default: CardComponent }>) {
  let loaded: CardComponent | undefined
  return function LazyHomeCard() {
    const session = useSessionState()
    const [Card, setCard] = useState<CardComponent | undefined>(() => loaded)
    const ready = session.state === 'ready'
    useEffect(() => {
      if (!ready || loaded) return
      let live = true
      void load().then(
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
}

/** The "today and tomorrow" card, or nothing until the booklet and the card's code are there. */
export const LazyHomeDue = lazyHomeCard(() => import('./HomeDue.tsx'))

/** The validations card, or nothing until the booklet and the card's code are there. */
export const LazyHomeValidations = lazyHomeCard(() => import('./HomeValidations.tsx'))
