// The line under a form that says how its action went (exported, restored, copied, or what failed):
// one way, so an error is read out at once (alert) and a success politely (status) on every screen.

/** What an action gave, in words; `error` makes it an alert. */
export type FormNoteValue = { text: string; error: boolean }

/** The outcome of a form's action, if any. */
export function FormNote({ note, testId }: { note: FormNoteValue | undefined; testId?: string }) {
  return note ? (
    <p class={note.error ? 'field-error' : 'ok'} role={note.error ? 'alert' : 'status'} data-testid={testId}>
      {note.text}
    </p>
  ) : null
}
