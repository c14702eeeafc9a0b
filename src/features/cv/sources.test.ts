import { describe, expect, it } from 'vitest'
import { createBookletDoc, putItem, putProfile, removeItem } from '../../booklet/index.ts'
import { sampleCompetence, sampleExperience } from '../../domain/index.ts'
import { regenerateCv, saveCv, savedCvs } from './sources.ts'

const NOW = new Date('2026-03-01T09:00:00.000Z')
const stamp = NOW.toISOString()

describe('saved CVs', () => {
  it('keeps a named selection in the booklet and rebuilds it from the booklet as it is now', async () => {
    const doc = createBookletDoc()
    putProfile(doc, { displayName: 'Amina', languages: [], createdAt: stamp, updatedAt: stamp })
    const exp = sampleExperience({ title: 'Vendeuse', kind: 'emploi' })
    const comp = sampleCompetence({ label: 'Accueil' })
    putItem(doc, 'experiences', exp)
    putItem(doc, 'competences', comp)
    const saved = saveCv(
      doc,
      {
        name: 'CV vente',
        layout: 'sobre',
        lang: 'fr',
        experienceIds: [exp.id],
        competenceIds: [comp.id],
        projectIds: [],
        contact: [],
      },
      NOW,
    )
    if (!saved.ok) throw new Error(saved.code)
    expect(savedCvs(doc).map((c) => c.name)).toEqual(['CV vente'])

    putItem(doc, 'experiences', { ...exp, title: 'Vendeuse polyvalente' })
    removeItem(doc, 'competences', comp.id)
    const cv = await regenerateCv(doc, saved.value.id)
    expect(cv?.sections.map((s) => s.key)).toEqual(['experience'])
    expect(cv?.sections[0]?.entries[0]?.title).toBe('Vendeuse polyvalente')
    expect(await regenerateCv(doc, 'gone')).toBeUndefined()
  })
  it('refuses a CV without a name', () => {
    const r = saveCv(createBookletDoc(), {
      name: ' ',
      layout: 'deux-colonnes',
      lang: 'en',
      experienceIds: [],
      competenceIds: [],
      projectIds: [],
      contact: [],
    })
    expect(r.ok ? 'ok' : r.code).toBe('invalid')
  })
})
