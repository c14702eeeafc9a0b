// The printed content of each section: plain lists, readable on paper; validated competences with
// the one validation card (on paper: its state, the issuer's fingerprint and how to check it).
import type * as Y from 'yjs'
import { countItems, getSituation, listItems } from '../../../booklet/index.ts'
import { formatDate, stepOrigin, t } from '../../../i18n/index.ts'
import { CompetenceLine, SituationLine, StepLine } from '../../components/ItemLines.tsx'
import { ItemList, PlanList, SectionItems } from '../../components/ItemList.tsx'
import { DocValidation } from '../../components/validation/ValidationCard.tsx'

/** Sections that can be printed. */
export const PRINTABLE = [
  'experiences',
  'competences',
  'projects',
  'plan',
  'path',
  'contacts',
  'situation',
  'journal',
] as const
/** One printable section. */
export type Printable = (typeof PRINTABLE)[number]

/** The printed part of one section ("Rien pour le moment." when it is empty). */
export function PrintSection({ doc, section }: { doc: Y.Doc; section: Printable }) {
  const empty =
    section === 'plan'
      ? countItems(doc, 'objectives') === 0
      : section !== 'situation' && countItems(doc, section) === 0
  return empty ? <p>{t('common.none')}</p> : <SectionList doc={doc} section={section} />
}

function SectionList({ doc, section }: { doc: Y.Doc; section: Printable }) {
  switch (section) {
    case 'competences': {
      // A validated competence prints each validation with its state, fingerprint and how to check
      // it; the person's own level is then worded as hers, apart from the trainer's.
      const validations = listItems(doc, 'validations').items.filter((v) => v.hidden !== true)
      return (
        <ItemList
          items={listItems(doc, 'competences').items}
          keyOf={(c) => c.id}
          line={(c) => {
            const mine = validations.filter((v) => v.competenceId === c.id)
            return (
              <>
                <CompetenceLine item={c} {...(mine.length > 0 ? { selfLevel: 'mine' as const } : {})} />
                {mine.map((v) => (
                  <DocValidation key={v.id} doc={doc} validation={v} style={{ paper: true }} />
                ))}
              </>
            )
          }}
        />
      )
    }
    case 'plan':
      return (
        <PlanList
          doc={doc}
          step={(s) => <StepLine item={s} roles="role" origin={stepOrigin(s, t, formatDate)} />}
        />
      )
    case 'situation':
      return (
        <ItemList items={getSituation(doc)} keyOf={(s) => s.area} line={(s) => <SituationLine item={s} />} />
      )
    default:
      return <SectionItems doc={doc} section={section} />
  }
}
