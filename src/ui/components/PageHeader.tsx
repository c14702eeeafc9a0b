// The top of every screen: the heading with its pictogram, an intro sentence, the listen button.
import type { ComponentChildren } from 'preact'
import { Icon, type IconName } from './Icon.tsx'
import { Linkify } from './Linkify.tsx'
import { ListenButton } from './ListenButton.tsx'

/** Heading (h1) of a screen. */
export function PageHeader({ icon, title, intro }: { icon: IconName; title: string; intro?: string }) {
  return (
    <header class="page-header">
      <h1>
        <Icon name={icon} /> {title}
      </h1>
      {intro ? (
        <p class="intro">
          <Linkify text={intro} />
        </p>
      ) : null}
      <ListenButton />
    </header>
  )
}

/** A section heading (h2) with its pictogram. */
export function SectionTitle({
  icon,
  children,
  id,
}: {
  icon: IconName
  children: ComponentChildren
  id?: string
}) {
  return (
    <h2 id={id}>
      <Icon name={icon} /> {children}
    </h2>
  )
}

/** A card section of a screen named by its heading (h2 with its pictogram), so landmarks read well;
 * `bare`: a part of a long form, without the card around it; `class` instead of `card` (a card
 * that stands out). */
export function CardSection({
  id,
  icon,
  title,
  bare,
  class: className = 'card',
  children,
}: {
  id: string
  icon: IconName
  title: string
  bare?: boolean
  class?: string
  children: ComponentChildren
}) {
  return (
    <section class={bare ? undefined : className} aria-labelledby={id}>
      <SectionTitle icon={icon} id={id}>
        {title}
      </SectionTitle>
      {children}
    </section>
  )
}
