// What a received share holds, read-only, section by section. Long sections show their first page
// only (sorted and validated page by page, see listItemsPage), with a button for the next ones;
// `all` (printing) shows everything.
import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import type * as Y from 'yjs'
import {
  countItems,
  getProfile,
  getSituation,
  listItems,
  listItemsPage,
  type PageSort,
  type Section,
} from '../../../booklet/index.ts'
import type { ShareMeta } from '../../../domain/index.ts'
import { formatDate, labelled, type MessageKey, plural, t } from '../../../i18n/index.ts'
import { Icon, type IconName } from '../../components/Icon.tsx'
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
import { ValidationLines, validationsByCompetence } from './ValidationLines.tsx'

/** Items shown at first in a long section, and added by each "more" click. */
export const PAGE_SIZE = 50

function Part(props: { id: string; icon: IconName; title: MessageKey; children: ComponentChildren }) {
  return (
    <section class="op-part" aria-labelledby={`op-${props.id}`}>
      <h2 id={`op-${props.id}`}>
        <Icon name={props.icon} /> {t(props.title)}
      </h2>
      {props.children}
    </section>
  )
}

function More({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  if (shown >= total) return null
  return (
    <p class="op-more no-print">
      <span class="muted">{t('operator.shownOf', { shown, total })}</span>{' '}
      <button type="button" class="btn btn-small" onClick={onMore}>
        {plural('operator.showMore', Math.min(PAGE_SIZE, total - shown))}
      </button>
    </p>
  )
}

/** A paged section: `render` gets the items of the page (first `limit` in `sort` order). */
function Paged<S extends Section>(props: {
  doc: Y.Doc
  section: S
  sort: PageSort
  all: boolean
  render: (items: ReturnType<typeof listItemsPage<S>>['items']) => ComponentChildren
}) {
  const [limit, setLimit] = useState(PAGE_SIZE)
  const page = listItemsPage(props.doc, props.section, {
    limit: props.all ? Number.MAX_SAFE_INTEGER : limit,
    sort: props.sort,
  })
  if (page.total === 0) return <p>{t('operator.view.nothing')}</p>
  return (
    <>
      {props.render(page.items)}
      <More shown={page.items.length} total={page.total} onMore={() => setLimit(limit + PAGE_SIZE)} />
    </>
  )
}

function ProfilePart({ doc, meta }: { doc: Y.Doc; meta: ShareMeta }) {
  const p = getProfile(doc)
  if (!p) return null
  const rows: [MessageKey, string | undefined][] = [
    ['operator.profile.name', p.displayName],
    ['operator.profile.city', meta.profileFields.includes('city') ? p.city : undefined],
    [
      'operator.profile.languages',
      meta.profileFields.includes('languages') && p.languages.length > 0 ? p.languages.join(', ') : undefined,
    ],
    [
      'operator.profile.licence',
      meta.profileFields.includes('drivingLicence') && p.drivingLicence !== undefined
        ? t(p.drivingLicence ? 'common.yes' : 'common.no')
        : undefined,
    ],
    ['operator.profile.summary', meta.profileFields.includes('summary') ? p.summary : undefined],
    [
      'operator.profile.birthDate',
      meta.profileFields.includes('birthDate') && p.birthDate ? formatDate(p.birthDate) : undefined,
    ],
    ['operator.profile.email', meta.profileFields.includes('email') ? p.email : undefined],
    ['operator.profile.phone', meta.profileFields.includes('phone') ? p.phone : undefined],
  ]
  return (
    <Part id="profile" icon="profile" title="operator.section.profile">
      <dl class="op-facts">
        {rows
          .filter((r): r is [MessageKey, string] => Boolean(r[1]))
          .map(([k, value]) => (
            <div key={k}>
              <dt>{t(k)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
    </Part>
  )
}

const shared = (doc: Y.Doc, meta: ShareMeta, key: keyof ShareMeta['sections'], section?: Section) =>
  meta.sections[key] !== undefined || (section !== undefined && countItems(doc, section) > 0)

/** The situation areas the share holds (the reader fills absent areas with "unknown": an area
 * that was not shared must not read as "Je ne sais pas"). */
const situationOf = (doc: Y.Doc) => {
  const stored = doc.getMap('situation')
  return getSituation(doc).filter((s) => stored.has(s.area))
}

/** Every shared section of a received share. */
export function SharedContent({ doc, meta, all }: { doc: Y.Doc; meta: ShareMeta; all: boolean }) {
  const validations = validationsByCompetence(doc)
  return (
    <div class="op-content">
      <ProfilePart doc={doc} meta={meta} />
      {shared(doc, meta, 'experiences', 'experiences') ? (
        <Part id="experiences" icon="experiences" title="operator.section.experiences">
          <Paged
            doc={doc}
            section="experiences"
            all={all}
            sort={{ field: 'startDate', direction: 'desc', tieBreak: 'title' }}
            render={(items) => (
              <ul class="op-list">
                {items.map((e) => (
                  <li key={e.id}>
                    <ExperienceLine item={e} />
                  </li>
                ))}
              </ul>
            )}
          />
        </Part>
      ) : null}
      {shared(doc, meta, 'competences', 'competences') ? (
        <Part id="competences" icon="competences" title="operator.section.competences">
          <Paged
            doc={doc}
            section="competences"
            all={all}
            sort={{ field: 'label' }}
            render={(items) => (
              <ul class="op-list">
                {items.map((c) => (
                  <li key={c.id}>
                    <CompetenceLine item={c} selfLevel="theirs" />
                    <ValidationLines doc={doc} list={validations.get(c.id)} />
                  </li>
                ))}
              </ul>
            )}
          />
        </Part>
      ) : null}
      {shared(doc, meta, 'projects', 'projects') ? (
        <Part id="projects" icon="projects" title="operator.section.projects">
          <Paged
            doc={doc}
            section="projects"
            all={all}
            sort={{ field: 'targetJob' }}
            render={(items) => (
              <ul class="op-list">
                {items.map((p) => (
                  <li key={p.id}>
                    <ProjectLine item={p} />
                  </li>
                ))}
              </ul>
            )}
          />
        </Part>
      ) : null}
      {shared(doc, meta, 'objectives', 'objectives') ? <PlanPart doc={doc} /> : null}
      {shared(doc, meta, 'path', 'path') ? (
        <Part id="path" icon="path" title="operator.section.path">
          <ListOrNothing count={countItems(doc, 'path')}>
            <ol class="op-list">
              {[...listItems(doc, 'path').items].sort(byStartAsc).map((s) => (
                <li key={s.id}>
                  <PathLine item={s} />
                </li>
              ))}
            </ol>
          </ListOrNothing>
        </Part>
      ) : null}
      {shared(doc, meta, 'contacts', 'contacts') ? (
        <Part id="contacts" icon="contacts" title="operator.section.contacts">
          <ListOrNothing count={countItems(doc, 'contacts')}>
            <ul class="op-list">
              {listItems(doc, 'contacts').items.map((c) => (
                <li key={c.id}>
                  <ContactLine item={c} />
                </li>
              ))}
            </ul>
          </ListOrNothing>
        </Part>
      ) : null}
      {shared(doc, meta, 'situation') || doc.getMap('situation').size > 0 ? (
        <Part id="situation" icon="situation" title="operator.section.situation">
          <ListOrNothing count={situationOf(doc).length}>
            <ul class="op-list">
              {situationOf(doc).map((s) => (
                <li key={s.area}>
                  <SituationLine item={s} />
                </li>
              ))}
            </ul>
          </ListOrNothing>
        </Part>
      ) : null}
      {shared(doc, meta, 'journal', 'journal') ? (
        <Part id="journal" icon="journal" title="operator.section.journal">
          <ListOrNothing count={countItems(doc, 'journal')}>
            <ul class="op-list">
              {[...listItems(doc, 'journal').items]
                .sort((a, b) => b.date.localeCompare(a.date))
                .map((j) => (
                  <li key={j.id}>
                    <JournalLine item={j} />
                  </li>
                ))}
            </ul>
          </ListOrNothing>
        </Part>
      ) : null}
      {shared(doc, meta, 'applications', 'applications') ? (
        <Part id="applications" icon="applications" title="operator.section.applications">
          <ListOrNothing count={countItems(doc, 'applications')}>
            <ul class="op-list">
              {[...listItems(doc, 'applications').items]
                .sort((a, b) => b.date.localeCompare(a.date))
                .map((a) => (
                  <li key={a.id}>
                    <ApplicationLine item={a} />
                  </li>
                ))}
            </ul>
          </ListOrNothing>
        </Part>
      ) : null}
    </div>
  )
}

function ListOrNothing({ count, children }: { count: number; children: ComponentChildren }) {
  if (count === 0) return <p>{t('operator.view.nothing')}</p>
  return children
}

function PlanPart({ doc }: { doc: Y.Doc }) {
  const objectives = listItems(doc, 'objectives').items
  const steps = listItems(doc, 'steps').items
  return (
    <Part id="plan" icon="plan" title="operator.section.plan">
      <ListOrNothing count={objectives.length}>
        <ul class="op-list">
          {objectives.map((o) => (
            <li key={o.id}>
              <strong>{o.title}</strong>
              <ul>
                {steps
                  .filter((s) => s.objectiveId === o.id)
                  .map((s) => (
                    <li key={s.id}>
                      {s.title} — {t(`sstep.${s.status}`)}
                      {s.dueDate ? `, ${t('home.due', { date: formatDate(s.dueDate) })}` : ''}
                      {s.commitments.map((c, i) => (
                        <p key={i}>{labelled(t(`operator.role.${c.actor.role}`), c.text)}</p>
                      ))}
                    </li>
                  ))}
              </ul>
            </li>
          ))}
        </ul>
      </ListOrNothing>
    </Part>
  )
}

/** "3 éléments partagés". */
export const sharedCount = (n: number): string => plural('operator.list.items', n)
