// A form that stands in a card of its own (export, restore, ask for a validation) and the line that
// says how its action went: one frame, so every such form is named by its heading and says its
// outcome the same way (an error as an alert, a success as a polite status).
import type { ComponentChildren } from 'preact'
import type { IconName } from '../components/Icon.tsx'
import { SectionTitle } from '../components/PageHeader.tsx'

/** What an action gave, in words; `error` makes it an alert. */
export type FormNoteValue = { text: string; error: boolean }

/** A form in a card, named by its heading (h2 with its pictogram); the form checks itself (noValidate). */
export function FormCard({
  id,
  icon,
  title,
  onSubmit,
  children,
}: {
  /** The heading's id, which names the form. */
  id: string
  icon: IconName
  title: string
  onSubmit: (e: Event) => void
  children: ComponentChildren
}) {
  return (
    <form class="card" aria-labelledby={id} onSubmit={onSubmit} noValidate>
      <SectionTitle icon={icon} id={id}>
        {title}
      </SectionTitle>
      {children}
    </form>
  )
}

/** The outcome of a form's action, if any: an error is read out at once, a success politely. */
export function FormNote({ note, testId }: { note: FormNoteValue | undefined; testId?: string }) {
  return note ? (
    <p class={note.error ? 'field-error' : 'ok'} role={note.error ? 'alert' : 'status'} data-testid={testId}>
      {note.text}
    </p>
  ) : null
}
