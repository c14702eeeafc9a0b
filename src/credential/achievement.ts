// The achievement of a Livret credential: the competence in the holder's words, its family badge, its
// framework alignment (ESCO/ROME), and the result descriptions every Livret credential declares; and
// the outcome in plain words for the credential's description.
import { COMPETENCE_LEVELS, VALIDATION_METHODS, VALIDATION_STATUSES } from '../domain/enums.ts'
import { type EscoAlignment, toOb3Alignment } from '../domain/esco-alignment.ts'
import type { Alignment } from '../domain/index.ts'
import type { CredentialInput, CredentialIssuer } from './build.ts'
import { achievementIdFor, levelUri, RD_LEVEL, RD_METHOD, RD_REMAINING, RD_STATUS } from './ids.ts'
import { familyBadgeImage } from './image.ts'
import { FAMILY_FR, LEVEL_FR, METHOD_FR, STATUS_FR } from './labels.ts'

/** An OB 3.0 Alignment. */
export type ObAlignment = {
  type: ['Alignment']
  targetName: string
  targetUrl: string
  targetCode: string
  targetFramework: string
}

const FRAMEWORK_NAMES = { esco: 'ESCO', rome: 'ROME', other: 'Autre référentiel' } as const
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The URL an alignment points to: ESCO skill URIs for UUID codes, the code if it is a URL, else a URN. */
export const alignmentUrl = (a: Alignment): string => {
  if (/^https?:\/\/\S+$/.test(a.code)) return a.code
  if (a.framework === 'esco' && UUID_RE.test(a.code))
    return `http://data.europa.eu/esco/skill/${a.code.toLowerCase()}`
  return `urn:livret:${a.framework}:${encodeURIComponent(a.code)}`
}

/** The OB Alignment of a competence's framework link. */
export const toObAlignment = (a: Alignment): ObAlignment => ({
  type: ['Alignment'],
  targetName: a.label,
  targetUrl: alignmentUrl(a),
  targetCode: a.code,
  targetFramework: FRAMEWORK_NAMES[a.framework],
})

/** The OB Alignment of the ESCO concept the holder picked: `targetFramework: 'ESCO'`, the concept URI
 * as `targetUrl`, its id (last segment) as `targetCode`, `targetType` ceasn:Competency for a skill. */
export const escoObAlignment = (a: EscoAlignment) => ({
  ...toOb3Alignment(a),
  targetCode: a.uri.slice(a.uri.lastIndexOf('/') + 1),
})

/** Who assessed, as written in texts. */
export const assessedBy = (i: CredentialIssuer): string =>
  i.kind === 'organisation' ? i.name : `${i.name} (${i.organisation})`

/** The Achievement of a credential. */
export const achievementOf = (input: CredentialInput) => {
  const { competence: c, issuer } = input
  return {
    id: achievementIdFor(c.id),
    type: ['Achievement'],
    achievementType: 'Competency',
    name: c.label,
    description: `Compétence (${FAMILY_FR[c.family]}) décrite par la personne dans son livret de parcours.`,
    image: familyBadgeImage(c.family),
    criteria: {
      narrative: `Évaluée par ${assessedBy(issuer)} selon une échelle en quatre niveaux.`,
    },
    ...(c.esco || c.alignment
      ? {
          alignment: [
            ...(c.esco ? [escoObAlignment(c.esco)] : []),
            ...(c.alignment ? [toObAlignment(c.alignment)] : []),
          ],
        }
      : {}),
    resultDescription: [
      {
        id: RD_STATUS,
        type: ['ResultDescription'],
        name: 'Résultat',
        resultType: 'Status',
        allowedValue: [...VALIDATION_STATUSES],
      },
      {
        id: RD_LEVEL,
        type: ['ResultDescription'],
        name: 'Niveau',
        resultType: 'RubricCriterionLevel',
        rubricCriterionLevel: COMPETENCE_LEVELS.map((n) => ({
          id: levelUri(n),
          type: ['RubricCriterionLevel'],
          level: String(n),
          name: `${n} sur 4 : ${LEVEL_FR[n]}`,
        })),
      },
      {
        id: RD_METHOD,
        type: ['ResultDescription'],
        name: "Méthode d'évaluation",
        resultType: 'ext:LivretAssessmentMethod',
        allowedValue: [...VALIDATION_METHODS],
      },
      {
        id: RD_REMAINING,
        type: ['ResultDescription'],
        name: 'Reste à acquérir',
        resultType: 'ext:LivretRemaining',
      },
    ],
  }
}

// The outcome in plain words, for wallets that show only the description.
/** The outcome in plain words (the credential's description). */
export const plainOutcome = (input: CredentialInput): string => {
  const a = input.assessment
  const remaining = a.remaining ? ` Reste à acquérir : ${a.remaining}` : ''
  return (
    `${STATUS_FR[a.status]} — niveau ${a.level} sur 4 (${LEVEL_FR[a.level]}), ` +
    `évalué par ${assessedBy(input.issuer)} le ${a.date} (${METHOD_FR[a.method]}).${remaining}`
  )
}
