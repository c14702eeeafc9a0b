// Boxes to tick and round choices outside the item forms (what to share, which competences to have
// validated): one 48 px row per choice with its pictogram, in a fieldset whose legend carries the
// part's pictogram, so that screens stop wiring label / input / fieldset blocks each their own way.
import { type ComponentChildren, toChildArray, type VNode } from 'preact'
import type { MessageKey } from '../../i18n/index.ts'
import { Icon, type IconName } from '../components/Icon.tsx'
import { FieldError } from './FieldError.tsx'

/** Adds or removes `id` in a list of ticked ids. */
export const toggled = <T extends string>(list: readonly T[], id: T, on: boolean): T[] =>
  on ? (list.includes(id) ? [...list] : [...list, id]) : list.filter((x) => x !== id)

/** One choice: a tick box (or a round button) with its words and pictogram; the whole row is the target. */
export function Choice({
  type = 'checkbox',
  id,
  name,
  value,
  checked,
  onCheck,
  icon,
  describedBy,
  class: className,
  children,
}: {
  type?: 'checkbox' | 'radio' | undefined
  id?: string | undefined
  name?: string | undefined
  value?: string
  checked: boolean
  onCheck: (checked: boolean) => void
  icon?: IconName | undefined
  describedBy?: string | undefined
  /** A class besides `choice` (a choice with a line of explanation under its words). */
  class?: string | undefined
  children: ComponentChildren
}) {
  return (
    <label class={className ? `choice ${className}` : 'choice'} for={id}>
      <input
        type={type}
        id={id}
        name={name}
        value={value}
        checked={checked}
        aria-describedby={describedBy}
        onChange={(e) => onCheck(e.currentTarget.checked)}
      />
      {icon ? <Icon name={icon} /> : null}
      <span>{children}</span>
    </label>
  )
}

/** What a fieldset of choices shows around them. */
export type ChoiceFrame = {
  legend: ComponentChildren
  /** The pictogram before the legend. */
  icon?: IconName
  /** `field` by default; `card share-pick` for a part of the share sheet. */
  class?: string
  hint?: ComponentChildren
  /** Said instead of the choices when there are none ("nothing here yet"). */
  empty?: string
  /** An error under the choices; its id (`errorId`) describes the fieldset. */
  error?: MessageKey | undefined
  errorId?: string
  /** How the choices stand: a column (`choices`, the default), a list (`list`), or bare rows. */
  layout?: 'choices' | 'list' | 'bare'
  /** The fieldset's own id (a block that the form focuses into). */
  id?: string
  /** `data-` attributes the fieldset carries (what end-to-end tests find it by). */
  data?: Record<`data-${string}`, string>
}

/** Choices standing in a column (`choices`), as a list (`list`, one item each) or bare rows. */
export function ChoiceList({
  layout = 'choices',
  children,
}: {
  layout?: ChoiceFrame['layout']
  children: ComponentChildren
}) {
  const choices = toChildArray(children)
  if (layout === 'bare') return <>{choices}</>
  if (layout === 'choices') return <div class="choices">{choices}</div>
  return (
    <ul class="plain">
      {choices.map((c) => (
        <li key={(c as VNode).key}>{c}</li>
      ))}
    </ul>
  )
}

/** A fieldset of choices: legend with its pictogram, hint, "nothing yet" line, the choices, the error. */
export function ChoiceFieldset({
  legend,
  icon,
  class: className = 'field',
  hint,
  empty,
  error,
  errorId,
  layout,
  id,
  data,
  children,
}: ChoiceFrame & { children: ComponentChildren }) {
  return (
    <fieldset {...data} id={id} class={className} aria-describedby={error ? errorId : undefined}>
      <legend>
        {icon ? <Icon name={icon} /> : null}
        {icon ? ' ' : null}
        {legend}
      </legend>
      {hint ? <p class="hint">{hint}</p> : null}
      {empty && toChildArray(children).length === 0 ? <p class="muted">{empty}</p> : null}
      <ChoiceList layout={layout}>{children}</ChoiceList>
      {errorId ? <FieldError id={errorId} error={error} /> : null}
    </fieldset>
  )
}

/** What a set of choices is made of; `picked` holds the ticked values in ticking order (one value
 * for round choices, which `name` groups). */
export type Checks<V extends string> = {
  items: readonly { value: V; label: ComponentChildren; icon?: IconName }[]
  picked: readonly V[]
  onPick: (next: V[]) => void
  /** The first box's id, where the focus goes when nothing was ticked. */
  firstId?: string | undefined
  type?: 'checkbox' | 'radio'
  name?: string
  /** A class on each choice besides `choice`. */
  class?: string
}

/** The choices themselves (for a ChoiceList or a ChoiceFieldset): a tick box adds or removes its
 * value, a round one picks its value alone. */
export const checkBoxes = <V extends string>({ items, picked, onPick, firstId, ...box }: Checks<V>) =>
  items.map((o, i) => (
    <Choice
      key={o.value}
      {...box}
      id={i === 0 ? firstId : undefined}
      value={o.value}
      icon={o.icon}
      checked={picked.includes(o.value)}
      onCheck={(on) => onPick(box.type === 'radio' ? [o.value] : toggled(picked, o.value, on))}
    >
      {o.label}
    </Choice>
  ))

/** A fieldset of boxes ticked one by one. */
export function CheckGroup<V extends string>({
  items,
  picked,
  onPick,
  firstId,
  ...frame
}: ChoiceFrame & Checks<V>) {
  return <ChoiceFieldset {...frame}>{checkBoxes({ items, picked, onPick, firstId })}</ChoiceFieldset>
}

/** One box on its own with a line under it saying what ticking it does. */
export function CheckField({
  id,
  icon,
  hint,
  checked,
  onCheck,
  children,
}: {
  id: string
  icon?: IconName
  hint: ComponentChildren
  checked: boolean
  onCheck: (checked: boolean) => void
  children: ComponentChildren
}) {
  return (
    <div class="field">
      <Choice id={id} icon={icon} checked={checked} onCheck={onCheck} describedBy={`${id}-hint`}>
        {children}
      </Choice>
      <p class="hint" id={`${id}-hint`}>
        {hint}
      </p>
    </div>
  )
}
