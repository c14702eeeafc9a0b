// A list of checkboxes, one per thing to pick (items to link, what a CV shows): each a whole-row
// label at least 48 px high, so that the list is read and ticked the same way everywhere.
import type { ComponentChildren } from 'preact'

/** One thing to tick. */
export type CheckboxItem = { id: string; label: ComponentChildren }

/** The checkboxes of `items`; `checked` says which are ticked, `toggle` flips one. */
export function CheckboxList({
  items,
  checked,
  toggle,
}: {
  items: readonly CheckboxItem[]
  checked: (id: string) => boolean
  toggle: (id: string) => void
}) {
  return (
    <ul class="checklist">
      {items.map((i) => (
        <li key={i.id}>
          <label class="choice">
            <input type="checkbox" checked={checked(i.id)} onChange={() => toggle(i.id)} />
            <span>{i.label}</span>
          </label>
        </li>
      ))}
    </ul>
  )
}
