// French wording written into credentials (a credential is a document in the booklet's language;
// the UI translates the stable codes, which are carried alongside in `result[].value`).
import type {
  CompetenceFamily,
  CompetenceLevel,
  ValidationMethod,
  ValidationStatus,
} from '../domain/enums.ts'

/** Competence families, as written in an achievement description. */
export const FAMILY_FR: Record<CompetenceFamily, string> = {
  savoir: 'savoir (connaissance)',
  'savoir-faire': 'savoir-faire',
  'savoir-etre': 'savoir-être',
}

/** Levels of the four-step scale, in the third person (the trainer speaks about the holder). */
export const LEVEL_FR: Record<CompetenceLevel, string> = {
  1: 'Découvre',
  2: "Fait avec de l'aide",
  3: 'Fait seul·e',
  4: "Peut montrer à d'autres",
}

/** Assessment methods. */
export const METHOD_FR: Record<ValidationMethod, string> = {
  situation: 'Mise en situation',
  'internship-observation': 'Observation en stage',
  test: 'Test',
  portfolio: 'Portfolio',
  interview: 'Entretien',
  other: 'Autre méthode',
}

/** Outcomes. */
export const STATUS_FR: Record<ValidationStatus, string> = {
  validated: 'Validé',
  partial: 'Partiellement validé (en progrès)',
  'not-yet': 'Pas encore validé',
}
