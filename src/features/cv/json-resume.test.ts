import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import Ajv from 'ajv'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { sampleCompetence, sampleExperience } from '../../domain/index.ts'
import { buildCv } from './build-cv.ts'
import { toJsonResume } from './json-resume.ts'

// The JSON Resume schema as published in @jsonresume/schema.
const require = createRequire(import.meta.url)
const schema = JSON.parse(readFileSync(require.resolve('@jsonresume/schema/schema.json'), 'utf8')) as object
const AjvClass = ((Ajv as unknown as { default?: typeof Ajv }).default ?? Ajv) as typeof Ajv
const ajv = new AjvClass({ strict: false, allErrors: true })
;((addFormats as unknown as { default?: typeof addFormats }).default ?? addFormats)(ajv)
const validate = ajv.compile(schema)

const stamp = '2026-01-01T00:00:00.000Z'
const job = sampleExperience({
  title: 'Vendeuse',
  kind: 'emploi',
  organisation: 'Lidl',
  startDate: '2024-03-01',
})
const vol = sampleExperience({ title: 'Aide aux devoirs', kind: 'benevolat', organisation: 'École 12' })
const comp = sampleCompetence({ label: 'Accueil', level: 2 })

describe('JSON Resume export', () => {
  it('passes the JSON Resume schema with the picked content', () => {
    const cv = buildCv(
      {
        profile: {
          displayName: 'Amina',
          email: 'amina@example.org',
          city: 'Namur',
          languages: ['français'],
          createdAt: stamp,
          updatedAt: stamp,
        },
        experiences: [job, vol],
        competences: [comp],
        projects: [],
        validatedBy: new Map([[comp.id as string, ['Forem']]]),
      },
      {
        layout: 'sobre',
        lang: 'fr',
        experienceIds: [job.id, vol.id],
        competenceIds: [comp.id],
        projectIds: [],
        contact: ['email', 'city', 'languages'],
      },
    )
    const resume = toJsonResume(cv)
    expect(validate(resume), JSON.stringify(validate.errors)).toBe(true)
    expect(resume.basics).toEqual({ name: 'Amina', email: 'amina@example.org', location: { city: 'Namur' } })
    expect(resume.work).toMatchObject([{ name: 'Lidl', position: 'Vendeuse', startDate: '2024-03-01' }])
    expect(resume.volunteer[0]?.organization).toBe('École 12')
    expect(resume.skills[0]).toEqual({
      name: 'Accueil',
      level: 'bonne pratique',
      keywords: ['Validée par Forem'],
    })
  })
  it('is refused by the schema when a date is not ISO (the check can fail)', () => {
    const bad = { basics: { name: 'A' }, work: [{ name: 'X', startDate: '03/2024' }] }
    expect(validate(bad)).toBe(false)
  })
})
