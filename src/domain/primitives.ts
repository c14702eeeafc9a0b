// Shared building blocks of every schema: bounded texts, ISO days and timestamps, id patterns.
import * as v from 'valibot'

/** Length limits used across entities (characters after trimming). */
export const LIMITS = {
  name: 120,
  label: 200,
  shortText: 1_000,
  notes: 5_000,
  code: 64,
  phone: 40,
  email: 254,
  ids: 500,
  commitments: 20,
  languages: 20,
  credentialBytes: 65_536,
} as const

// C0 controls except tab, line feed and carriage return, plus DEL: never valid in a person's text.
const hasControlChars = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true
  }
  return false
}

/** A trimmed text of at most `max` characters, possibly empty, without control characters. */
export const text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.maxLength(max, 'too-long'),
    v.check((s) => !hasControlChars(s), 'control-chars'),
  )

/** A trimmed, non-empty text of at most `max` characters. */
export const requiredText = (max: number) => v.pipe(text(max), v.minLength(1, 'empty'))

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/
const STAMP_RE = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?Z$/

/** True for a real calendar day 'YYYY-MM-DD' between 1900 and 2200 (2024-02-30 is false). */
export const isValidDay = (s: string): boolean => {
  const m = DAY_RE.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1) return false
  return d <= new Date(Date.UTC(y, mo, 0)).getUTCDate()
}

/** True for a UTC timestamp as written by `Date.prototype.toISOString` with a real calendar day. */
export const isValidTimestamp = (s: string): boolean => {
  const m = STAMP_RE.exec(s)
  return m !== null && isValidDay(m[1] ?? '')
}

/** An ISO calendar day 'YYYY-MM-DD' (used where a day is meant: due dates, stage dates, journal). */
export const IsoDaySchema = v.pipe(v.string(), v.check(isValidDay, 'invalid-date'))

/** An ISO UTC timestamp (createdAt, updatedAt). */
export const TimestampSchema = v.pipe(v.string(), v.check(isValidTimestamp, 'invalid-timestamp'))

/** The current time as a timestamp accepted by TimestampSchema. */
export const nowIso = (): string => new Date().toISOString()

/** Today as an ISO day in UTC. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10)

/** An email address, bounded. */
export const EmailSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(LIMITS.email, 'too-long'),
  v.email('invalid-email'),
)

/** A phone number: digits, spaces and + ( ) . - / only. */
export const PhoneSchema = v.pipe(
  v.string(),
  v.trim(),
  v.maxLength(LIMITS.phone, 'too-long'),
  v.regex(/^[0-9+()./\s-]+$/, 'invalid-phone'),
)
