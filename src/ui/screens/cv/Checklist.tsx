// A titled list of checkboxes (one per booklet item) for picking what a CV shows.
import { t } from '../../../i18n/index.ts'
import { Icon, type IconName } from '../../components/Icon.tsx'
import { CheckboxList } from '../../crud/CheckboxList.tsx'

/** One item to tick. */
export type CheckItem = { id: string; label: string; note?: string }

/** The checklist of one kind of item. */
export function Checklist({
  icon,
  legend,
  items,
  picked,
  toggle,
}: {
  icon: IconName
  legend: string
  items: readonly CheckItem[]
  picked: readonly string[]
  toggle: (id: string) => void
}) {
  return (
    <fieldset class="field card">
      <legend>
        <Icon name={icon} /> {legend}
      </legend>
      {items.length === 0 ? (
        <p class="muted">{t('cv.noneYet')}</p>
      ) : (
        <CheckboxList
          items={items.map((i) => ({
            id: i.id,
            label: (
              <>
                {i.label}
                {i.note ? (
                  <span class="muted small">
                    {' '}
                    <Icon name="validated" /> {i.note}
                  </span>
                ) : null}
              </>
            ),
          }))}
          checked={(id) => picked.includes(id)}
          toggle={toggle}
        />
      )}
    </fieldset>
  )
}
