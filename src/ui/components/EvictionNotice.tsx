// "Votre livret peut être effacé": shown where the browser erases a site that is not installed
// after 7 days without use (Safari, every iOS browser), with an install button when the browser
// offers one and the plain how-to otherwise.
import { useEffect, useState } from 'preact/hooks'
import { t } from '../../i18n/index.ts'
import { browserFacts, evictionRisk, installStore } from '../../pwa/index.ts'
import { useStore } from '../store.ts'
import { SectionTitle } from './PageHeader.tsx'

/** The eviction warning (renders nothing where there is no risk). */
export function EvictionNotice() {
  const [risk, setRisk] = useState(false)
  const offer = useStore(installStore)
  useEffect(() => {
    let live = true
    void browserFacts().then((facts) => {
      if (live) setRisk(evictionRisk(facts))
    })
    return () => {
      live = false
    }
  }, [])
  if (!risk) return null
  return (
    <section class="card" aria-labelledby="evict-title" data-testid="eviction-notice">
      <SectionTitle icon="storage" id="evict-title">
        {t('recovery.evictTitle')}
      </SectionTitle>
      <p>{t('recovery.evictText')}</p>
      {offer ? (
        <button type="button" class="btn btn-primary" onClick={() => void offer.install()}>
          {t('recovery.evictInstall')}
        </button>
      ) : (
        <p>{t('recovery.evictHowTo')}</p>
      )}
    </section>
  )
}
