// The pieces a received share is shown with: a titled part, a paged list with its "more" button,
// and the two sections with a shape of their own (profile facts, plan with steps).
import type { ComponentChildren } from 'preact'
import { useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { getProfile, listItems, listItemsPage, type PageSort, type Section } from '../../../booklet/index.ts'
import type { ShareMeta } from '../../../domain/index.ts'
import { formatDate, type MessageKey, plural, t } from '../../../i18n/index.ts'
import type { IconName } from '../../components/Icon.tsx'
import { StepLine } from '../../components/ItemLines.tsx'
import { PlanList } from '../../components/ItemList.tsx'
import { CardSection } from '../../components/PageHeader.tsx'

/** Items shown at first in a long section, and added by each "more" click. */
export const PAGE_SIZE = 50

/** One titled section of the received share. */
export function Part(props: { id: string; icon: IconName; title: MessageKey; children: ComponentChildren }) {
  return (
    <CardSection bare class="op-part" id={`op-${props.id}`} icon={props.icon} title={t(props.title)}>
      {props.children}
    </CardSection>
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
export function Paged<S extends Section>(props: {
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

/** Its children, or "nothing shared here" when `count` is zero. */
export function ListOrNothing({ count, children }: { count: number; children: ComponentChildren }) {
  if (count === 0) return <p>{t('operator.view.nothing')}</p>
  return children
}

/** The profile facts the share holds, only the fields the holder chose. */
export function ProfilePart({ doc, meta }: { doc: Y.Doc; meta: ShareMeta }) {
  const p = getProfile(doc)
  if (!p) return null
  const has = (field: ShareMeta['profileFields'][number]) => meta.profileFields.includes(field)
  const rows: [MessageKey, string | undefined][] = [
    ['operator.profile.name', p.displayName],
    ['operator.profile.city', has('city') ? p.city : undefined],
    [
      'operator.profile.languages',
      has('languages') && p.languages.length > 0 ? p.languages.join(', ') : undefined,
    ],
    [
      'operator.profile.licence',
      has('drivingLicence') && p.drivingLicence !== undefined
        ? t(p.drivingLicence ? 'common.yes' : 'common.no')
        : undefined,
    ],
    ['operator.profile.summary', has('summary') ? p.summary : undefined],
    ['operator.profile.birthDate', has('birthDate') && p.birthDate ? formatDate(p.birthDate) : undefined],
    ['operator.profile.email', has('email') ? p.email : undefined],
    ['operator.profile.phone', has('phone') ? p.phone : undefined],
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

/** The objectives, each with its steps, their state, due date and commitments. */
export function PlanPart({ doc }: { doc: Y.Doc }) {
  return (
    <Part id="plan" icon="plan" title="operator.section.plan">
      <ListOrNothing count={listItems(doc, 'objectives').items.length}>
        <PlanList doc={doc} class="op-list" step={(s) => <StepLine item={s} roles="operator.role" />} />
      </ListOrNothing>
    </Part>
  )
}
