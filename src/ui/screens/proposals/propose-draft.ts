// The draft behind the operator's proposal form, what it checks, and the proposal it makes: the
// objective, the steps that have anything in them, and per step the commitments of the person, of
// the proposer and of other professionals (role 'other', named by their organisation).
import { type Actor, newId, nowIso, type PlanProposalInput } from '../../../domain/index.ts'
import type { MessageKey } from '../../../i18n/index.ts'

/** Another professional's commitment being written. */
export type OtherDraft = { key: number; who: string; text: string }
/** A step being written. */
export type StepDraft = {
  key: number
  title: string
  dueDate: string
  holder: string
  mine: string
  /** Commitments of other professionals (another organisation). */
  others: OtherDraft[]
}
/** The whole form. */
export type Draft = {
  name: string
  organisation: string
  objective: string
  description: string
  targetDate: string
  steps: StepDraft[]
}
/** Errors by field id. */
export type Errors = Record<string, MessageKey>

// Row keys start from the clock: a draft read back after a reload keeps its keys, new rows never reuse them.
let nextKey = Date.now()
/** A fresh key for a list row. */
export const rowKey = (): number => nextKey++
const isText = (x: unknown): x is string => typeof x === 'string'
const isRow = (o: unknown): boolean =>
  typeof o === 'object' && o !== null && typeof (o as OtherDraft).key === 'number'

/** True when a kept value has the shape of a Draft (read back after a reload). */
export const isProposeDraft = (x: unknown): x is Draft => {
  const d = x as Partial<Draft> | null
  return (
    typeof d === 'object' &&
    d !== null &&
    [d.name, d.organisation, d.objective, d.description, d.targetDate].every(isText) &&
    Array.isArray(d.steps) &&
    d.steps.every(
      (s) =>
        isRow(s) &&
        [s.title, s.dueDate, s.holder, s.mine].every(isText) &&
        Array.isArray(s.others) &&
        s.others.every((o) => isRow(o) && isText(o.who) && isText(o.text)),
    )
  )
}

/** A step with nothing written. */
export const emptyStep = (): StepDraft => ({
  key: rowKey(),
  title: '',
  dueDate: '',
  holder: '',
  mine: '',
  others: [],
})
/** Whether anything was written in a step. */
export const filled = (s: StepDraft): boolean =>
  Boolean(
    s.title.trim() ||
      s.holder.trim() ||
      s.mine.trim() ||
      s.dueDate ||
      s.others.some((o) => o.who.trim() || o.text.trim()),
  )

/** What the form checks; errors by field id. */
export const check = (d: Draft): Errors => {
  const errors: Errors = {}
  if (!d.name.trim()) errors['propose-name'] = 'propose.required'
  if (!d.objective.trim()) errors['propose-objective'] = 'propose.required'
  d.steps.forEach((s, i) => {
    if (filled(s) && !s.title.trim()) errors[`propose-step-${i}-title`] = 'propose.required'
    s.others.forEach((o, j) => {
      if (o.text.trim() && !o.who.trim()) errors[`propose-step-${i}-other-${j}-who`] = 'propose.required'
    })
  })
  return errors
}

/** The proposal the draft describes. */
export const build = (d: Draft): PlanProposalInput => {
  const me: Actor = {
    role: 'operator',
    name: d.name.trim(),
    ...(d.organisation.trim() ? { organisation: d.organisation.trim() } : {}),
  }
  return {
    id: newId(),
    proposedBy: me,
    createdAt: nowIso(),
    objective: {
      title: d.objective.trim(),
      ...(d.description.trim() ? { description: d.description.trim() } : {}),
      ...(d.targetDate ? { targetDate: d.targetDate } : {}),
    },
    steps: d.steps.filter(filled).map((s) => ({
      title: s.title.trim(),
      ...(s.dueDate ? { dueDate: s.dueDate } : {}),
      commitments: [
        ...(s.holder.trim()
          ? [{ actor: { role: 'holder' as const }, text: s.holder.trim(), done: false }]
          : []),
        ...(s.mine.trim() ? [{ actor: me, text: s.mine.trim(), done: false }] : []),
        ...s.others
          .filter((o) => o.who.trim() && o.text.trim())
          .map((o) => ({
            actor: { role: 'other' as const, organisation: o.who.trim() },
            text: o.text.trim(),
            done: false,
          })),
      ],
    })),
  }
}
