// The line under a form that says how its action went (exported, restored, copied, or what failed):
// one way, so an error is read out at once (alert) and a success politely (status) on every screen;
// and the submit button that is off, with a line saying so, while the action runs.

/** What an action gave, in words; `error` makes it an alert. */
export type FormNoteValue = { text: string; error: boolean }

/** The outcome of a form's action, if any; `id` lets a field that caused the error point to it. */
export function FormNote({
  note,
  id,
  testId,
}: {
  note: FormNoteValue | undefined
  id?: string | undefined
  testId?: string
}) {
  return note ? (
    <p
      class={note.error ? 'field-error' : 'ok'}
      id={id}
      role={note.error ? 'alert' : 'status'}
      data-testid={testId}
    >
      {note.text}
    </p>
  ) : null
}

/** Runs a form's action and says how it went: the sentence it returns when it worked; when it threw
 * (a bug, a full disk), the error is logged and `failed` is said instead, as an alert. */
export async function noteOf(action: () => Promise<string>, failed: string): Promise<FormNoteValue> {
  try {
    return { text: await action(), error: false }
  } catch (err) {
    console.error(err)
    return { text: failed, error: true }
  }
}

/** A form's submit button, off while its action runs, with the status line that says it is running;
 * `class` where it is not the form's primary action (`btn`) or spans the width. */
export function SubmitBusy({
  busy,
  label,
  busyText,
  class: className = 'btn btn-primary',
}: {
  busy: boolean
  label: string
  busyText: string
  class?: string
}) {
  return (
    <>
      <button type="submit" class={className} disabled={busy}>
        {label}
      </button>
      {busy ? <p role="status">{busyText}</p> : null}
    </>
  )
}
