import { describe, expect, it } from 'vitest'
import { CompetenceSchema } from './competence.ts'
import { sampleCompetence } from './samples.ts'
import { issuesOf } from './testing.ts'

describe('CompetenceSchema', () => {
  it('accepts a picked savoir-être and a savoir-faire in the person’s own words', () => {
    expect(issuesOf(CompetenceSchema, sampleCompetence())).toEqual([])
    const own = sampleCompetence({ family: 'savoir-faire', label: 'Je sais réparer un vélo', level: 1 })
    delete own.suggestionKey
    expect(issuesOf(CompetenceSchema, own)).toEqual([])
  })
  it('refuses levels out of the four-step scale', () => {
    for (const level of [0, 5, 2.5, '3', Number.NaN, Number.POSITIVE_INFINITY, -1, null])
      expect(issuesOf(CompetenceSchema, { ...sampleCompetence(), level }), String(level)).toEqual([
        'level:invalid-level',
      ])
  })
  it('refuses a wrong family, an unknown suggestion, a suggestion on another family', () => {
    expect(issuesOf(CompetenceSchema, { ...sampleCompetence(), family: 'savoir-vivre' })).toEqual([
      'family:invalid-family',
    ])
    expect(issuesOf(CompetenceSchema, { ...sampleCompetence(), suggestionKey: 'charm' })).toEqual([
      'suggestionKey:invalid-suggestion',
    ])
    expect(issuesOf(CompetenceSchema, sampleCompetence({ family: 'savoir' }))).toEqual([
      'suggestionKey:suggestion-not-savoir-etre',
    ])
  })
  it('bounds the label at 200 characters', () => {
    expect(issuesOf(CompetenceSchema, sampleCompetence({ label: 'é'.repeat(200) }))).toEqual([])
    expect(issuesOf(CompetenceSchema, sampleCompetence({ label: 'é'.repeat(201) }))).toEqual([
      'label:too-long',
    ])
    expect(issuesOf(CompetenceSchema, sampleCompetence({ label: '' }))).toEqual(['label:empty'])
  })
  it('checks the optional alignment', () => {
    const ok = sampleCompetence({
      alignment: { framework: 'rome', code: 'G1602', label: 'Personnel de cuisine' },
    })
    expect(issuesOf(CompetenceSchema, ok)).toEqual([])
    expect(
      issuesOf(CompetenceSchema, {
        ...sampleCompetence(),
        alignment: { framework: 'onet', code: '', label: 'x' },
      }).sort(),
    ).toEqual(['alignment.code:empty', 'alignment.framework:invalid-framework'])
  })
})
