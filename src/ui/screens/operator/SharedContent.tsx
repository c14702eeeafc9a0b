// What a received share holds, read-only, section by section. Long sections show their first page
// only (sorted and validated page by page, see listItemsPage), with a button for the next ones;
// `all` (printing) shows everything. The parts themselves are in SharedParts.tsx.
import type * as Y from 'yjs'
import { countItems, getSituation, type PageSort, type Section } from '../../../booklet/index.ts'
import type { ShareMeta } from '../../../domain/index.ts'
import { CompetenceLine, SituationLine } from '../../components/ItemLines.tsx'
import { ItemList, type ListedSection, SectionItems } from '../../components/ItemList.tsx'
import { ListOrNothing, Paged, Part, PlanPart, ProfilePart } from './SharedParts.tsx'
import { ValidationLines, validationsByCompetence } from './ValidationLines.tsx'

const shared = (doc: Y.Doc, meta: ShareMeta, key: keyof ShareMeta['sections'], section?: Section) =>
  meta.sections[key] !== undefined || (section !== undefined && countItems(doc, section) > 0)

/** The situation areas the share holds (the reader fills absent areas with "unknown": an area
 * that was not shared must not read as "Je ne sais pas"). */
const situationOf = (doc: Y.Doc) => {
  const stored = doc.getMap('situation')
  return getSituation(doc).filter((s) => stored.has(s.area))
}

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

type PartProps<S> = { doc: Y.Doc; meta: ShareMeta; section: S }

/** A long listed section, shown page by page in `sort` order (`all`: every page, for printing). */
function PagedPart<S extends ListedSection>(props: PartProps<S> & { all: boolean; sort: PageSort }) {
  const { doc, section } = props
  if (!shared(doc, props.meta, section, section)) return null
  return (
    <Part {...partOf(section)}>
      <Paged
        doc={doc}
        section={section}
        all={props.all}
        sort={props.sort}
        render={(items) => <SectionItems doc={doc} section={section} items={items} class="op-list" />}
      />
    </Part>
  )
}

/** A listed section shown whole. */
function ListPart<S extends ListedSection>({ doc, meta, section }: PartProps<S>) {
  if (!shared(doc, meta, section, section)) return null
  return (
    <Part {...partOf(section)}>
      <ListOrNothing count={countItems(doc, section)}>
        <SectionItems doc={doc} section={section} class="op-list" />
      </ListOrNothing>
    </Part>
  )
}

/** Every shared section of a received share. */
export function SharedContent({ doc, meta, all }: { doc: Y.Doc; meta: ShareMeta; all: boolean }) {
  const validations = validationsByCompetence(doc)
  const situation = situationOf(doc)
  return (
    <div class="op-content">
      <ProfilePart doc={doc} meta={meta} />
      <PagedPart
        doc={doc}
        meta={meta}
        section="experiences"
        all={all}
        sort={{ field: 'startDate', direction: 'desc', tieBreak: 'title' }}
      />
      {shared(doc, meta, 'competences', 'competences') ? (
        <Part {...partOf('competences')}>
          <Paged
            doc={doc}
            section="competences"
            all={all}
            sort={{ field: 'label' }}
            render={(items) => (
              <ItemList
                class="op-list"
                items={items}
                keyOf={(c) => c.id}
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
      <PagedPart doc={doc} meta={meta} section="projects" all={all} sort={{ field: 'targetJob' }} />
      {shared(doc, meta, 'objectives', 'objectives') ? <PlanPart doc={doc} /> : null}
      <ListPart doc={doc} meta={meta} section="path" />
      <ListPart doc={doc} meta={meta} section="contacts" />
      {shared(doc, meta, 'situation') || doc.getMap('situation').size > 0 ? (
        <Part {...partOf('situation')}>
          <ListOrNothing count={situation.length}>
            <ItemList
              class="op-list"
              items={situation}
              keyOf={(s) => s.area}
              line={(s) => <SituationLine item={s} />}
            />
          </ListOrNothing>
        </Part>
      ) : null}
      <ListPart doc={doc} meta={meta} section="journal" />
      <ListPart doc={doc} meta={meta} section="applications" />
    </div>
  )
}
