// The small buttons that act on one item of a list (edit, delete, accept…): the visible word is the
// action, the accessible name says which item ("Modifier, Accueil"), so a screen reader user hears it.
import type { ComponentChildren } from 'preact'
import { labelled, type MessageKey, t } from '../../i18n/index.ts'

/** A small button acting on the item named `item`; `tone` colours it (danger for a delete). */
export function ItemButton({
  action,
  item,
  onClick,
  tone,
  children,
}: {
  action: MessageKey
  item: string
  onClick: () => void
  tone?: 'primary' | 'danger'
  /** What shows instead of the action's word (a "+" before it). */
  children?: ComponentChildren
}) {
  return (
    <button
      type="button"
      class={tone ? `btn btn-small btn-${tone}` : 'btn btn-small'}
      aria-label={labelled(t(action), item)}
      onClick={onClick}
    >
      {children ?? t(action)}
    </button>
  )
}

/** "Shown n of total" and a button that shows more, while a long list is cut. */
export function ShowMore({ shown, total, onMore }: { shown: number; total: number; onMore: () => void }) {
  return shown < total ? (
    <div class="more">
      <p class="muted">{t('common.shown', { shown: Math.min(shown, total), total })}</p>
      <button type="button" class="btn btn-wide" onClick={onMore}>
        {t('common.more')}
      </button>
    </div>
  ) : null
}
