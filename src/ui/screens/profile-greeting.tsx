// "Bonjour, Amina" on the home screen once the profile has a name. Part of the first screen, so it
// reads the one field straight from the document (no validation library in the initial bundle).
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { t } from '../../i18n/index.ts'
import { useSessionState } from '../session.ts'

const nameIn = (doc: Y.Doc): string => {
  const name = doc.getMap<unknown>('profile').get('displayName')
  return typeof name === 'string' ? name.trim().slice(0, 120) : ''
}

/** The greeting by name, or nothing while the booklet opens or before a name is saved. */
export function ProfileGreeting() {
  const session = useSessionState()
  const doc = session.state === 'ready' ? session.session.doc : undefined
  const [name, setName] = useState('')
  useEffect(() => {
    if (!doc) return
    const map = doc.getMap<unknown>('profile')
    const update = () => setName(nameIn(doc))
    update()
    map.observe(update)
    return () => map.unobserve(update)
  }, [doc])
  return name ? <p class="greeting">{t('profile.greeting', { name })}</p> : null
}
