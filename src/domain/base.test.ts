import * as v from 'valibot'
import { describe, expect, expectTypeOf, it } from 'vitest'
import type { AppointmentSchema } from './appointment.ts'
import { onlyWhen } from './base.ts'
import type { CompetenceSchema } from './competence.ts'
import type { PathStageSchema } from './path-stage.ts'

const Schema = v.pipe(
  v.object({ kind: v.picklist(['a', 'b']), extra: v.optional(v.string()), other: v.number() }),
  onlyWhen('extra', 'kind', 'a', 'extra-not-a'),
)
const where = (r: v.SafeParseResult<typeof Schema>): string[] =>
  (r.issues ?? []).map((i) => `${v.getDotPath(i)}:${i.message}`)

describe('onlyWhen', () => {
  it('accepts the field with the right value, or no field at all', () => {
    expect(v.safeParse(Schema, { kind: 'a', extra: 'x', other: 1 }).success).toBe(true)
    expect(v.safeParse(Schema, { kind: 'b', other: 1 }).success).toBe(true)
  })
  it('reports the code on the field when the other field has another value', () => {
    expect(where(v.safeParse(Schema, { kind: 'b', extra: 'x', other: 1 }))).toEqual(['extra:extra-not-a'])
  })
  it('still reports when an unrelated field is invalid, but not when its own fields are', () => {
    expect(where(v.safeParse(Schema, { kind: 'b', extra: 'x', other: 'no' }))).toContain('extra:extra-not-a')
    expect(where(v.safeParse(Schema, { kind: 'c', extra: 'x', other: 1 }))).not.toContain('extra:extra-not-a')
  })
  it('refuses unknown fields and impossible values at compile time', () => {
    const shape = v.object({ kind: v.picklist(['a', 'b']), extra: v.optional(v.string()) })
    // @ts-expect-error 'nope' is not a field
    v.pipe(shape, onlyWhen('nope', 'kind', 'a', 'x'))
    // @ts-expect-error 'c' is not a kind
    v.pipe(shape, onlyWhen('extra', 'kind', 'c', 'x'))
    expect(
      v.safeParse(v.pipe(shape, onlyWhen('extra', 'kind', 'b', 'x')), { kind: 'b', extra: '' }).success,
    ).toBe(true)
  })
  it('leaves the output types of the schemas using it as their object part', () => {
    expectTypeOf<v.InferOutput<typeof Schema>>().toEqualTypeOf<v.InferOutput<(typeof Schema)['pipe'][0]>>()
    expectTypeOf<v.InferOutput<typeof AppointmentSchema>>().toEqualTypeOf<
      v.InferOutput<(typeof AppointmentSchema)['pipe'][0]>
    >()
    expectTypeOf<v.InferOutput<typeof CompetenceSchema>>().toEqualTypeOf<
      v.InferOutput<(typeof CompetenceSchema)['pipe'][0]>
    >()
    expectTypeOf<v.InferOutput<typeof PathStageSchema>>().toEqualTypeOf<
      v.InferOutput<(typeof PathStageSchema)['pipe'][0]>
    >()
  })
})
