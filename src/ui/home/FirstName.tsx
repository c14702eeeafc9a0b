// First start, after the mode choice (issue 12, point 3): the holder's first name, optional, with why
// it is asked. Saved as the profile's display name (changed later in the profile); "Pas maintenant"
// hides the box on this device. Part of the home, so the profile writer (and its validation library)
// is loaded only when the person saves.
import { useEffect, useState } from 'preact/hooks'
import { t } from '../../i18n/index.ts'
import { Icon } from '../components/Icon.tsx'
import { CardSection } from '../components/PageHeader.tsx'
import { InputField } from '../crud/InputField.tsx'
import { useMode, useModeChosen } from '../mode.ts'
import { useSessionState } from '../session.ts'

const SKIPPED = 'livret:first-name-skipped'

const skipped = (): boolean => {
  try {
    return localStorage.getItem(SKIPPED) === '1'
  } catch {
    return false
  }
}

/** The "your first name" box, shown to a holder whose booklet has no name yet. */
export function FirstName() {
  const chosen = useModeChosen()
  const mode = useMode()
  const session = useSessionState()
  const doc = session.state === 'ready' ? session.session.doc : undefined
  const [named, setNamed] = useState(true)
  const [hidden, setHidden] = useState(skipped)
  const [value, setValue] = useState('')
  const [error, setError] = useState(false)
  useEffect(() => {
    if (!doc) return
    const map = doc.getMap<unknown>('profile')
    const update = () => setNamed(typeof map.get('displayName') === 'string')
    update()
    map.observe(update)
    return () => map.unobserve(update)
  }, [doc])
  if (!chosen || mode !== 'holder' || !doc || named || hidden) return null
  const save = async (e: Event) => {
    e.preventDefault()
    const name = value.trim()
    if (!name) return setError(true)
    const { putProfile } = await import('../../booklet/index.ts')
    const now = new Date().toISOString()
    const r = putProfile(doc, { displayName: name, languages: [], createdAt: now, updatedAt: now })
    setError(!r.ok)
  }
  const skip = () => {
    try {
      localStorage.setItem(SKIPPED, '1')
    } catch {
      // Not kept: the box shows again next time, which does no harm.
    }
    setHidden(true)
  }
  return (
    <CardSection class="welcome" icon="profile" id="first-name-title" title={t('firstName.title')}>
      <form onSubmit={(e) => void save(e)} noValidate>
        <InputField
          id="first-name"
          label="firstName.label"
          hint="firstName.why"
          autocomplete="given-name"
          value={value}
          onValue={setValue}
          error={error ? 'firstName.empty' : undefined}
        />
        <div class="row">
          <button type="submit" class="btn btn-primary">
            <Icon name="saved" /> {t('firstName.save')}
          </button>
          <button type="button" class="btn" onClick={skip}>
            {t('firstName.skip')}
          </button>
        </div>
      </form>
    </CardSection>
  )
}
