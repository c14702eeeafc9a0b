// The person's log of job applications (issue 13, point 3; optional): add, update, attach proofs,
// and the dated list to print for an adviser. Proof files stay on the device (storage blobs, keyed by
// booklet and id); the booklet holds their ids only. Applications are never projected into a share.
import type * as Y from 'yjs'
import { getItem, listItems, putItem } from '../../booklet/index.ts'
import {
  fail,
  type JobApplication,
  type JobApplicationId,
  MAX_APPLICATION_PROOFS,
  newId,
  type Result,
} from '../../domain/index.ts'

/** What the form gives. */
export type NewApplication = Omit<JobApplication, 'id' | 'createdAt' | 'updatedAt' | 'proofIds'> & {
  proofIds?: string[]
}

type Outcome = Result<JobApplication, 'invalid' | 'read-only' | 'not-found' | 'too-many-proofs'>

/** Adds an application to the log. */
export const addApplication = (doc: Y.Doc, input: NewApplication, now: Date = new Date()): Outcome => {
  const stamp = now.toISOString()
  return putItem(doc, 'applications', {
    ...input,
    proofIds: input.proofIds ?? [],
    id: newId<JobApplicationId>(),
    createdAt: stamp,
    updatedAt: stamp,
  })
}

/** Changes an application (answer, next step…); `id` and `createdAt` are kept. */
export const updateApplication = (
  doc: Y.Doc,
  id: string,
  change: Partial<Omit<JobApplication, 'id' | 'createdAt'>>,
  now: Date = new Date(),
): Outcome => {
  const current = getItem(doc, 'applications', id)
  if (!current) return fail('not-found')
  return putItem(doc, 'applications', { ...current, ...change, id: current.id, updatedAt: now.toISOString() })
}

/** Links a proof (a device blob id) to an application. */
export const addProof = (doc: Y.Doc, id: string, proofId: string, now: Date = new Date()): Outcome => {
  const current = getItem(doc, 'applications', id)
  if (!current) return fail('not-found')
  if (current.proofIds.includes(proofId)) return { ok: true, value: current }
  if (current.proofIds.length >= MAX_APPLICATION_PROOFS) return fail('too-many-proofs')
  return updateApplication(doc, id, { proofIds: [...current.proofIds, proofId] }, now)
}

/** Unlinks a proof (the caller deletes the blob from the device). */
export const removeProof = (doc: Y.Doc, id: string, proofId: string, now: Date = new Date()): Outcome => {
  const current = getItem(doc, 'applications', id)
  if (!current) return fail('not-found')
  return updateApplication(doc, id, { proofIds: current.proofIds.filter((p) => p !== proofId) }, now)
}

/** The log to print: newest first, optionally between two days (inclusive). */
export const applicationLog = (
  applications: readonly JobApplication[],
  range: { from?: string; to?: string } = {},
): JobApplication[] =>
  applications
    .filter(
      (a) =>
        (range.from === undefined || a.date >= range.from) && (range.to === undefined || a.date <= range.to),
    )
    .sort((a, b) => b.date.localeCompare(a.date) || a.employer.localeCompare(b.employer))

/** The booklet's log (see applicationLog). */
export const bookletApplicationLog = (
  doc: Y.Doc,
  range: { from?: string; to?: string } = {},
): JobApplication[] => applicationLog(listItems(doc, 'applications').items, range)
