// One section of the share sheet: the whole section in one tick, or items one by one (folded away,
// so that a long list does not push the rest of the sheet down).
import { t } from '../../../i18n/index.ts'
import type { IconName } from '../../components/Icon.tsx'
import { Choice, ChoiceFieldset, ChoiceList, checkBoxes } from '../../crud/choices.tsx'
import type { PickItem } from './pick-items.ts'
import type { FormPick, WholeSection } from './sheet-form.ts'

const ICONS: Record<WholeSection, IconName> = {
  experiences: 'experiences',
  competences: 'competences',
  projects: 'projects',
  objectives: 'plan',
  path: 'path',
  contacts: 'contacts',
}

/** The fieldset of one section picked whole or item by item. */
export function SectionPick({
  section,
  items,
  pick,
  live,
  onChange,
}: {
  section: WholeSection
  items: readonly PickItem[]
  pick: FormPick
  live: boolean
  onChange: (next: FormPick) => void
}) {
  return (
    <ChoiceFieldset
      class="card share-pick"
      icon={ICONS[section]}
      legend={t(`share.section.${section}`)}
      layout="bare"
    >
      <Choice
        id={`share-pick-${section}-all`}
        checked={pick.all}
        onCheck={(all) => onChange({ ...pick, all })}
      >
        {t(`share.sheet.all.${section}`)}
      </Choice>
      {pick.all ? (
        live ? (
          <p class="hint">{t('share.sheet.allLive')}</p>
        ) : null
      ) : items.length === 0 ? (
        <p class="muted">{t('share.sheet.empty')}</p>
      ) : (
        <details class="share-items" open={pick.ids.length > 0}>
          <summary>{t('share.sheet.oneByOne', { n: items.length })}</summary>
          <ChoiceList layout="list">
            {checkBoxes({
              items: items.map((i) => ({ value: i.id, label: i.title })),
              picked: pick.ids,
              onPick: (ids) => onChange({ ...pick, ids }),
            })}
          </ChoiceList>
        </details>
      )}
    </ChoiceFieldset>
  )
}
