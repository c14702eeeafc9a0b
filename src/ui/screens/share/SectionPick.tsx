// One section of the share sheet: the whole section in one tick, or items one by one (folded away,
// so that a long list does not push the rest of the sheet down).
import { t } from '../../../i18n/index.ts'
import { Icon, type IconName } from '../../components/Icon.tsx'
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

/** Adds or removes `id` in a list of ticked ids. */
export const toggled = <T extends string>(list: readonly T[], id: T, on: boolean): T[] =>
  on ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((x) => x !== id)

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
  const id = `share-pick-${section}`
  return (
    <fieldset class="card share-pick">
      <legend>
        <Icon name={ICONS[section]} /> {t(`share.section.${section}`)}
      </legend>
      <label class="choice">
        <input
          type="checkbox"
          id={`${id}-all`}
          checked={pick.all}
          onChange={(e) => onChange({ ...pick, all: e.currentTarget.checked })}
        />
        <span>{t(`share.sheet.all.${section}`)}</span>
      </label>
      {pick.all ? (
        live ? (
          <p class="hint">{t('share.sheet.allLive')}</p>
        ) : null
      ) : items.length === 0 ? (
        <p class="muted">{t('share.sheet.empty')}</p>
      ) : (
        <details class="share-items" open={pick.ids.length > 0}>
          <summary>{t('share.sheet.oneByOne', { n: items.length })}</summary>
          <ul class="plain">
            {items.map((item) => (
              <li key={item.id}>
                <label class="choice">
                  <input
                    type="checkbox"
                    checked={pick.ids.includes(item.id)}
                    onChange={(e) =>
                      onChange({ ...pick, ids: toggled(pick.ids, item.id, e.currentTarget.checked) })
                    }
                  />
                  <span>{item.title}</span>
                </label>
              </li>
            ))}
          </ul>
        </details>
      )}
    </fieldset>
  )
}
