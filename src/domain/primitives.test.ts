import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import {
  IsoDaySchema,
  isValidDay,
  isValidTimestamp,
  LIMITS,
  nowIso,
  requiredText,
  TimestampSchema,
  text,
  todayIso,
} from './primitives.ts'

describe('ISO days', () => {
  it('accepts real calendar days, including 29 February of a leap year', () => {
    for (const d of ['2024-02-29', '2000-02-29', '1999-12-31', '2025-01-01']) expect(isValidDay(d)).toBe(true)
  })
  it('refuses impossible or malformed days', () => {
    for (const d of [
      '2024-02-30',
      '2023-02-29',
      '1900-02-29',
      '2024-04-31',
      '2024-13-01',
      '2024-00-10',
      '2024-01-00',
      '2024-1-1',
      ' 2024-01-01',
      '2024-01-01T00:00:00Z',
      '1899-12-31',
      '2201-01-01',
      '',
    ])
      expect(isValidDay(d), d).toBe(false)
  })
  it('refuses non-strings', () => {
    for (const x of [20240101, null, undefined, {}, ['2024-01-01'], new Date()])
      expect(v.is(IsoDaySchema, x)).toBe(false)
  })
  it('today is a valid day', () => expect(isValidDay(todayIso())).toBe(true))
})

describe('timestamps', () => {
  it('accepts what toISOString writes', () => {
    expect(isValidTimestamp(nowIso())).toBe(true)
    expect(isValidTimestamp('2024-02-29T23:59:59Z')).toBe(true)
  })
  it('refuses offsets, impossible days and hours', () => {
    for (const t of [
      '2024-02-30T10:00:00.000Z',
      '2024-01-01T24:00:00Z',
      '2024-01-01T10:60:00Z',
      '2024-01-01T10:00:00+01:00',
      '2024-01-01',
    ])
      expect(v.is(TimestampSchema, t), t).toBe(false)
  })
})

describe('texts', () => {
  it('trims and bounds', () => {
    expect(v.parse(text(5), '  abc  ')).toBe('abc')
    expect(v.is(text(5), 'abcdef')).toBe(false)
    expect(v.is(text(LIMITS.label), 'x'.repeat(200))).toBe(true)
    expect(v.is(text(LIMITS.label), 'x'.repeat(201))).toBe(false)
  })
  it('refuses control characters but keeps new lines and tabs', () => {
    expect(v.is(text(50), 'a\u0000b')).toBe(false)
    expect(v.is(text(50), 'a\u001bb')).toBe(false)
    expect(v.is(text(50), 'a\nb\tc')).toBe(true)
  })
  it('a required text refuses empty and blank', () => {
    expect(v.is(requiredText(10), '')).toBe(false)
    expect(v.is(requiredText(10), '   ')).toBe(false)
  })
})
