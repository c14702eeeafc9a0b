// "Something is under way" with a moving bar, said once to screen readers (role status): the
// bar is labelled by the words beside it.
/** A status line naming what is under way, with an indeterminate progress bar `id`. */
export function Working({ id, text }: { id: string; text: string }) {
  return (
    <p role="status">
      <label for={id}>{text}</label> <progress id={id} />
    </p>
  )
}
