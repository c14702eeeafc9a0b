// Test helper: the issues of a parse as 'path:code' strings, [] when valid.
import type * as v from 'valibot'
import { parse } from './result.ts'

/** 'path:code' of each issue when `value` is refused by `schema`; [] when accepted. */
export const issuesOf = (schema: v.GenericSchema, value: unknown): string[] => {
  const r = parse(schema, value)
  return r.ok ? [] : (r.issues ?? []).map((i) => `${i.path}:${i.code}`)
}
