// The home's validations card: how many competences a trainer validated, and the latest validations
// drawn with the one ValidationCard (the trainer's decision and level, the holder's own level apart,
// the verification state). Nothing when the booklet holds no validation. Loaded once the booklet is
// open (LazyHomeValidations in LazyHomeCards.tsx), so the verification code stays out of the first paint.
import type * as Y from 'yjs'
import { listItems } from '../../booklet/index.ts'
import { plural, t } from '../../i18n/index.ts'
import { CardSection } from '../components/PageHeader.tsx'
import { useValidations, ValidationOfCompetence } from '../components/validation/HolderValidations.tsx'

/** Latest validations shown on the home. */
export const HOME_VALIDATIONS = 3

/** The card (default export: loaded lazily). */
export default function HomeValidations({ doc }: { doc: Y.Doc }) {
  const shown = useValidations(doc).filter((v) => v.hidden !== true)
  if (shown.length === 0) return null
  const competences = new Map(listItems(doc, 'competences').items.map((c) => [c.id as string, c]))
  // Counted whatever the decision and state: the cards below say which, and whether it still counts.
  const validated = new Set(shown.map((v) => v.competenceId))
  return (
    <CardSection id="home-validations" icon="validated" title={t('proof.homeTitle')} class="home-validations">
      <p>{plural('proof.homeCount', validated.size)}</p>
      {shown.slice(0, HOME_VALIDATIONS).map((v) => (
        <ValidationOfCompetence
          key={v.id}
          doc={doc}
          validation={v}
          competence={competences.get(v.competenceId)}
          named
          readOnly
          plain
        />
      ))}
      <a href="/validations">{t('proof.homeAll')} →</a>
    </CardSection>
  )
}
