// Change notifications per section, for screens that re-read after local or remote changes.
import type * as Y from 'yjs'
import { hookDoc } from './item-map.ts'
import { isPlanSection, type Section } from './sections.ts'

/** Anything `observeSection` can watch. */
export type Observable = Section | 'profile' | 'situation' | 'meta'

// A throwing callback must not break the writer's transaction: report it on its own.
const safely = (cb: () => void) => () => {
  try {
    cb()
  } catch (e) {
    queueMicrotask(() => {
      throw e
    })
  }
}

/** Calls `cb` after any change (local or remote) in a section; returns the unsubscribe function.
 * Deep observation: records are plain values now (record.ts), but an item in the old form (a nested
 * Y.Map from a device on an older app) changes inside its own map, and must be seen too. */
export const observeSection = (doc: Y.Doc, section: Observable, cb: () => void): (() => void) => {
  hookDoc(doc)
  const call = safely(cb)
  if (section !== 'profile' && section !== 'situation' && section !== 'meta' && isPlanSection(section)) {
    // The nested map may be created or replaced later: watch `plan` and filter on the first path step.
    const plan = doc.getMap('plan')
    const handler = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const hit = events.some((e) =>
        e.target === plan ? (e as Y.YMapEvent<unknown>).keysChanged.has(section) : e.path[0] === section,
      )
      if (hit) call()
    }
    plan.observeDeep(handler)
    return () => plan.unobserveDeep(handler)
  }
  const map = doc.getMap(section)
  const handler = () => call()
  map.observeDeep(handler)
  return () => map.unobserveDeep(handler)
}
