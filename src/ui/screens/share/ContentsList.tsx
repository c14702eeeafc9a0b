// "What this share contains", section by section (whole or a count; the situation areas by name).
import type { ShareSelection, SituationArea } from '../../../domain/index.ts'
import { plural, t } from '../../../i18n/index.ts'
import { Icon } from '../../components/Icon.tsx'
import { PROFILE_FIELD_LABELS } from './profile-fields.ts'
import { isSensitiveSection, shareContents } from './share-contents.ts'

/** The picks of a selection as a short list. */
export function ContentsList({ selection }: { selection: ShareSelection }) {
  const lines = shareContents(selection)
  return (
    <ul class="share-contents">
      {lines.map((l) => {
        const section = t(`share.section.${l.section}`)
        const sensitive = isSensitiveSection(l.section)
        return (
          <li key={l.section} data-section={l.section}>
            {sensitive ? <Icon name="private" /> : null}
            {l.all
              ? t('share.contents.all', { section })
              : plural('share.contents.some', l.count, { section })}
            {l.section === 'situation' && !l.all
              ? ` (${l.ids.map((a) => t(`area.${a as SituationArea}`)).join(', ')})`
              : null}
          </li>
        )
      })}
      {selection.profile.length > 0 ? (
        <li>
          {t('share.contents.profile', {
            fields: selection.profile.map((f) => t(PROFILE_FIELD_LABELS[f])).join(', '),
          })}
        </li>
      ) : null}
    </ul>
  )
}
