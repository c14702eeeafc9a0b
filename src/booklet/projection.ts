// Share projections (DESIGN §2.4): a NEW plain booklet document with the layout of createBookletDoc
// (same item ids, same schema version in meta) holding exactly what the holder picked (see
// projection-plan.ts for what is picked and how references are pruned). Being a fresh document, it
// carries none of the booklet's history: deleted or unpicked content cannot ride along in its bytes.
// Writing is a diff: only changed items are written, in one transaction, so a live projection
// (live-projection.ts) reuses it for each batch of booklet changes. Stored fields unknown to this app
// (written by a newer one) are never copied: items are re-written from their validated values.
import * as Y from 'yjs'
import {
  HOLDER_REF_KEY,
  HOLDER_REF_SET_PREFIX,
  PICK_SECTIONS,
  type Profile,
  ProfileSchema,
  type ProfileShareField,
  parse,
  type ShareMeta,
  ShareMetaSchema,
  type ShareMode,
  type ShareSelection,
  SituationItemSchema,
} from '../domain/index.ts'
import { writeFields } from './item-map.ts'
import { createBookletDoc, sectionMap, writableSectionMap } from './layout.ts'
import { type ProjectionPlan, planProjection } from './projection-plan.ts'
import {
  eachEntry,
  entryOf,
  isOldForm,
  type RawFields,
  rawFieldsOf,
  recordOf,
  storeRecord,
} from './record.ts'
import { fieldsOf, type ItemOf, SECTIONS, type Section, storedFieldsOf } from './sections.ts'
import { prepareWrite } from './write.ts'

export { type ProjectionPlan, planProjection, projectProfile } from './projection-plan.ts'

/** Transaction origin of projection writes (a sync layer may tell them apart from other writes). */
export const PROJECTION_ORIGIN = Symbol('livret-projection')

/** Key of the share information in the projection's `meta` map. */
export const SHARE_META_KEY = 'share'

// Deep equality of JSON-like values; object keys holding `undefined` count as absent.
const sameJson = (a: unknown, b: unknown): boolean => {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (a instanceof Y.AbstractType || b instanceof Y.AbstractType) return false
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

// True when the profile map holds exactly `value`'s known fields and nothing else. Compares the raw
// stored values (no parse of the target: cheap on every live change). `_map` avoids Yjs's slow
// iterators; its deleted entries are skipped.
const storedEquals = (
  m: Y.Map<unknown>,
  fields: readonly string[],
  value: Record<string, unknown>,
): boolean => {
  for (const [key, item] of m._map) if (!item.deleted && !fields.includes(key)) return false
  for (const f of fields) if (!sameJson(m.get(f), value[f])) return false
  return true
}

// True when a stored record holds exactly `value`'s known fields and nothing else.
const recordEquals = (raw: RawFields, fields: readonly string[], value: Record<string, unknown>): boolean => {
  for (const key of Object.keys(raw)) if (!fields.includes(key)) return false
  for (const f of fields) if (!sameJson(raw[f], value[f])) return false
  return true
}

type Op = () => void

// Entries (Yjs items) of a target known to hold a given (frozen, cached) value: an unchanged record
// is then skipped by identity, without comparing fields. A record's item never changes (a write
// makes a new one), so nothing needs forgetting.
const verified = new WeakMap<object, object>()

// Plans the writes that make `container` (keyed records) hold exactly `wanted`. Values are already
// validated (they come from the validating readers), so they are written as they are, whole, in the
// new form (record.ts); a stored record with foreign fields or in the old form is replaced.
const diffKeyed = (
  container: () => Y.Map<unknown>,
  existing: Y.Map<unknown> | undefined,
  wanted: ReadonlyMap<string, Record<string, unknown>>,
  fields: readonly string[],
  ops: Op[],
): void => {
  if (existing)
    eachEntry(existing, (key) => {
      if (!wanted.has(key)) ops.push(() => existing.delete(key))
    })
  for (const [key, value] of wanted) {
    const entry = existing ? entryOf(existing, key) : undefined
    if (entry && !isOldForm(entry)) {
      if (verified.get(entry) === value) continue
      const raw = rawFieldsOf(entry)
      if (raw && recordEquals(raw, fields, value)) {
        verified.set(entry, value)
        continue
      }
    }
    ops.push(() => storeRecord(container(), key, recordOf(fields, value, undefined)))
  }
}

const diffSection = <S extends Section>(target: Y.Doc, section: S, items: ItemOf<S>[], ops: Op[]): void => {
  const wanted = new Map<string, Record<string, unknown>>()
  for (const item of items) wanted.set((item as { id: string }).id, item as Record<string, unknown>)
  const container = () => writableSectionMap(target, section)
  diffKeyed(container, sectionMap(target, section), wanted, storedFieldsOf(section), ops)
}

const diffSituation = (target: Y.Doc, items: ProjectionPlan['situation'], ops: Op[]): void => {
  const map = target.getMap<unknown>('situation')
  const wanted = new Map(items.map((i) => [i.area as string, i as Record<string, unknown>]))
  diffKeyed(() => map, map, wanted, fieldsOf(SituationItemSchema), ops)
}

// The holder references under the same meta keys as in the booklet (validations.ts), nothing else.
const diffHolderRefs = (target: Y.Doc, refs: readonly string[], ops: Op[]): void => {
  const meta = target.getMap<unknown>('meta')
  const wanted = new Map<string, string>(refs.map((r) => [HOLDER_REF_SET_PREFIX + r, r]))
  if (refs[0] !== undefined) wanted.set(HOLDER_REF_KEY, refs[0])
  for (const key of meta.keys())
    if ((key === HOLDER_REF_KEY || key.startsWith(HOLDER_REF_SET_PREFIX)) && !wanted.has(key))
      ops.push(() => meta.delete(key))
  for (const [key, ref] of wanted) if (meta.get(key) !== ref) ops.push(() => meta.set(key, ref))
}

const diffProfile = (target: Y.Doc, profile: Profile | undefined, ops: Op[]): void => {
  const map = target.getMap<unknown>('profile')
  const fields = profile ? fieldsOf(ProfileSchema) : []
  if (storedEquals(map, fields, profile ?? {})) return
  ops.push(() => {
    for (const k of [...map.keys()]) if (!fields.includes(k)) map.delete(k)
    if (profile) writeFields(map, fields, profile)
  })
}

/** The share information a projection carries, or undefined when absent or invalid (read on the
 * operator's side from a remote document: validated). */
export const readShareMeta = (doc: Y.Doc): ShareMeta | undefined => {
  const r = parse(ShareMetaSchema, doc.getMap('meta').get(SHARE_META_KEY))
  return r.ok ? r.value : undefined
}

/** Meta key of a projection holding the fragment of a proposal link: the person lets the recipient
 * propose steps (written once at creation; a projection rewrite leaves it alone). */
export const PROPOSALS_META_KEY = 'proposals'

/** The proposal link fragment a projection carries, or undefined (a string of at most 4,096
 * characters; the proposals feature parses it). */
export const readShareProposals = (doc: Y.Doc): string | undefined => {
  const raw = doc.getMap('meta').get(PROPOSALS_META_KEY)
  return typeof raw === 'string' && raw.length > 0 && raw.length <= 4096 ? raw : undefined
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
  diffHolderRefs(target, plan.holderRefs, ops)
  const metaMap = target.getMap<unknown>('meta')
  if (!sameJson(metaMap.get(SHARE_META_KEY), meta))
    ops.push(() => metaMap.set(SHARE_META_KEY, JSON.parse(JSON.stringify(meta))))
  if (ops.length === 0) return 0
  const ready = prepareWrite(target)
  if (!ready.ok) throw new Error('writeProjection: the target document is read-only (newer version)')
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
/** Sections a projection never holds: the person's agenda and saved CVs (job applications only when
 * picked one by one). */
export const NEVER_PROJECTED = ['appointments', 'cvs'] as const satisfies readonly Section[]
type NeverProjected = (typeof NEVER_PROJECTED)[number]
const isProjected = (s: Section): s is Exclude<Section, NeverProjected> =>
  !(NEVER_PROJECTED as readonly string[]).includes(s)
/** Sections of a projection, the situation included. */
export type ProjectedSection = Exclude<Section, NeverProjected> | 'situation'
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
  const titles: { [S in Exclude<Section, NeverProjected>]: (item: ItemOf<S>) => string } = {
    experiences: (e) => e.title,
    competences: (c) => c.label,
    validations: (v) => `${labels.get(v.competenceId) ?? ''} — ${v.trainer.name}`,
    projects: (p) => p.targetJob,
    objectives: (o) => o.title,
    steps: (s) => s.title,
    path: (p) => p.title || p.organisation,
    contacts: (c) => c.name,
    journal: (j) => `${j.date} — ${short(j.text)}`,
    applications: (a) => `${a.date} — ${a.job} · ${a.employer}`,
  }
  const missingOf = (k: ProjectedSection): number =>
    (PICK_SECTIONS as readonly string[]).includes(k) ? plan.missing[k as keyof typeof plan.missing] : 0
  const sections = {} as Record<ProjectedSection, SectionSummary>
  let total = 0
  for (const section of SECTIONS) {
    if (!isProjected(section)) continue
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
