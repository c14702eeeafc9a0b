import { describe, expect, it } from 'vitest'
import {
  type CompetenceId,
  type Profile,
  sampleCompetence,
  sampleExperience,
  sampleProject,
} from '../../domain/index.ts'
import { buildCv, type CvPick, type CvSources } from './build-cv.ts'

const stamp = '2026-01-01T00:00:00.000Z'
const profile: Profile = {
  displayName: 'Amina B.',
  email: 'amina@example.org',
  phone: '+32 470 00 00 00',
  city: 'Namur',
  languages: ['français', 'arabe'],
  drivingLicence: true,
  summary: 'Souriante et ponctuelle.',
  createdAt: stamp,
  updatedAt: stamp,
}
const job = sampleExperience({
  title: 'Vendeuse',
  kind: 'emploi',
  organisation: 'Lidl',
  startDate: '2024-03-01',
  endDate: '2024-09-30',
})
// Still going on: no end date.
const { endDate: _, ...training } = sampleExperience({
  title: 'Formation caisse',
  kind: 'formation',
  startDate: '2025-01-06',
})
const secret = sampleExperience({ title: 'UNPICKED travail au noir', kind: 'emploi' })
const welcome = sampleCompetence({
  label: 'Accueil des clients',
  level: 3,
  esco: {
    uri: 'http://data.europa.eu/esco/skill/26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da',
    label: 'accueillir les clients',
    framework: 'ESCO',
  },
})
const till = sampleCompetence({ label: 'Tenir une caisse', level: 2 })
const project = sampleProject({ targetJob: 'Vendeuse en boulangerie' })

const sources: CvSources = {
  profile,
  experiences: [job, training, secret],
  competences: [welcome, till],
  projects: [project],
  validatedBy: new Map([[welcome.id as string, ['CISP Le Trusquin']]]),
}
const pick = (over: Partial<CvPick> = {}): CvPick => ({
  layout: 'sobre',
  lang: 'fr',
  experienceIds: [job.id, training.id],
  competenceIds: [welcome.id, till.id],
  projectIds: [project.id],
  contact: ['email', 'city'],
  ...over,
})

describe('CV document', () => {
  it('holds exactly the picked items, in sections, and nothing unpicked', () => {
    const cv = buildCv(sources, pick())
    expect(cv.sections.map((s) => s.key)).toEqual(['projects', 'experience', 'training', 'competences'])
    expect(JSON.stringify(cv)).not.toContain('UNPICKED')
    expect(cv.contact.lines.map((l) => l.field)).toEqual(['email', 'city'])
    expect(JSON.stringify(cv)).not.toContain('+32 470')
  })
  it('marks validated competences with the organisation, and shows the ESCO label beside the person’s words', () => {
    const competences = buildCv(sources, pick()).sections.find((s) => s.key === 'competences')?.entries
    expect(competences?.[0]).toMatchObject({
      title: 'Accueil des clients',
      validated: 'Validée par CISP Le Trusquin',
      esco: 'accueillir les clients',
      level: 'maîtrise',
    })
    expect(competences?.[1]?.validated).toBeUndefined()
  })
  it('translates headings and fixed words, never the person’s words', () => {
    const nl = buildCv(sources, pick({ lang: 'nl' }))
    expect(nl.sections.map((s) => s.heading)).toEqual([
      'Beroepsproject',
      'Werkervaring',
      'Opleiding',
      'Competenties',
    ])
    const exp = nl.sections.find((s) => s.key === 'experience')?.entries[0]
    expect(exp).toMatchObject({ title: 'Vendeuse', organisation: 'Lidl', period: '03/2024 – 09/2024' })
    expect(nl.sections.find((s) => s.key === 'training')?.entries[0]?.period).toBe('sinds 01/2025')
    const en = buildCv(sources, pick({ lang: 'en', contact: ['drivingLicence'] }))
    expect(en.contact.lines).toEqual([
      { field: 'drivingLicence', label: 'Driving licence', value: 'Category B licence' },
    ])
    expect(en.summary).toEqual({ heading: 'Profile', text: 'Souriante et ponctuelle.' })
  })
  it('puts contact, competences and languages in the side column of the two-column layout only', () => {
    const two = buildCv(sources, pick({ layout: 'deux-colonnes', contact: ['email', 'languages'] }))
    expect(two.sections.filter((s) => s.column === 'side').map((s) => s.key)).toEqual(['competences'])
    expect(two.contact.column).toBe('side')
    expect(two.languages).toEqual({ heading: 'Langues', items: ['français', 'arabe'], column: 'side' })
    expect(buildCv(sources, pick()).sections.every((s) => s.column === 'main')).toBe(true)
  })
  it('skips picked ids that are no longer in the booklet', () => {
    const cv = buildCv(sources, pick({ competenceIds: ['gone' as CompetenceId, till.id] }))
    expect(cv.sections.find((s) => s.key === 'competences')?.entries.map((e) => e.title)).toEqual([
      'Tenir une caisse',
    ])
  })
})
