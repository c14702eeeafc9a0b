// Share projections (DESIGN §2.4): a NEW plain booklet document with the layout of createBookletDoc
// (same item ids, same schema version in meta) holding exactly what the holder picked (see
// projection-plan.ts for what is picked and how references are pruned). Being a fresh document, it
// carries none of the booklet's history: deleted or unpicked content cannot ride along in its bytes.
// Writing is a diff: only changed items are written, in one transaction, so a live projection
// (live-projection.ts) reuses it for each batch of booklet changes. Stored fields unknown to this app
// (written by a newer one) are never copied: items are re-written from their validated values.
import * as Y from 'yjs'
import {
  PICK_SECTIONS,
  type Profile,
  ProfileSchema,
  type ProfileShareField,
  parse,
  type Result,
  type ShareMeta,
  ShareMetaSchema,
  type ShareMode,
  type ShareSelection,
  SituationItemSchema,
} from '../domain/index.ts'
import { createBookletDoc, sectionMap, writableSectionMap } from './layout.ts'
import { getProfile, putProfile } from './profile.ts'
import { type ProjectionPlan, planProjection } from './projection-plan.ts'
import { getItem } from './read.ts'
import { fieldsOf, type ItemInput, type ItemOf, SECTIONS, type Section, storedFieldsOf } from './sections.ts'
import { putSituationItem, readSituation } from './situation.ts'
import { putItem } from './write.ts'

export { type ProjectionPlan, planProjection, projectProfile } from './projection-plan.ts'

/** Transaction origin of projection writes (a sync layer may tell them apart from other writes). */
export const PROJECTION_ORIGIN = Symbol('livret-projection')

/** Key of the share information in the projection's `meta` map. */
export const SHARE_META_KEY = 'share'

const must = (r: Result<unknown, string>): void => {
  if (!r.ok) throw new Error(`projection write refused: ${r.code}`)
}

// Deep equality of JSON-like values; object keys holding `undefined` count as absent.
const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    return a.every((x, i) => sameJson(x, b[i]))
  }
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined)
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined)
  return ka.length === kb.length && ka.every((k) => sameJson(ra[k], rb[k]))
}

const hasOnlyKeys = (m: Y.Map<unknown>, fields: readonly string[]): boolean => {
  for (const k of m.keys()) if (!fields.includes(k)) return false
  return true
}

type Op = () => void

const diffSection = <S extends Section>(target: Y.Doc, section: S, items: ItemOf<S>[], ops: Op[]): void => {
  const map = sectionMap(target, section)
  const wanted = new Map<string, ItemOf<S>>()
  for (const item of items) wanted.set((item as { id: string }).id, item)
  if (map) for (const key of map.keys()) if (!wanted.has(key)) ops.push(() => map.delete(key))
  const fields = storedFieldsOf(section)
  for (const [id, item] of wanted) {
    const stored = map?.get(id)
    if (stored instanceof Y.Map && hasOnlyKeys(stored, fields)) {
      const current = getItem(target, section, id)
      if (current && sameJson(current, item)) continue
    } else if (stored !== undefined) ops.push(() => writableSectionMap(target, section).delete(id))
    ops.push(() => must(putItem(target, section, item as ItemInput<S>)))
  }
}

const diffProfile = (target: Y.Doc, profile: Profile | undefined, ops: Op[]): void => {
  const map = target.getMap<unknown>('profile')
  const fields = fieldsOf(ProfileSchema)
  const clear = (keep: readonly string[]) => () => {
    for (const k of [...map.keys()]) if (!keep.includes(k)) map.delete(k)
  }
  if (!profile) {
    if (map.size > 0) ops.push(clear([]))
    return
  }
  const current = getProfile(target)
  if (current && hasOnlyKeys(map, fields) && sameJson(current, profile)) return
  ops.push(clear(fields), () => must(putProfile(target, profile)))
}

const diffSituation = (target: Y.Doc, items: ProjectionPlan['situation'], ops: Op[]): void => {
  const map = target.getMap<unknown>('situation')
  const wanted = new Set<string>(items.map((i) => i.area))
  for (const key of map.keys()) if (!wanted.has(key)) ops.push(() => map.delete(key))
  const current = readSituation(target).items
  const fields = fieldsOf(SituationItemSchema)
  for (const item of items) {
    const stored = map.get(item.area)
    if (stored instanceof Y.Map && hasOnlyKeys(stored, fields)) {
      if (
        sameJson(
          current.find((c) => c.area === item.area),
          item,
        )
      )
        continue
    } else if (stored !== undefined) ops.push(() => map.delete(item.area))
    ops.push(() => must(putSituationItem(target, item)))
  }
}

/** The share information a projection carries, or undefined when absent or invalid (read on the
 * operator's side from a remote document: validated). */
export const readShareMeta = (doc: Y.Doc): ShareMeta | undefined => {
  const r = parse(ShareMetaSchema, doc.getMap('meta').get(SHARE_META_KEY))
  return r.ok ? r.value : undefined
}

/** The share information for a selection; `sharedAt` is kept from an earlier write of the same doc. */
export const shareMetaOf = (selection: ShareSelection, target: Y.Doc, now: Date = new Date()): ShareMeta => {
  const sections: ShareMeta['sections'] = {}
  for (const k of PICK_SECTIONS) {
    const p = selection.sections[k]
    if (p) sections[k] = 'all' in p ? 'all' : 'items'
  }
  return {
    recipient: selection.recipient,
    mode: selection.mode,
    expiresAt: selection.expiresAt,
    sharedAt: readShareMeta(target)?.sharedAt ?? now.toISOString(),
    profileFields: [...selection.profile],
    sections,
  }
}

/** Writes a plan into `target`, changing only what differs, in one transaction. Returns the number of
 * write operations (0 when the target already matched). */
export const writeProjection = (target: Y.Doc, plan: ProjectionPlan, meta: ShareMeta): number => {
  const ops: Op[] = []
  for (const section of SECTIONS) diffSection(target, section, plan.items[section], ops)
  diffProfile(target, plan.profile, ops)
  diffSituation(target, plan.situation, ops)
  const metaMap = target.getMap<unknown>('meta')
  if (!sameJson(metaMap.get(SHARE_META_KEY), meta))
    ops.push(() => metaMap.set(SHARE_META_KEY, JSON.parse(JSON.stringify(meta))))
  if (ops.length > 0)
    target.transact(() => {
      for (const op of ops) op()
    }, PROJECTION_ORIGIN)
  return ops.length
}

/** Brings `target` to the projection of `booklet` under `selection`; returns the number of writes. */
export const syncProjection = (
  booklet: Y.Doc,
  target: Y.Doc,
  selection: ShareSelection,
  now: Date = new Date(),
): number => writeProjection(target, planProjection(booklet, selection), shareMetaOf(selection, target, now))

/** A NEW plain Y.Doc (booklet layout, same ids and schema version) holding exactly the picked items. */
export const projectBooklet = (booklet: Y.Doc, selection: ShareSelection, now: Date = new Date()): Y.Doc => {
  const target = createBookletDoc()
  syncProjection(booklet, target, selection, now)
  return target
}

/** One line of the preview. */
export type SummaryItem = { id: string; title: string }
/** What one section of the projection holds; `missing` counts picked ids that were not found. */
export type SectionSummary = { count: number; items: SummaryItem[]; missing: number }
/** Sections of a projection, the situation included. */
export type ProjectedSection = Section | 'situation'
/** The preview shown before a share is created: exactly what the operator will see. Situation items
 * are titled by their area key (the UI shows the area's label). */
export type ProjectionSummary = {
  recipient: string
  mode: ShareMode
  expiresAt: string
  profile: { displayName: string; fields: ProfileShareField[] } | undefined
  sections: Record<ProjectedSection, SectionSummary>
  total: number
}

const short = (s: string, max = 80): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s)

/** Counts and titles per section of what `projectBooklet(doc, selection)` would hold. */
export const projectionSummary = (selection: ShareSelection, doc: Y.Doc): ProjectionSummary => {
  const plan = planProjection(doc, selection)
  const labels = new Map(plan.items.competences.map((c) => [c.id as string, c.label]))
  const titles: { [S in Section]: (item: ItemOf<S>) => string } = {
    experiences: (e) => e.title,
    competences: (c) => c.label,
    validations: (v) => `${labels.get(v.competenceId) ?? ''} — ${v.trainer.name}`,
    projects: (p) => p.targetJob,
    objectives: (o) => o.title,
    steps: (s) => s.title,
    path: (p) => p.title || p.organisation,
    contacts: (c) => c.name,
    journal: (j) => `${j.date} — ${short(j.text)}`,
  }
  const missingOf = (k: ProjectedSection): number =>
    (PICK_SECTIONS as readonly string[]).includes(k) ? plan.missing[k as keyof typeof plan.missing] : 0
  const sections = {} as Record<ProjectedSection, SectionSummary>
  let total = 0
  for (const section of SECTIONS) {
    const title = titles[section] as (item: unknown) => string
    const items = (plan.items[section] as { id: string }[]).map((i) => ({ id: i.id, title: title(i) }))
    sections[section] = { count: items.length, items, missing: missingOf(section) }
    total += items.length
  }
  const situation = plan.situation.map((s) => ({ id: s.area, title: s.area }))
  sections.situation = { count: situation.length, items: situation, missing: missingOf('situation') }
  total += situation.length
  const p = plan.profile
  const profile = p && {
    displayName: p.displayName,
    fields: selection.profile.filter((f) => {
      const value = (p as Record<string, unknown>)[f]
      return value !== undefined && !(Array.isArray(value) && value.length === 0)
    }),
  }
  return {
    recipient: selection.recipient,
    mode: selection.mode,
    expiresAt: selection.expiresAt,
    profile,
    sections,
    total,
  }
}
