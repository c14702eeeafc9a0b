// A form that stands as a card of its own: named by its heading (h2 with its pictogram) so that it
// reads as a landmark, an optional sentence saying what it is for, then its fields. The browser's
// own checks are off (noValidate): the fields say what is wrong in the app's words.
import type { ComponentChildren } from 'preact'
import type { IconName } from '../components/Icon.tsx'
import { SectionTitle } from '../components/PageHeader.tsx'

/** The card form `id` (its heading's id is `id`); `onSubmit` receives the submit event. */
export function FormCard({
  id,
  icon,
  title,
  intro,
  class: className = 'card',
  onSubmit,
  children,
}: {
  id: string
  icon: IconName
  title: string
  intro?: string
  class?: string
  onSubmit: (e: Event) => void
  children: ComponentChildren
}) {
  return (
    <form class={className} aria-labelledby={id} onSubmit={onSubmit} noValidate>
      <SectionTitle icon={icon} id={id}>
        {title}
      </SectionTitle>
      {intro ? <p>{intro}</p> : null}
      {children}
    </form>
  )
}
