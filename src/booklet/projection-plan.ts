// What a share projection holds: the picked items, read through the validating readers (invalid items
// never leave), with every cross-reference pruned to items that are also projected, so that no id of
// an unshared item leaks. Validations follow their competence, plan steps their objective.
import type * as Y from 'yjs'
import {
  type Competence,
  type Experience,
  type HolderRef,
  type JobApplication,
  type Objective,
  type PathStage,
  PICK_SECTIONS,
  type PickSection,
  type Profile,
  type SectionPick,
  type ShareSelection,
  type SituationItem,
} from '../domain/index.ts'
import { getProfile } from './profile.ts'
import { getItem, listItems } from './read.ts'
import type { ItemOf, Section } from './sections.ts'
import { readSituation } from './situation.ts'
import { holderRefsOf } from './validations.ts'

/** The projected content: items per section, the picked situation areas, the trimmed profile, and how
 * many picked ids were not found (deleted, never synced, or invalid). */
export type ProjectionPlan = {
  items: { [S in Section]: ItemOf<S>[] }
  situation: SituationItem[]
  profile: Profile | undefined
  missing: Record<PickSection, number>
  /** The holder references, only when validations are projected: the recipient needs them to check
   * that each credential is about this holder (readValidations on the projection). */
  holderRefs: HolderRef[]
}

type Picked<S extends Section> = { items: ItemOf<S>[]; missing: number }

const picked = <S extends Section>(doc: Y.Doc, section: S, p: SectionPick | undefined): Picked<S> => {
  if (p === undefined) return { items: [], missing: 0 }
  if ('all' in p) return { items: listItems(doc, section).items, missing: 0 }
  const items: ItemOf<S>[] = []
  let missing = 0
  for (const id of new Set(p.ids)) {
    const item = getItem(doc, section, id)
    if (item) items.push(item)
    else missing++
  }
  return { items, missing }
}

// Same array when every id is kept, so an unchanged item keeps its (cached, frozen) identity.
const keepOnly = <T extends string>(ids: readonly T[], keep: ReadonlySet<string>): T[] | undefined =>
  ids.every((id) => keep.has(id)) ? undefined : ids.filter((id) => keep.has(id))

const omit = <T extends object, K extends keyof T>(o: T, key: K): Omit<T, K> =>
  Object.fromEntries(Object.entries(o).filter(([k]) => k !== key)) as Omit<T, K>

const idsOf = (items: readonly { id: string }[]): Set<string> => new Set(items.map((i) => i.id))

const pruneExperience = (e: Experience, competences: ReadonlySet<string>): Experience => {
  const kept = keepOnly(e.competenceIds, competences)
  return kept ? { ...e, competenceIds: kept } : e
}

const pruneCompetence = (c: Competence, experiences: ReadonlySet<string>): Competence => {
  const kept = keepOnly(c.experienceIds, experiences)
  return kept ? { ...c, experienceIds: kept } : c
}

const pruneObjective = (o: Objective, projects: ReadonlySet<string>): Objective =>
  o.projectId !== undefined && !projects.has(o.projectId) ? omit(o, 'projectId') : o

const withoutProofs = (a: JobApplication): JobApplication =>
  a.proofIds.length === 0 ? a : { ...a, proofIds: [] }

const prunePathStage = (s: PathStage, contacts: ReadonlySet<string>): PathStage =>
  s.contactId !== undefined && !contacts.has(s.contactId) ? omit(s, 'contactId') : s

/** The profile as shared: the name chosen for the share (else the display name) always, other fields
 * only when picked. `languages` is required by the schema, so it is written empty when not picked (the
 * share meta says it was not shared). A share named by a person without a profile carries only the name. */
export const projectProfile = (doc: Y.Doc, fields: readonly string[], name?: string): Profile | undefined => {
  const p = getProfile(doc)
  if (!p) {
    if (!name) return undefined
    const at = new Date(0).toISOString()
    return { displayName: name, languages: [], createdAt: at, updatedAt: at } as Profile
  }
  const out: Record<string, unknown> = {
    displayName: name || p.displayName,
    languages: fields.includes('languages') ? p.languages : [],
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
  }
  for (const f of fields) {
    const value = (p as Record<string, unknown>)[f]
    if (f !== 'languages' && value !== undefined) out[f] = value
  }
  return out as Profile
}

const pickedSituation = (
  doc: Y.Doc,
  areas: readonly string[] | undefined,
): { situation: SituationItem[]; missing: number } => {
  if (!areas || areas.length === 0) return { missing: 0, situation: [] }
  const { items, invalid } = readSituation(doc)
  const bad = new Set(invalid.map((i) => i.id))
  const stored = doc.getMap<unknown>('situation')
  const situation: SituationItem[] = []
  let missing = 0
  for (const area of new Set(areas)) {
    const item = items.find((i) => i.area === area)
    // An area never filled in has nothing to share; an invalid one is never shared.
    if (item && stored.has(area) && !bad.has(area)) situation.push(item)
    else missing++
  }
  return { missing, situation }
}

/** Computes what a projection of `doc` under `selection` holds. Pure read: nothing is written. */
export const planProjection = (doc: Y.Doc, selection: ShareSelection): ProjectionPlan => {
  const s = selection.sections
  const exp = picked(doc, 'experiences', s.experiences)
  const comp = picked(doc, 'competences', s.competences)
  const proj = picked(doc, 'projects', s.projects)
  const obj = picked(doc, 'objectives', s.objectives)
  const path = picked(doc, 'path', s.path)
  const cont = picked(doc, 'contacts', s.contacts)
  const journal = picked(doc, 'journal', s.journal)
  const applications = picked(doc, 'applications', s.applications)
  const sit = pickedSituation(doc, s.situation?.ids)

  const expIds = idsOf(exp.items)
  const compIds = idsOf(comp.items)
  const objIds = idsOf(obj.items)
  const projIds = idsOf(proj.items)
  const contIds = idsOf(cont.items)
  const validations =
    compIds.size === 0
      ? []
      : listItems(doc, 'validations').items.filter((v) => compIds.has(v.competenceId) && v.hidden !== true)
  const steps =
    objIds.size === 0 ? [] : listItems(doc, 'steps').items.filter((st) => objIds.has(st.objectiveId))

  const missing = Object.fromEntries(PICK_SECTIONS.map((k) => [k, 0])) as Record<PickSection, number>
  missing.experiences = exp.missing
  missing.competences = comp.missing
  missing.projects = proj.missing
  missing.objectives = obj.missing
  missing.path = path.missing
  missing.contacts = cont.missing
  missing.journal = journal.missing
  missing.situation = sit.missing
  missing.applications = applications.missing

  return {
    items: {
      experiences: exp.items.map((e) => pruneExperience(e, compIds)),
      competences: comp.items.map((c) => pruneCompetence(c, expIds)),
      validations,
      projects: proj.items,
      objectives: obj.items.map((o) => pruneObjective(o, projIds)),
      steps,
      path: path.items.map((p) => prunePathStage(p, contIds)),
      contacts: cont.items,
      journal: journal.items,
      // The person's own agenda and saved CVs are never projected; job applications only as picked one
      // by one, without their proofs (photos and files stay on the person's device).
      appointments: [],
      applications: applications.items.map(withoutProofs),
      cvs: [],
    },
    situation: sit.situation,
    profile: projectProfile(doc, selection.profile, selection.name),
    missing,
    holderRefs: validations.length > 0 ? holderRefsOf(doc) : [],
  }
}
