// The printed content of each section: plain lists, readable on paper.
import type * as Y from 'yjs'
import { countItems, getSituation, type ItemOf, listItems, type Section } from '../../../booklet/index.ts'
import { formatDate, labelled, stepOrigin, t } from '../../../i18n/index.ts'
import {
  CompetenceLine,
  ContactLine,
  ExperienceLine,
  JournalLine,
  PathLine,
  ProjectLine,
  SituationLine,
} from '../../components/ItemLines.tsx'
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
    case 'competences':
      return (
        <ul>
          {items(doc, 'competences').map((c) => (
            <li key={c.id}>
              <CompetenceLine item={c} />
            </li>
          ))}
        </ul>
      )
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
                      {s.title} — {t(`sstep.${s.status}`)}, {stepOrigin(s, t, formatDate)}
                      {s.dueDate ? `, ${t('home.due', { date: formatDate(s.dueDate) })}` : ''}
                      {s.commitments.map((c, i) => (
                        <p key={i}>{labelled(t(`role.${c.actor.role}`), c.text)}</p>
                      ))}
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
