// Expected outcomes of domain checks: a value, or a kebab-case code (with field issues for forms).
import * as v from 'valibot'

/** One problem with one field: `path` is a dot path ('commitments.0.text'), '' for the whole value. */
export type Issue = { path: string; code: string }

/** Result of an operation that can fail in an expected way; `issues` explain an 'invalid' code. */
export type Result<T, C extends string> = { ok: true; value: T } | { ok: false; code: C; issues?: Issue[] }

/** Builds a successful result. */
export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value })

/** Builds a failed result, optionally with field issues. */
export const fail = <C extends string>(
  code: C,
  issues?: Issue[],
): { ok: false; code: C; issues?: Issue[] } => (issues ? { ok: false, code, issues } : { ok: false, code })

// Our schemas give kebab-case codes as messages ('too-long', 'invalid-date'); valibot's own messages
// are sentences, so then the issue type (snake_case) becomes the code; a missing value is 'required'.
const CODE_RE = /^[a-z][a-z0-9-]*$/
const toCode = (issue: v.BaseIssue<unknown>): string => {
  if (issue.kind === 'schema' && issue.input === undefined) return 'required'
  if (CODE_RE.test(issue.message)) return issue.message
  return issue.type.replaceAll('_', '-')
}

/** Flattens valibot issues to `{ path, code }` so a form can show each error beside its field. */
export const toIssues = (issues: readonly v.BaseIssue<unknown>[]): Issue[] =>
  issues.map((issue) => ({ path: v.getDotPath(issue) ?? '', code: toCode(issue) }))

/** Parses an untrusted value with a schema: the typed output, or 'invalid' with flattened issues. */
export const parse = <S extends v.GenericSchema>(
  schema: S,
  value: unknown,
): Result<v.InferOutput<S>, 'invalid'> => {
  const r = v.safeParse(schema, value)
  return r.success ? ok(r.output) : fail('invalid', toIssues(r.issues))
}

/** The value of a JSON text; undefined when it is not a string, is longer than `maxLength`, or is
 * not JSON. JSON has no undefined, so a schema check of the outcome refuses all of these alike. */
export const jsonValue = (text: unknown, maxLength: number = Number.POSITIVE_INFINITY): unknown => {
  if (typeof text !== 'string' || text.length > maxLength) return undefined
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}
