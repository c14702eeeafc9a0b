// A number that changes after every change (local, or from a paired device) in some parts of the
// booklet: screens that compute from the document in render or in a memo re-read with it, instead of
// showing what the document held when they opened (issue 12, point 9: paired devices live).
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { type Observable, observeSection } from '../../booklet/index.ts'

/** Re-renders after a change in any of `parts` of `doc`; returns a counter for memo dependencies.
 * `parts` must be a stable (module-level) array. */
export function useDocVersion(doc: Y.Doc, parts: readonly Observable[]): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1)
    const offs = parts.map((p) => observeSection(doc, p, bump))
    return () => {
      for (const off of offs) off()
    }
  }, [doc, parts])
  return version
}
