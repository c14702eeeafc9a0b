// A link that looks like a button (go to another screen: open a request, back to the list): one
// way to write it, so every such link has the button's 44 px target and its pictogram placed alike.
import type { ComponentChildren } from 'preact'
import { Icon, type IconName } from './Icon.tsx'

/** How a link button looks: the screen's main way on (`primary`), across the width, or small. */
export type LinkButtonLook = { primary?: boolean; wide?: boolean; small?: boolean }

/** The classes of a button with `look`. */
export const buttonClass = ({ primary, wide, small }: LinkButtonLook): string =>
  ['btn', small ? 'btn-small' : '', primary ? 'btn-primary' : '', wide ? 'btn-wide' : '']
    .filter(Boolean)
    .join(' ')

/** A link to `href` drawn as a button, with its pictogram `icon` before the words if given. */
export function LinkButton({
  href,
  icon,
  describedBy,
  children,
  ...look
}: LinkButtonLook & {
  href: string
  icon?: IconName
  /** Id of a line that says more about where the link goes. */
  describedBy?: string
  children: ComponentChildren
}) {
  return (
    <a class={buttonClass(look)} href={href} aria-describedby={describedBy}>
      {icon ? <Icon name={icon} /> : null}
      {icon ? ' ' : null}
      {children}
    </a>
  )
}

/** A row of link buttons (what to do next once a screen is done); the first one may be the main way. */
export function LinkRow({ links }: { links: readonly { href: string; label: string; primary?: boolean }[] }) {
  return (
    <p class="row">
      {links.map((l) => (
        <LinkButton key={l.href} href={l.href} primary={l.primary ?? false}>
          {l.label}
        </LinkButton>
      ))}
    </p>
  )
}
