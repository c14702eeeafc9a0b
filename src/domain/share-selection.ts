// What the holder picks for one share (DESIGN §2.4, DOMAIN principles 1 and 6). Pure: valibot only.
// Decisions:
// - A section is picked whole (`{ all: true }`, new items follow in a live share) or item by item
//   (`{ ids }`). The sensitive sections (situation by area key, journal, job applications) accept ONLY `{ ids }`:
//   `all` is refused with 'sensitive-item-by-item'. Validations are not picked: they go with their
//   competence; plan steps go with their objective (the `objectives` pick stands for the plan).
// - Picked ids that do not exist (any more) are not errors: an item may be deleted between picking
//   and projecting, or later during a live share. The projection skips them and its summary counts
//   them as `missing`. Unknown section names ARE refused ('unknown-section'): a typo must not
//   silently share nothing. A selection that picks nothing is refused ('nothing-picked').
// - The profile's display name is always shared (the holder chooses how to write it: a first name, a
//   nickname); other profile fields only when picked (`profile`), contact details never by default.
// - Expiry: a timestamp. `createShareSelection` fills the default (30 days) and refuses a date in the
//   past ('expiry-past') or more than 365 days ahead ('expiry-too-far'). The plain schema accepts any
//   timestamp so that stored records of past shares still read.
import * as v from 'valibot'
import { SENSITIVE_SECTIONS, SITUATION_AREAS, type SituationArea, vocabulary } from './enums.ts'
import {
  CompetenceIdSchema,
  ContactIdSchema,
  ExperienceIdSchema,
  JournalEntryIdSchema,
  ObjectiveIdSchema,
  PathStageIdSchema,
  ProjectIdSchema,
} from './ids.ts'
import { JobApplicationIdSchema } from './job-application.ts'
import { LIMITS, requiredText, TimestampSchema } from './primitives.ts'
import { fail, type Issue, ok, parse, type Result } from './result.ts'

/** Default lifetime of a share, in days. */
export const DEFAULT_SHARE_DAYS = 30
/** Longest lifetime of a share, in days. */
export const MAX_SHARE_DAYS = 365
/** Most ids one section may pick item by item. */
export const MAX_PICKED_IDS = 10_000

/** Snapshot (frozen at creation, the default) or live (follows the booklet while the share lasts). */
export const SHARE_MODES = vocabulary('snapshot live')
/** One share mode. */
export type ShareMode = (typeof SHARE_MODES)[number]

/** Sections that may be picked whole or item by item. */
export const WHOLE_PICKABLE_SECTIONS = vocabulary('experiences competences projects objectives path contacts')
/** Sections that may only be picked item by item: the sensitive ones. */
export const ITEM_BY_ITEM_SECTIONS = SENSITIVE_SECTIONS
/** Every key of `ShareSelection.sections`. */
export const PICK_SECTIONS = [...WHOLE_PICKABLE_SECTIONS, ...ITEM_BY_ITEM_SECTIONS] as const
/** One key of `ShareSelection.sections`. */
export type PickSection = (typeof PICK_SECTIONS)[number]

/** Profile fields the holder may add to the display name (which is always shared). */
export const PROFILE_SHARE_FIELDS = vocabulary('city languages drivingLicence summary birthDate email phone')
/** One optional profile field. */
export type ProfileShareField = (typeof PROFILE_SHARE_FIELDS)[number]

const idList = <S extends v.GenericSchema>(item: S) =>
  v.pipe(v.array(item), v.maxLength(MAX_PICKED_IDS, 'too-many'))

/** A section picked whole or item by item: exactly one of `all: true` and `ids`. (Not a v.union,
 * which would hide the issue of a bad id behind one 'invalid-pick'.) */
const pick = <S extends v.GenericSchema>(item: S) =>
  v.pipe(
    v.looseObject({}),
    v.check((o) => 'all' in o !== 'ids' in o, 'invalid-pick'),
    v.strictObject({ all: v.optional(v.literal(true, 'invalid-pick')), ids: v.optional(idList(item)) }),
    v.transform((o): { all: true } | { ids: v.InferOutput<S>[] } =>
      o.all === true ? { all: true } : { ids: o.ids ?? [] },
    ),
  )

/** A sensitive section: item by item only; `all` is refused with a code of its own. */
const itemByItem = <S extends v.GenericSchema>(item: S) =>
  v.pipe(
    v.looseObject({}),
    v.check((o) => !('all' in o), 'sensitive-item-by-item'),
    v.strictObject({ ids: idList(item) }, 'invalid-pick'),
  )

/** What is picked in each section; absent = nothing from that section. */
export const ShareSectionsSchema = v.pipe(
  v.looseObject({}),
  v.check(
    (o) => Object.keys(o).every((k) => (PICK_SECTIONS as readonly string[]).includes(k)),
    'unknown-section',
  ),
  v.object({
    experiences: v.optional(pick(ExperienceIdSchema)),
    competences: v.optional(pick(CompetenceIdSchema)),
    projects: v.optional(pick(ProjectIdSchema)),
    objectives: v.optional(pick(ObjectiveIdSchema)),
    path: v.optional(pick(PathStageIdSchema)),
    contacts: v.optional(pick(ContactIdSchema)),
    situation: v.optional(itemByItem(v.picklist(SITUATION_AREAS, 'invalid-area'))),
    journal: v.optional(itemByItem(JournalEntryIdSchema)),
    applications: v.optional(itemByItem(JobApplicationIdSchema)),
  }),
  v.check(
    (s) => Object.values(s).some((p) => p !== undefined && ('all' in p || p.ids.length > 0)),
    'nothing-picked',
  ),
)
/** The picks of a selection. */
export type ShareSections = v.InferOutput<typeof ShareSectionsSchema>
/** One pick: the whole section or some ids. */
export type SectionPick = { all: true } | { ids: readonly string[] }

/** Schema of a share selection (stored with the share record; expiry not compared with now here). */
export const ShareSelectionSchema = v.object({
  recipient: requiredText(LIMITS.name),
  /** The name the person gives themself in this share (their first name, initials…); the
   * projection's profile carries it instead of the booklet's display name. */
  name: v.optional(requiredText(LIMITS.name)),
  mode: v.optional(v.picklist(SHARE_MODES, 'invalid-mode'), 'snapshot'),
  /** The person lets the recipient propose steps for their plan (a proposal inbox travels with the share). */
  proposals: v.optional(v.boolean()),
  expiresAt: TimestampSchema,
  profile: v.optional(
    v.pipe(
      v.array(v.picklist(PROFILE_SHARE_FIELDS, 'invalid-profile-field')),
      v.maxLength(PROFILE_SHARE_FIELDS.length * 4, 'too-many'),
      v.transform((fields) => [...new Set(fields)]),
    ),
    [],
  ),
  sections: ShareSectionsSchema,
})
/** A validated share selection. */
export type ShareSelection = v.InferOutput<typeof ShareSelectionSchema>
/** What the share sheet hands to `createShareSelection`: expiry, mode and profile may be left out.
 * The type already refuses `all` on the sensitive sections; the schema checks it again at run time. */
export type ShareSelectionInput = {
  recipient: string
  name?: string
  mode?: ShareMode
  proposals?: boolean
  expiresAt?: string
  profile?: readonly ProfileShareField[]
  sections: { [K in (typeof WHOLE_PICKABLE_SECTIONS)[number]]?: SectionPick } & {
    situation?: { ids: readonly SituationArea[] }
    journal?: { ids: readonly string[] }
    applications?: { ids: readonly string[] }
  }
}

const DAY_MS = 86_400_000

/** The timestamp `days` days after `now`. */
export const shareExpiryIn = (days: number, now: Date = new Date()): string =>
  new Date(now.getTime() + days * DAY_MS).toISOString()

/** Checks an expiry against now: in the future, at most MAX_SHARE_DAYS ahead. Used on create and extend. */
export const checkShareExpiry = (
  expiresAt: string,
  now: Date = new Date(),
): Result<string, 'expiry-past' | 'expiry-too-far'> => {
  const t = Date.parse(expiresAt)
  if (!(t > now.getTime())) return fail('expiry-past', [{ path: 'expiresAt', code: 'expiry-past' }])
  if (t > now.getTime() + MAX_SHARE_DAYS * DAY_MS)
    return fail('expiry-too-far', [{ path: 'expiresAt', code: 'expiry-too-far' }])
  return ok(expiresAt)
}

/** Validates a new selection from the share sheet: defaults filled (30 days, snapshot, display name
 * only), expiry checked against `now`. Every problem comes back as field issues under 'invalid'. */
export const createShareSelection = (
  input: ShareSelectionInput,
  now: Date = new Date(),
): Result<ShareSelection, 'invalid'> => {
  const raw: unknown =
    typeof input === 'object' && input !== null && (input as { expiresAt?: unknown }).expiresAt === undefined
      ? { ...input, expiresAt: shareExpiryIn(DEFAULT_SHARE_DAYS, now) }
      : input
  const r = parse(ShareSelectionSchema, raw)
  if (!r.ok) return r
  const expiry = checkShareExpiry(r.value.expiresAt, now)
  return expiry.ok ? r : fail('invalid', expiry.issues as Issue[])
}

/** True once the share's expiry has passed. */
export const isShareExpired = (
  selection: Pick<ShareSelection, 'expiresAt'>,
  now: Date = new Date(),
): boolean => !(Date.parse(selection.expiresAt) > now.getTime())

/** True when a pick includes the item with this id (whole section or listed). */
export const pickIncludes = (p: SectionPick | undefined, id: string): boolean =>
  p !== undefined && ('all' in p || p.ids.includes(id))

/** What the received document says about its share (meta key 'share'); no ids, only section names. */
export const ShareMetaSchema = v.object({
  recipient: requiredText(LIMITS.name),
  mode: v.picklist(SHARE_MODES, 'invalid-mode'),
  expiresAt: TimestampSchema,
  sharedAt: TimestampSchema,
  profileFields: v.pipe(v.array(v.picklist(PROFILE_SHARE_FIELDS, 'invalid-profile-field')), v.maxLength(32)),
  sections: v.record(v.picklist(PICK_SECTIONS, 'unknown-section'), v.picklist(['all', 'items'])),
})
/** Share information carried by a projection. */
export type ShareMeta = v.InferOutput<typeof ShareMetaSchema>
