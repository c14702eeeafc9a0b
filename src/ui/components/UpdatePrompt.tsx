// "Une nouvelle version est prête. Mettre à jour ?" — shown only when a new version waits.
import { t } from '../../i18n/index.ts'
import { updateStore } from '../../pwa/index.ts'
import { useStore } from '../store.ts'

/** The update question, with "Mettre à jour" and "Plus tard". */
export function UpdatePrompt() {
  const update = useStore(updateStore)
  if (!update) return null
  return (
    <section class="update" aria-labelledby="update-title">
      <p id="update-title">{t('update.ready')}</p>
      <div class="row">
        <button type="button" class="btn btn-primary" onClick={update.apply}>
          {t('update.apply')}
        </button>
        <button type="button" class="btn" onClick={() => updateStore.set(undefined)}>
          {t('update.later')}
        </button>
      </div>
    </section>
  )
}
