import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { ExperienceSchema } from './experience.ts'
import { sampleExperience } from './samples.ts'
import { issuesOf } from './testing.ts'

describe('ExperienceSchema', () => {
  it('accepts a volunteering experience and every kind', () => {
    expect(issuesOf(ExperienceSchema, sampleExperience())).toEqual([])
    for (const kind of [
      'emploi',
      'formation',
      'stage',
      'essai-metier',
      'benevolat',
      'vie-quotidienne',
      'autre',
    ])
      expect(issuesOf(ExperienceSchema, sampleExperience({ kind } as never))).toEqual([])
  })
  it('refuses an empty or too long title', () => {
    expect(issuesOf(ExperienceSchema, sampleExperience({ title: '  ' }))).toEqual(['title:empty'])
    expect(issuesOf(ExperienceSchema, sampleExperience({ title: 'x'.repeat(201) }))).toEqual([
      'title:too-long',
    ])
    expect(issuesOf(ExperienceSchema, sampleExperience({ description: 'x'.repeat(5001) }))).toEqual([
      'description:too-long',
    ])
  })
  it('refuses a wrong kind', () => {
    expect(issuesOf(ExperienceSchema, { ...sampleExperience(), kind: 'job' })).toEqual(['kind:invalid-kind'])
    expect(issuesOf(ExperienceSchema, { ...sampleExperience(), kind: 3 })).toEqual(['kind:invalid-kind'])
  })
  it('refuses impossible dates and an end before the start (reported on endDate)', () => {
    expect(issuesOf(ExperienceSchema, sampleExperience({ startDate: '2024-02-30' }))).toEqual([
      'startDate:invalid-date',
    ])
    expect(
      issuesOf(ExperienceSchema, sampleExperience({ startDate: '2024-05-01', endDate: '2024-04-30' })),
    ).toEqual(['endDate:end-before-start'])
  })
  it('refuses bad linked ids and too many of them', () => {
    expect(issuesOf(ExperienceSchema, { ...sampleExperience(), competenceIds: [42] })).toEqual([
      'competenceIds.0:string',
    ])
    expect(issuesOf(ExperienceSchema, { ...sampleExperience(), competenceIds: ['__proto__'] })).toEqual([
      'competenceIds.0:invalid-id',
    ])
    const many = Array.from({ length: 501 }, (_, i) => `c${i}`)
    expect(issuesOf(ExperienceSchema, { ...sampleExperience(), competenceIds: many })).toEqual([
      'competenceIds:too-many',
    ])
  })
  it('requires id and timestamps', () => {
    const { id: _id, createdAt: _c, ...rest } = sampleExperience()
    expect(issuesOf(ExperienceSchema, rest).sort()).toEqual(['createdAt:required', 'id:required'])
  })
  it('strips unknown fields and ignores __proto__ keys without polluting prototypes', () => {
    const hostile = JSON.parse(
      `{"__proto__":{"polluted":true,"title":"from proto"},"constructor":{"prototype":{"polluted":true}},"extra":"x"}`,
    )
    const out = v.parse(ExperienceSchema, Object.assign(hostile, sampleExperience()))
    expect(Object.keys(out)).not.toContain('extra')
    expect(Object.keys(out)).not.toContain('constructor')
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
  it('a field inherited through __proto__ does not count as present', () => {
    const { title: _t, ...rest } = sampleExperience()
    const hostile = JSON.parse('{"__proto__":{"title":"hidden"}}')
    expect(issuesOf(ExperienceSchema, Object.assign(hostile, rest))).toEqual(['title:required'])
  })
  it('refuses non-objects', () => {
    for (const x of [null, 'experience', 42, [sampleExperience()]])
      expect(issuesOf(ExperienceSchema, x)).not.toEqual([])
  })
})
