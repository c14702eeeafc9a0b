// Where the shell shows the first-save offer (FirstSaveOffer.tsx): its code (and the devices
// feature it needs) loads only in holder mode once the booklet is open, never in the first chunk.
import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { useMode } from '../../mode.ts'
import { useSessionState } from '../../session.ts'

/** Screens that already offer the copy and the sheet, or where the person is joining devices. */
const QUIET = ['/sauvegarde', '/appairer', '/appareils']

let loaded: ComponentType | undefined

/** The offer's slot, above the screen. */
export function FirstSaveSlot({ path }: { path: string }) {
  const mode = useMode()
  const session = useSessionState()
  const [Offer, setOffer] = useState<ComponentType | undefined>(loaded)
  const wanted = mode === 'holder' && session.state === 'ready'
  useEffect(() => {
    if (!wanted || loaded) return
    let live = true
    import('./FirstSaveOffer.tsx').then(
      (m) => {
        loaded = m.FirstSaveOffer
        if (live) setOffer(() => m.FirstSaveOffer)
      },
      () => {
        // Not loaded (offline before the first visit): the backup screen offers the same.
      },
    )
    return () => {
      live = false
    }
  }, [wanted])
  if (!wanted || !Offer || QUIET.includes(path)) return null
  return <Offer />
}
