import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { type ExperienceId, ExperienceIdSchema, ID_PATTERN, isIdShaped, newId } from './ids.ts'

describe('ids', () => {
  it('newId makes distinct ids accepted by the schemas', () => {
    const a = newId<ExperienceId>()
    const b = newId<ExperienceId>()
    expect(a).not.toBe(b)
    expect(v.is(ExperienceIdSchema, a)).toBe(true)
  })
  it('refuses prototype keys, empty, too long and odd characters', () => {
    for (const s of ['__proto__', '_x', '-x', '', 'a'.repeat(65), 'a b', 'a/b', 'é', 'a.b'])
      expect(ID_PATTERN.test(s), s).toBe(false)
    expect(isIdShaped('a'.repeat(64))).toBe(true)
  })
  it('refuses non-string ids', () => {
    for (const x of [42, null, undefined, {}, ['a'], true]) {
      expect(v.is(ExperienceIdSchema, x)).toBe(false)
      expect(isIdShaped(x)).toBe(false)
    }
  })
})
