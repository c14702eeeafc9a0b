// The preview: exactly what the operator will see, computed by the projection code itself
// (projectionSummary, the same plan projectBooklet writes), section by section with the titles.
import type * as Y from 'yjs'
import { getItem, type ProjectedSection, projectionSummary } from '../../../booklet/index.ts'
import type { ShareSelection, SituationArea } from '../../../domain/index.ts'
import { formatDate, plural, t } from '../../../i18n/index.ts'
import { Icon, type IconName } from '../../components/Icon.tsx'
import { validationSummary } from '../../components/validation/card-model.ts'
import { PROFILE_FIELD_LABELS } from './profile-fields.ts'
import { sharesSensitive } from './share-contents.ts'

/** Titles shown per section before "and n others". */
export const PREVIEW_TITLES = 30

const ORDER: readonly { section: ProjectedSection; icon: IconName }[] = [
  { section: 'experiences', icon: 'experiences' },
  { section: 'competences', icon: 'competences' },
  { section: 'validations', icon: 'validated' },
  { section: 'projects', icon: 'projects' },
  { section: 'objectives', icon: 'plan' },
  { section: 'steps', icon: 'steps' },
  { section: 'path', icon: 'path' },
  { section: 'contacts', icon: 'contacts' },
  { section: 'situation', icon: 'situation' },
  { section: 'journal', icon: 'journal' },
  { section: 'applications', icon: 'applications' },
]

// A validation says what the trainer decided and at which level, as the professional will read it.
const lineOf = (doc: Y.Doc, section: ProjectedSection, i: { id: string; title: string }): string => {
  if (section === 'situation') return t(`area.${i.id as SituationArea}`)
  const v = section === 'validations' ? getItem(doc, 'validations', i.id) : undefined
  return v ? `${i.title} · ${validationSummary(v)}` : i.title
}

/** What the operator will see for `selection` of `doc`. */
export function SharePreview({ selection, doc }: { selection: ShareSelection; doc: Y.Doc }) {
  const summary = projectionSummary(selection, doc)
  const missing = ORDER.reduce((n, o) => n + summary.sections[o.section].missing, 0)
  return (
    <section class="card share-preview" aria-labelledby="share-preview-title">
      <h2 id="share-preview-title">
        <Icon name="share" /> {t('share.preview.title', { recipient: summary.recipient })}
      </h2>
      <p class="hint">{t('share.preview.intro')}</p>
      <ul class="plain share-facts">
        <li>{t('share.preview.mode', { mode: t(`share.mode.${summary.mode}`) })}</li>
        <li>{t('share.card.expires', { date: formatDate(summary.expiresAt) })}</li>
      </ul>
      {summary.profile ? (
        <>
          <h3>
            <Icon name="profile" /> {t('share.preview.name', { name: summary.profile.displayName })}
          </h3>
          {summary.profile.fields.length > 0 ? (
            <p>
              {t('share.preview.profileFields', {
                fields: summary.profile.fields.map((f) => t(PROFILE_FIELD_LABELS[f])).join(', '),
              })}
            </p>
          ) : null}
        </>
      ) : null}
      {summary.total === 0 ? <p>{t('share.preview.onlyName')}</p> : null}
      {sharesSensitive(selection) ? (
        <p class="share-warning">
          <Icon name="private" /> {t('share.preview.sensitive')}
        </p>
      ) : null}
      {ORDER.filter((o) => summary.sections[o.section].count > 0).map(({ section, icon }) => {
        const s = summary.sections[section]
        const shown = s.items.slice(0, PREVIEW_TITLES)
        return (
          <div key={section} class="share-preview-section" data-section={section}>
            <h3>
              <Icon name={icon} /> {t(`share.section.${section}`)} ({s.count})
            </h3>
            <ul>
              {shown.map((i) => (
                <li key={i.id}>{lineOf(doc, section, i)}</li>
              ))}
            </ul>
            {s.count > shown.length ? (
              <p class="muted">{plural('share.preview.more', s.count - shown.length)}</p>
            ) : null}
          </div>
        )
      })}
      {missing > 0 ? <p class="muted">{plural('share.preview.missing', missing)}</p> : null}
    </section>
  )
}
