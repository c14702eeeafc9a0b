// What a received share holds, read-only, section by section. Long sections show their first page
// only (sorted and validated page by page, see listItemsPage), with a button for the next ones;
// `all` (printing) shows everything. The parts themselves are in SharedParts.tsx.
import type * as Y from 'yjs'
import { countItems, getSituation, listItems, type Section } from '../../../booklet/index.ts'
import type { ShareMeta } from '../../../domain/index.ts'
import {
  ApplicationLine,
  CompetenceLine,
  ContactLine,
  ExperienceLine,
  JournalLine,
  PathLine,
  ProjectLine,
  SituationLine,
} from '../../components/ItemLines.tsx'
import { byStartAsc } from '../../path-order.ts'
import { ListOrNothing, OpList, Paged, Part, PlanPart, ProfilePart } from './SharedParts.tsx'
import { ValidationLines, validationsByCompetence } from './ValidationLines.tsx'

const shared = (doc: Y.Doc, meta: ShareMeta, key: keyof ShareMeta['sections'], section?: Section) =>
  meta.sections[key] !== undefined || (section !== undefined && countItems(doc, section) > 0)

/** The situation areas the share holds (the reader fills absent areas with "unknown": an area
 * that was not shared must not read as "Je ne sais pas"). */
const situationOf = (doc: Y.Doc) => {
  const stored = doc.getMap('situation')
  return getSituation(doc).filter((s) => stored.has(s.area))
}

const byId = (item: { id: string }) => item.id
const newestFirst = (a: { date: string }, b: { date: string }) => b.date.localeCompare(a.date)

type PartId =
  | 'experiences'
  | 'competences'
  | 'projects'
  | 'path'
  | 'contacts'
  | 'situation'
  | 'journal'
  | 'applications'

/** A section's part: its id is its icon, its title `operator.section.<id>`. */
const partOf = (id: PartId) => ({ id, icon: id, title: `operator.section.${id}` as const })

/** Every shared section of a received share. */
export function SharedContent({ doc, meta, all }: { doc: Y.Doc; meta: ShareMeta; all: boolean }) {
  const validations = validationsByCompetence(doc)
  const situation = situationOf(doc)
  return (
    <div class="op-content">
      <ProfilePart doc={doc} meta={meta} />
      {shared(doc, meta, 'experiences', 'experiences') ? (
        <Part {...partOf('experiences')}>
          <Paged
            doc={doc}
            section="experiences"
            all={all}
            sort={{ field: 'startDate', direction: 'desc', tieBreak: 'title' }}
            render={(items) => (
              <OpList items={items} keyOf={byId} line={(e) => <ExperienceLine item={e} />} />
            )}
          />
        </Part>
      ) : null}
      {shared(doc, meta, 'competences', 'competences') ? (
        <Part {...partOf('competences')}>
          <Paged
            doc={doc}
            section="competences"
            all={all}
            sort={{ field: 'label' }}
            render={(items) => (
              <OpList
                items={items}
                keyOf={byId}
                line={(c) => (
                  <>
                    <CompetenceLine item={c} selfLevel="theirs" />
                    <ValidationLines doc={doc} list={validations.get(c.id)} />
                  </>
                )}
              />
            )}
          />
        </Part>
      ) : null}
      {shared(doc, meta, 'projects', 'projects') ? (
        <Part {...partOf('projects')}>
          <Paged
            doc={doc}
            section="projects"
            all={all}
            sort={{ field: 'targetJob' }}
            render={(items) => <OpList items={items} keyOf={byId} line={(p) => <ProjectLine item={p} />} />}
          />
        </Part>
      ) : null}
      {shared(doc, meta, 'objectives', 'objectives') ? <PlanPart doc={doc} /> : null}
      {shared(doc, meta, 'path', 'path') ? (
        <Part {...partOf('path')}>
          <ListOrNothing count={countItems(doc, 'path')}>
            <OpList
              ordered
              items={[...listItems(doc, 'path').items].sort(byStartAsc)}
              keyOf={byId}
              line={(s) => <PathLine item={s} />}
            />
          </ListOrNothing>
        </Part>
      ) : null}
      {shared(doc, meta, 'contacts', 'contacts') ? (
        <Part {...partOf('contacts')}>
          <ListOrNothing count={countItems(doc, 'contacts')}>
            <OpList
              items={listItems(doc, 'contacts').items}
              keyOf={byId}
              line={(c) => <ContactLine item={c} />}
            />
          </ListOrNothing>
        </Part>
      ) : null}
      {shared(doc, meta, 'situation') || doc.getMap('situation').size > 0 ? (
        <Part {...partOf('situation')}>
          <ListOrNothing count={situation.length}>
            <OpList items={situation} keyOf={(s) => s.area} line={(s) => <SituationLine item={s} />} />
          </ListOrNothing>
        </Part>
      ) : null}
      {shared(doc, meta, 'journal', 'journal') ? (
        <Part {...partOf('journal')}>
          <ListOrNothing count={countItems(doc, 'journal')}>
            <OpList
              items={[...listItems(doc, 'journal').items].sort(newestFirst)}
              keyOf={byId}
              line={(j) => <JournalLine item={j} />}
            />
          </ListOrNothing>
        </Part>
      ) : null}
      {shared(doc, meta, 'applications', 'applications') ? (
        <Part {...partOf('applications')}>
          <ListOrNothing count={countItems(doc, 'applications')}>
            <OpList
              items={[...listItems(doc, 'applications').items].sort(newestFirst)}
              keyOf={byId}
              line={(a) => <ApplicationLine item={a} />}
            />
          </ListOrNothing>
        </Part>
      ) : null}
    </div>
  )
}
