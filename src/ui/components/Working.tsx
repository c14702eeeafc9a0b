// "Something is under way" with a progress bar, said once to screen readers (role status): the
// bar is labelled by the words beside it; it moves on its own, or shows how far a long task is.
/** A status line naming what is under way, with progress bar `id`; `value` (0 to 1) when known. */
export function Working({ id, text, value }: { id: string; text: string; value?: number | undefined }) {
  return (
    <p role="status">
      <label for={id}>{text}</label> <progress id={id} {...(value === undefined ? {} : { max: 1, value })} />
    </p>
  )
}
