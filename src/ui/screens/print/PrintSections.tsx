// The printed content of each section: plain lists, readable on paper; validated competences with
// the one validation card (on paper: its state, the issuer's fingerprint and how to check it).
import type * as Y from 'yjs'
import { countItems, getSituation, type ItemOf, listItems, type Section } from '../../../booklet/index.ts'
import { formatDate, stepOrigin, t } from '../../../i18n/index.ts'
import {
  CompetenceLine,
  ContactLine,
  ExperienceLine,
  JournalLine,
  PathLine,
  ProjectLine,
  SituationLine,
  StepLine,
} from '../../components/ItemLines.tsx'
import { DocValidation } from '../../components/validation/ValidationCard.tsx'
import { byStartAsc } from '../../path-order.ts'

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

const items = <S extends Section>(doc: Y.Doc, s: S): ItemOf<S>[] => [...listItems(doc, s).items]

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
    case 'experiences':
      return (
        <ul>
          {items(doc, 'experiences').map((e) => (
            <li key={e.id}>
              <ExperienceLine item={e} />
            </li>
          ))}
        </ul>
      )
    case 'competences': {
      // A validated competence prints each validation with its state, fingerprint and how to check
      // it; the person's own level is then worded as hers, apart from the trainer's.
      const validations = items(doc, 'validations').filter((v) => v.hidden !== true)
      return (
        <ul>
          {items(doc, 'competences').map((c) => {
            const mine = validations.filter((v) => v.competenceId === c.id)
            return (
              <li key={c.id}>
                <CompetenceLine item={c} {...(mine.length > 0 ? { selfLevel: 'mine' as const } : {})} />
                {mine.map((v) => (
                  <DocValidation key={v.id} doc={doc} validation={v} style={{ paper: true }} />
                ))}
              </li>
            )
          })}
        </ul>
      )
    }
    case 'projects':
      return (
        <ul>
          {items(doc, 'projects').map((p) => (
            <li key={p.id}>
              <ProjectLine item={p} />
            </li>
          ))}
        </ul>
      )
    case 'plan': {
      const steps = items(doc, 'steps')
      return (
        <ul>
          {items(doc, 'objectives').map((o) => (
            <li key={o.id}>
              <strong>{o.title}</strong>
              <ul>
                {steps
                  .filter((s) => s.objectiveId === o.id)
                  .map((s) => (
                    <li key={s.id}>
                      <StepLine item={s} roles="role" origin={stepOrigin(s, t, formatDate)} />
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      )
    }
    case 'path':
      return (
        <ol>
          {items(doc, 'path')
            .sort(byStartAsc)
            .map((s) => (
              <li key={s.id}>
                <PathLine item={s} />
              </li>
            ))}
        </ol>
      )
    case 'contacts':
      return (
        <ul>
          {items(doc, 'contacts').map((c) => (
            <li key={c.id}>
              <ContactLine item={c} />
            </li>
          ))}
        </ul>
      )
    case 'situation':
      return (
        <ul>
          {getSituation(doc).map((s) => (
            <li key={s.area}>
              <SituationLine item={s} />
            </li>
          ))}
        </ul>
      )
    case 'journal':
      return (
        <ul>
          {items(doc, 'journal')
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((j) => (
              <li key={j.id}>
                <JournalLine item={j} />
              </li>
            ))}
        </ul>
      )
  }
}
