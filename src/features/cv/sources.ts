// Reads what a CV is built from out of the booklet, and rebuilds a saved CV from it: a saved CV keeps
// ids only, so after the booklet changes the same selection gives the CV as it is today.
import type * as Y from 'yjs'
import { getItem, getProfile, listItems, putItem } from '../../booklet/index.ts'
import { type CvSelection, type CvSelectionId, newId, type Result } from '../../domain/index.ts'
import { readValidations } from '../validations/index.ts'
import { buildCv, type CvDocument, type CvPick, type CvSources } from './build-cv.ts'

/** The booklet's items for a CV; a competence is "validated" only by a verified, visible validation
 * whose status is 'validated' (a partial or unverifiable one is never shown as validated). */
export const cvSources = async (doc: Y.Doc): Promise<CvSources> => {
  const validatedBy = new Map<string, string[]>()
  for (const checked of await readValidations(doc)) {
    const v = checked.validation
    if (checked.state !== 'verified' || v.hidden === true || v.status !== 'validated') continue
    validatedBy.set(v.competenceId, [...(validatedBy.get(v.competenceId) ?? []), v.trainer.organisation])
  }
  return {
    profile: getProfile(doc),
    experiences: listItems(doc, 'experiences').items,
    competences: listItems(doc, 'competences').items,
    projects: listItems(doc, 'projects').items,
    validatedBy,
  }
}

/** Saves a named selection ("CV vente") in the booklet; a new one when `id` is absent. */
export const saveCv = (
  doc: Y.Doc,
  input: CvPick & { name: string; id?: string },
  now: Date = new Date(),
): Result<CvSelection, 'invalid' | 'read-only'> => {
  const stamp = now.toISOString()
  const existing = input.id ? getItem(doc, 'cvs', input.id) : undefined
  return putItem(doc, 'cvs', {
    id: input.id ?? newId<CvSelectionId>(),
    name: input.name,
    layout: input.layout,
    lang: input.lang,
    experienceIds: [...input.experienceIds],
    competenceIds: [...input.competenceIds],
    projectIds: [...input.projectIds],
    contact: [...input.contact],
    createdAt: existing?.createdAt ?? stamp,
    updatedAt: stamp,
  })
}

/** The saved CVs, by name. */
export const savedCvs = (doc: Y.Doc): CvSelection[] =>
  [...listItems(doc, 'cvs').items].sort((a, b) => a.name.localeCompare(b.name))

/** A saved CV built from the booklet as it is now; undefined when the CV is gone. */
export const regenerateCv = async (doc: Y.Doc, id: string): Promise<CvDocument | undefined> => {
  const saved = getItem(doc, 'cvs', id)
  return saved ? buildCv(await cvSources(doc), saved) : undefined
}
