// A live share: the share document follows the booklet for the picked items (and for new items of
// sections picked whole) while the share lasts. After each booklet transaction that touched a section
// the selection depends on (local edit or remote update alike), the projection is recomputed and only
// the differences are written into the share document, in one transaction per batch. Changes to
// sections the selection does not use (the journal, the situation when not picked…) are not even
// looked at. Recomputing rather than replaying events keeps the pruning of references exact: deleting
// a shared competence also drops its id from the shared experiences.
import * as Y from 'yjs'
import { isShareExpired, type ShareSelection } from '../domain/index.ts'
import { syncProjection } from './projection.ts'

// Top-level types of the booklet a selection reads. References between two picked sections need no
// extra entry: both are watched already; a reference to an unpicked section is always pruned away.
const rootsFor = (selection: ShareSelection): string[] => {
  const s = selection.sections
  const roots = ['profile']
  if (s.experiences) roots.push('experiences')
  if (s.competences) roots.push('competences', 'validations')
  if (s.projects) roots.push('projects')
  if (s.objectives) roots.push('plan')
  if (s.path) roots.push('path')
  if (s.contacts) roots.push('contacts')
  if (s.journal && s.journal.ids.length > 0) roots.push('journal')
  if (s.applications && s.applications.ids.length > 0) roots.push('applications')
  if (s.situation && s.situation.ids.length > 0) roots.push('situation')
  return roots
}

// A shared type as Yjs reports it in `transaction.changed`.
type Shared = Y.Transaction['changed'] extends Map<infer K, unknown> ? K : never

const rootOf = (type: Shared): Shared => {
  let t = type
  while (t._item && t._item.parent instanceof Y.AbstractType) t = t._item.parent as Shared
  return t
}

/** Keeps `shareDoc` equal to the projection of `booklet` under a live `selection`; returns the stop
 * function. Brings `shareDoc` up to date at once. Stops by itself once the share has expired. Throws
 * on a snapshot selection (a snapshot must never follow the booklet). */
export const startLiveProjection = (
  booklet: Y.Doc,
  shareDoc: Y.Doc,
  selection: ShareSelection,
  clock: () => Date = () => new Date(),
): (() => void) => {
  if (selection.mode !== 'live') throw new Error('startLiveProjection: the selection is a snapshot share')
  const roots = new Set<unknown>(rootsFor(selection).map((n) => booklet.getMap(n)))
  let stopped = false
  const stop = () => {
    stopped = true
    booklet.off('afterTransaction', onTransaction)
  }
  const sync = () => {
    const now = clock()
    if (isShareExpired(selection, now)) stop()
    else syncProjection(booklet, shareDoc, selection, now)
  }
  function onTransaction(tr: Y.Transaction): void {
    if (stopped) return
    let relevant = false
    for (const type of tr.changed.keys())
      if (roots.has(rootOf(type))) {
        relevant = true
        break
      }
    if (!relevant) return
    // A failure here must not break the holder's own write: report it on its own.
    try {
      sync()
    } catch (e) {
      queueMicrotask(() => {
        throw e
      })
    }
  }
  booklet.on('afterTransaction', onTransaction)
  sync()
  return stop
}
