// Competences counted per family for the home overview.
import type { Competence } from './competence.ts'
import type { CompetenceFamily } from './enums.ts'

/** Number of competences in each family (every family present, 0 when empty). */
export const competenceCountsByFamily = (
  competences: readonly Pick<Competence, 'family'>[],
): Record<CompetenceFamily, number> => {
  const counts: Record<CompetenceFamily, number> = { savoir: 0, 'savoir-faire': 0, 'savoir-etre': 0 }
  for (const c of competences) counts[c.family]++
  return counts
}
