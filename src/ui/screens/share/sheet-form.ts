// The share sheet's form state and its check at the boundary: the raw values of the form (texts,
// ticked boxes) are parsed with valibot, then turned into a ShareSelectionInput and validated by
// the domain (createShareSelection: nothing picked, expiry…). Every problem comes back as a field
// issue ('recipient', 'days', 'sections', 'mode') that the sheet shows beside its field.
import * as v from 'valibot'
import {
  createShareSelection,
  DEFAULT_SHARE_DAYS,
  type Issue,
  LIMITS,
  MAX_SHARE_DAYS,
  PROFILE_SHARE_FIELDS,
  type ProfileShareField,
  SHARE_MODES,
  type ShareMode,
  type ShareSelection,
  type ShareSelectionInput,
  SITUATION_AREAS,
  type SituationArea,
  shareExpiryIn,
  WHOLE_PICKABLE_SECTIONS,
} from '../../../domain/index.ts'

/** A section that may be picked whole. */
export type WholeSection = (typeof WHOLE_PICKABLE_SECTIONS)[number]

/** What the form holds for one section: the whole section, or the ticked items. */
export type FormPick = { all: boolean; ids: readonly string[] }

/** The raw state of the share sheet. */
export type SheetForm = {
  recipient: string
  /** The name the person gives themself in this share (prefilled with their first name). */
  name: string
  mode: ShareMode
  /** The recipient may propose steps for the plan (answered step by step by the person). */
  proposals: boolean
  /** Typed by the person: a whole number of days. */
  days: string
  profile: readonly ProfileShareField[]
  sections: Readonly<Record<WholeSection, FormPick>>
  situation: readonly SituationArea[]
  journal: readonly string[]
  /** Job applications picked one by one (absent in drafts kept before issue 13). */
  applications?: readonly string[]
}

/** An empty form: snapshot, 30 days, nothing picked. */
export const emptySheetForm = (): SheetForm => ({
  recipient: '',
  name: '',
  mode: 'snapshot',
  proposals: false,
  days: String(DEFAULT_SHARE_DAYS),
  profile: [],
  sections: Object.fromEntries(
    WHOLE_PICKABLE_SECTIONS.map((s): [WholeSection, FormPick] => [s, { all: false, ids: [] }]),
  ) as Record<WholeSection, FormPick>,
  situation: [],
  journal: [],
  applications: [],
})

const ids = v.pipe(v.array(v.string()), v.maxLength(10_000, 'too-many'))
const formPick = v.object({ all: v.boolean(), ids })

/** Schema of the raw form (the boundary check: types, trimmed recipient, whole days in range). */
export const SheetFormSchema = v.object({
  recipient: v.pipe(v.string(), v.trim(), v.minLength(1, 'empty'), v.maxLength(LIMITS.name, 'too-long')),
  name: v.pipe(v.string(), v.trim(), v.maxLength(LIMITS.name, 'too-long')),
  mode: v.picklist(SHARE_MODES, 'invalid'),
  proposals: v.optional(v.boolean(), false),
  days: v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'share-days'),
    v.regex(/^\d{1,3}$/, 'share-days'),
    v.transform(Number),
    v.minValue(1, 'share-days'),
    v.maxValue(MAX_SHARE_DAYS, 'share-days'),
  ),
  profile: v.array(v.picklist(PROFILE_SHARE_FIELDS, 'invalid')),
  sections: v.object(
    Object.fromEntries(WHOLE_PICKABLE_SECTIONS.map((s) => [s, formPick])) as Record<
      WholeSection,
      typeof formPick
    >,
  ),
  situation: v.array(v.picklist(SITUATION_AREAS, 'invalid')),
  journal: ids,
  applications: v.optional(ids, []),
})

/** Field of the sheet an issue belongs to. */
export type SheetField = 'recipient' | 'name' | 'days' | 'mode' | 'sections' | 'form'

/** The field an issue path points at. */
const fieldOf = (path: string): SheetField => {
  const first = path.split('.')[0] ?? ''
  if (first === 'recipient' || first === 'mode' || first === 'name') return first
  if (first === 'days' || first === 'expiresAt') return 'days'
  if (['sections', 'situation', 'journal', 'applications', 'profile'].includes(first)) return 'sections'
  return 'form'
}

/** Errors by field: the first issue code of each. */
export type SheetErrors = Partial<Record<SheetField, string>>

const toErrors = (issues: readonly Issue[]): SheetErrors => {
  const errors: SheetErrors = {}
  for (const i of issues) errors[fieldOf(i.path)] ??= i.code
  return errors
}

const pathOf = (issue: v.BaseIssue<unknown>): string =>
  issue.path?.map((p) => String((p as { key: unknown }).key)).join('.') ?? ''

// True when a form-like value ticks nothing at all (told together with the other field errors).
const picksNothing = (form: unknown): boolean => {
  const f = form as Partial<SheetForm> | null
  if (typeof f !== 'object' || f === null) return false
  const sections = Object.values(f.sections ?? {}) as Partial<FormPick>[]
  return (
    !sections.some((p) => p?.all === true || (p?.ids?.length ?? 0) > 0) &&
    (f.situation?.length ?? 0) === 0 &&
    (f.journal?.length ?? 0) === 0 &&
    (f.applications?.length ?? 0) === 0
  )
}

/** True when a kept value has the shape of a sheet form (a draft read back after a reload). */
export const isSheetForm = (x: unknown): x is SheetForm => v.is(SheetFormShape, x)

const SheetFormShape = v.object({
  recipient: v.string(),
  name: v.string(),
  mode: v.picklist(SHARE_MODES),
  proposals: v.optional(v.boolean()),
  days: v.string(),
  profile: v.array(v.picklist(PROFILE_SHARE_FIELDS)),
  sections: v.object(
    Object.fromEntries(WHOLE_PICKABLE_SECTIONS.map((s) => [s, formPick])) as Record<
      WholeSection,
      typeof formPick
    >,
  ),
  situation: v.array(v.picklist(SITUATION_AREAS)),
  journal: v.array(v.string()),
  applications: v.optional(v.array(v.string())),
})

/** Checks the form and builds the selection (validated by the domain with `now`). */
export function checkSheet(
  form: unknown,
  now: Date = new Date(),
): { ok: true; input: ShareSelectionInput; selection: ShareSelection } | { ok: false; errors: SheetErrors } {
  const parsed = v.safeParse(SheetFormSchema, form)
  if (!parsed.success) {
    const issues = parsed.issues.map((i) => ({
      path: pathOf(i),
      code: /^[a-z-]+$/.test(i.message) ? i.message : 'invalid',
    }))
    if (picksNothing(form)) issues.push({ path: 'sections', code: 'nothing-picked' })
    return { ok: false, errors: toErrors(issues) }
  }
  const f = parsed.output
  const sections: ShareSelectionInput['sections'] = {}
  for (const s of WHOLE_PICKABLE_SECTIONS) {
    const p = f.sections[s]
    if (p.all) sections[s] = { all: true }
    else if (p.ids.length > 0) sections[s] = { ids: [...new Set(p.ids)] }
  }
  if (f.situation.length > 0) sections.situation = { ids: [...new Set(f.situation)] }
  if (f.journal.length > 0) sections.journal = { ids: [...new Set(f.journal)] }
  if (f.applications.length > 0) sections.applications = { ids: [...new Set(f.applications)] }
  const input: ShareSelectionInput = {
    recipient: f.recipient,
    ...(f.name ? { name: f.name } : {}),
    mode: f.mode,
    ...(f.proposals ? { proposals: true } : {}),
    expiresAt: shareExpiryIn(f.days, now),
    profile: f.profile,
    sections,
  }
  const selected = createShareSelection(input, now)
  if (!selected.ok) return { ok: false, errors: toErrors(selected.issues ?? [{ path: '', code: 'invalid' }]) }
  return { ok: true, input, selection: selected.value }
}
