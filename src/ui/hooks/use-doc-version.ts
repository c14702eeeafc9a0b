// A counter that moves on every change of a booklet document: for screens that read several
// sections at once (CV, agenda) and simply re-read after any change.
import { useEffect, useState } from 'preact/hooks'
import type * as Y from 'yjs'

/** Re-renders the caller after each update of `doc`; returns a number that changes each time. */
export function useDocVersion(doc: Y.Doc): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    const bump = () => setVersion((v) => v + 1)
    doc.on('update', bump)
    return () => doc.off('update', bump)
  }, [doc])
  return version
}
