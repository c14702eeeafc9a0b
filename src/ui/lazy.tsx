// Screens are loaded on demand (dynamic import) so that the first screen starts fast.
import type { ComponentType } from 'preact'
import { useEffect, useState } from 'preact/hooks'
import { t } from '../i18n/index.ts'

/** A screen module: its default export receives the id from the path, if any. */
export type ScreenModule = { default: ComponentType<{ id?: string }> }
/** Loads a screen module. */
export type Loader = () => Promise<ScreenModule>

const loaded = new Map<Loader, ScreenModule>()

/** Renders the screen of `load`, with a short message while it loads or if loading fails. */
export function LazyScreen({ load, id }: { load: Loader; id?: string }) {
  const [mod, setMod] = useState<ScreenModule | undefined>(loaded.get(load))
  const [failed, setFailed] = useState(false)
  const [attempt, setAttempt] = useState(0)
  useEffect(() => {
    const known = loaded.get(load)
    setMod(known)
    setFailed(false)
    if (known) return
    let live = true
    load().then(
      (m) => {
        loaded.set(load, m)
        if (live) setMod(m)
      },
      () => live && setFailed(true),
    )
    return () => {
      live = false
    }
  }, [load, attempt])
  if (failed)
    return (
      <div class="card">
        <p>{t('app.loadFailed')}</p>
        <button type="button" class="btn" onClick={() => setAttempt(attempt + 1)}>
          {t('app.retry')}
        </button>
      </div>
    )
  if (!mod) return <p class="muted">{t('app.loading')}</p>
  const Screen = mod.default
  return id === undefined ? <Screen /> : <Screen id={id} />
}
