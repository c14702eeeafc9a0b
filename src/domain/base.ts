// Fields every stored item carries, and the cross-field rules shared by several entities.
import * as v from 'valibot'
import { TimestampSchema } from './primitives.ts'

/** `createdAt` and `updatedAt` entries, spread into each entity schema. Not compared with each other:
 * two devices' clocks may disagree. */
export const timestamps = { createdAt: TimestampSchema, updatedAt: TimestampSchema } as const

/** True unless both days are present and the end is before the start (ISO days compare as strings). */
export const endNotBeforeStart = (o: {
  startDate?: string | undefined
  endDate?: string | undefined
}): boolean => o.startDate === undefined || o.endDate === undefined || o.endDate >= o.startDate

/** Pipe rule "`field` only when `key` is `value`": an issue `code` on `field` otherwise. A partial check,
 * so the rule still reports when other fields are invalid; it never changes the schema's output type. */
export const onlyWhen = <
  TInput extends Record<string, unknown>,
  const TField extends keyof TInput & string,
  const TKey extends keyof TInput & string,
>(
  field: TField,
  key: TKey,
  value: TInput[TKey],
  code: string,
): v.BaseValidation<TInput, TInput, v.BaseIssue<unknown>> => {
  // valibot cannot check generic paths; the key types above are what keeps callers honest.
  type Loose = Record<string, unknown>
  const check = v.partialCheck<Loose, [[string], [string]], Loose, string>(
    [[key], [field]],
    (o) => o[field] === undefined || o[key] === value,
    code,
  )
  return v.forward<Loose, v.BaseIssue<unknown>, [string]>(check, [field]) as v.BaseValidation<
    TInput,
    TInput,
    v.BaseIssue<unknown>
  >
}
