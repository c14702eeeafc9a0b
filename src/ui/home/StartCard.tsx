// "Commencez ici" on the home of a holder whose booklet is still empty (issue 12, point 6): one big
// pictogram, one sentence, one button to the first steps, before the figures (all zero then).
import { t } from '../../i18n/index.ts'
import { LinkButton } from '../components/LinkButton.tsx'
import { CardSection } from '../components/PageHeader.tsx'
import { useMode, useModeChosen } from '../mode.ts'

/** The card, shown while nothing is in the booklet. */
export function StartCard({ empty }: { empty: boolean }) {
  const chosen = useModeChosen()
  const mode = useMode()
  if (!chosen || mode !== 'holder' || !empty) return null
  return (
    <CardSection id="start-card-title" icon="start" title={t('start.title')} class="welcome start-card">
      <p>{t('start.card')}</p>
      <LinkButton href="/commencer" primary wide icon="start">
        {t('start.begin')}
      </LinkButton>
    </CardSection>
  )
}
