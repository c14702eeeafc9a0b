// The trainer's entries for one competence, as typed in the form, and their check before signing.
// "Partly" needs what remains to be learnt; it is written at the start of the credential's comment
// ("Reste à acquérir : …") so that every verifier shows it, with the trainer's comment after it, and
// in the assessment's `remaining` (the credential's own "remaining" Result, shown by Livret's readers).

import type { Assessment } from '../../../credential/index.ts'
import {
  COMPETENCE_LEVELS,
  type CompetenceLevel,
  LIMITS,
  VALIDATION_METHODS,
  type ValidationMethod,
  type ValidationStatus,
} from '../../../domain/index.ts'

/** One competence's entries in the form ('' = not chosen yet). */
export type AssessmentDraft = {
  status: ValidationStatus | ''
  remains: string
  level: CompetenceLevel | ''
  method: ValidationMethod | ''
  date: string
  evidence: string
  comment: string
}

/** The fields a draft can be wrong on. */
export type DraftField = 'remains' | 'level' | 'method' | 'date' | 'evidence' | 'comment'

/** What the form checks: the assessment, or the fields to fix ('skip' when nothing was chosen). */
export type DraftCheck =
  | { ok: true; assessment: Assessment }
  | { ok: false; skip: true }
  | { ok: false; skip: false; fields: Partial<Record<DraftField, 'required' | 'too-long' | 'invalid'>> }

/** Prefix of what remains, inside the comment. */
export const REMAINS_PREFIX = 'Reste à acquérir : '

/** Today as 'YYYY-MM-DD' in local time. */
export const today = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`

/** An empty draft dated today. */
export const emptyDraft = (now: Date = new Date()): AssessmentDraft => ({
  status: '',
  remains: '',
  level: '',
  method: '',
  date: today(now),
  evidence: '',
  comment: '',
})

const DAY = /^\d{4}-\d{2}-\d{2}$/

/** Checks a draft; the day must be a real date, not after `now`. */
export function checkDraft(d: AssessmentDraft, now: Date = new Date()): DraftCheck {
  if (d.status === '') return { ok: false, skip: true }
  const fields: Partial<Record<DraftField, 'required' | 'too-long' | 'invalid'>> = {}
  const remains = d.remains.trim()
  const comment = d.comment.trim()
  const evidence = d.evidence.trim()
  if (d.status === 'partial' && !remains) fields.remains = 'required'
  if (d.level === '' || !COMPETENCE_LEVELS.includes(d.level)) fields.level = 'required'
  if (d.method === '' || !VALIDATION_METHODS.includes(d.method)) fields.method = 'required'
  const day = new Date(`${d.date}T12:00:00Z`)
  if (!d.date) fields.date = 'required'
  else if (!DAY.test(d.date) || Number.isNaN(day.getTime()) || d.date > today(now)) fields.date = 'invalid'
  if (evidence.length > LIMITS.notes) fields.evidence = 'too-long'
  const fullComment =
    d.status === 'partial' && remains
      ? `${REMAINS_PREFIX}${remains}${comment ? `\n${comment}` : ''}`
      : comment
  if (fullComment.length > LIMITS.notes)
    fields[comment.length > remains.length ? 'comment' : 'remains'] = 'too-long'
  if (Object.keys(fields).length > 0 || d.level === '' || d.method === '')
    return { ok: false, skip: false, fields }
  return {
    ok: true,
    assessment: {
      status: d.status,
      level: d.level,
      method: d.method,
      date: d.date,
      ...(evidence ? { evidence } : {}),
      ...(fullComment ? { comment: fullComment } : {}),
      // Also as its own Result, so every reader shows what remains beside the decision.
      ...(d.status !== 'validated' && remains ? { remaining: remains } : {}),
    },
  }
}
