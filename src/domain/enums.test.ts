import { describe, expect, it } from 'vitest'
import { PATH_STAGE_KINDS, SAVOIR_ETRE_SUGGESTIONS, SENSITIVE_SECTIONS, SITUATION_AREAS } from './enums.ts'

describe('vocabularies', () => {
  it('offers at least 14 distinct, stable kebab-case savoir-être keys', () => {
    expect(SAVOIR_ETRE_SUGGESTIONS.length).toBeGreaterThanOrEqual(14)
    expect(new Set(SAVOIR_ETRE_SUGGESTIONS).size).toBe(SAVOIR_ETRE_SUGGESTIONS.length)
    for (const k of SAVOIR_ETRE_SUGGESTIONS) expect(k).toMatch(/^[a-z]+(-[a-z]+)*$/)
    expect(SAVOIR_ETRE_SUGGESTIONS).toEqual(
      expect.arrayContaining(['punctuality', 'teamwork', 'listening', 'patience']),
    )
  })
  it('has the seven situation areas and seven path stages', () => {
    expect(SITUATION_AREAS).toHaveLength(7)
    expect(PATH_STAGE_KINDS).toHaveLength(7)
  })
  it('marks situation and journal as sensitive', () =>
    expect(SENSITIVE_SECTIONS).toEqual(['situation', 'journal', 'applications']))
})
