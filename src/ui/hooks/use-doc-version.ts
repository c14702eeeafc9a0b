// A number that changes after every change (local, or from a paired device) in some parts of the
// booklet, or anywhere in it: screens that compute from the document in render or in a memo re-read
// with it, instead of showing what the document held when they opened (issue 12, point 9: paired
// devices live; the CV and the agenda read several sections at once and take the whole document).
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'
import { type Observable, observeSection } from '../../booklet/index.ts'

/** Re-renders after a change in any of `parts` of `doc` (every change when `parts` is omitted);
 * returns a counter for memo dependencies. `parts` must be a stable (module-level) array. */
export function useDocVersion(doc: Y.Doc, parts?: readonly Observable[]): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1)
    if (!parts) {
      doc.on('update', bump)
      return () => doc.off('update', bump)
    }
    const offs = parts.map((p) => observeSection(doc, p, bump))
    return () => {
      for (const off of offs) off()
    }
  }, [doc, parts])
  return version
}
