// An acronym linked to its glossary entry: <Abbr k="cpas">CPAS</Abbr> → /glossaire#cpas.
import type { ComponentChildren } from 'preact'

/** A link from an acronym to its explanation in the glossary. */
export function Abbr({ k, children }: { k: string; children: ComponentChildren }) {
  return (
    <a class="abbr" href={`/glossaire#${k}`}>
      <abbr>{children}</abbr>
    </a>
  )
}
