// Test fixture for validations and proposals: a booklet with a profile, one experience and three
// competences linked to it, a holder reference, and assessments a trainer could give.
import type * as Y from 'yjs'
import type { Assessment } from '../credential/index.ts'
import type { Competence, CompetenceId } from '../domain/index.ts'
import { sampleCompetence, sampleExperience, sampleObjective } from '../domain/samples.ts'
import { createBookletDoc } from './layout.ts'
import { putProfile } from './profile.ts'
import { ensureHolderRef } from './validations.ts'
import { putItem } from './write.ts'

const must = <T>(r: { ok: true; value: T } | { ok: false; code: string }): T => {
  if (!r.ok) throw new Error(`fixture: ${r.code}`)
  return r.value
}

/** A booklet with three competences (one aligned to ESCO) from one experience, and an objective. */
export const validationFixture = () => {
  const doc: Y.Doc = createBookletDoc()
  const c1 = sampleCompetence({ label: 'Je suis à l’heure' })
  const { suggestionKey: _, ...c2 } = sampleCompetence({
    label: 'Je coupe les légumes',
    family: 'savoir-faire',
    alignment: {
      framework: 'esco',
      code: 'b2ab8c9e-0e5e-4f12-a0f7-1f4a8c3a7b11',
      label: 'couper des légumes',
    },
  })
  const c3 = sampleCompetence({ label: 'Je travaille en équipe', suggestionKey: 'teamwork' })
  const unrelated = sampleCompetence({ label: 'Je conduis', suggestionKey: 'autonomy' })
  const exp = sampleExperience({ competenceIds: [c1.id, c2.id, c3.id] })
  must(
    putProfile(doc, {
      displayName: 'Amina',
      languages: ['français'],
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    }),
  )
  for (const c of [c1, c2, c3, unrelated]) must(putItem(doc, 'competences', c))
  must(putItem(doc, 'experiences', exp))
  const objective = sampleObjective({ title: 'Trouver un stage en cuisine' })
  must(putItem(doc, 'objectives', objective))
  const holderRef = ensureHolderRef(doc)
  const competences: Competence[] = [c1, c2, c3]
  return { doc, competences, unrelated, experience: exp, objective, holderRef }
}

/** An assessment of one competence. */
export const assessment = (over: Partial<Assessment> = {}): Assessment => ({
  status: 'validated',
  level: 3,
  method: 'situation',
  date: '2025-03-10',
  evidence: 'Service du midi, trois semaines.',
  comment: 'Ponctuel et soigneux.',
  ...over,
})

/** The ids of competences, typed. */
export const idsOf = (cs: readonly Competence[]): CompetenceId[] => cs.map((c) => c.id)
