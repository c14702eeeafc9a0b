// Shares checked on the sheet and not created yet: the sheet hands one over to the handover screen
// (/partager/<id>), which creates it on the relay. Kept in memory only: a draft holds no secret and
// is lost on reload, which the handover screen says.
import type { ShareSelectionInput } from '../../domain/index.ts'
import { newShareId, type ShareId } from './records.ts'

const drafts = new Map<string, ShareSelectionInput>()

/** Keeps a checked selection and returns the id its share will have. */
export function addDraft(input: ShareSelectionInput): ShareId {
  const id = newShareId()
  drafts.set(id, input)
  return id
}

/** The draft with this id, if any. */
export const getDraft = (id: string): ShareSelectionInput | undefined => drafts.get(id)

/** Forgets a draft (once its share exists). */
export function dropDraft(id: string): void {
  drafts.delete(id)
}
