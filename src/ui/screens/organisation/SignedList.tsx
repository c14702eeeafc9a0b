// What a key signed, as a list under its heading (the endorsements an organisation gave, the results a
// trainer signed): "loading" / "none yet", one row per item, and the line its last withdrawal left.
import type { ComponentChildren } from 'preact'
import { t } from '../../../i18n/index.ts'
import { FormNote, type FormNoteValue } from '../../crud/FormNote.tsx'
import './organisation.css'

/** The rows of `items` (null while they load: "loading" when `loading` says so); `none` when empty;
 * `children` stand between that line and the list (a withdrawal that waits for the network). */
export function SignedList<T>({
  items,
  loading,
  none,
  row,
  note,
  children,
}: {
  items: readonly T[] | null
  loading?: boolean
  none: string
  /** One row: an `li` with its key. */
  row: (item: T) => ComponentChildren
  note: FormNoteValue | undefined
  children?: ComponentChildren
}) {
  return (
    <>
      {items === null && loading ? <p>{t('app.loading')}</p> : null}
      {items?.length === 0 ? <p>{none}</p> : null}
      {children}
      {items && items.length > 0 ? <ul class="org-list">{items.map(row)}</ul> : null}
      <FormNote note={note} />
    </>
  )
}
