// The choices drawn from the domain's lists, each with its words and its pictogram: the same on the
// section forms (experiences, competences) and on the first steps (start screen).
import { COMPETENCE_FAMILIES, COMPETENCE_LEVELS, EXPERIENCE_KINDS } from '../../domain/enums.ts'
import type { MessageKey } from '../../i18n/index.ts'
import type { IconName } from '../components/Icon.tsx'

/** One choice of a domain list. */
export type DomainOption<T> = { value: T; label: MessageKey; icon: IconName }

const optionsOf = <T extends string | number>(
  values: readonly T[],
  label: (value: T) => MessageKey,
  icon: (value: T) => IconName,
): readonly DomainOption<T>[] => values.map((value) => ({ value, label: label(value), icon: icon(value) }))

/** The kinds of experience (job, training, volunteering…). */
export const EXPERIENCE_KIND_OPTIONS = optionsOf(
  EXPERIENCE_KINDS,
  (k) => `kind.${k}`,
  (k) => `kind-${k}`,
)

/** The four levels of a competence. */
export const LEVEL_OPTIONS = optionsOf(
  COMPETENCE_LEVELS,
  (l) => `level.${l}`,
  (l) => `level-${l}`,
)

/** The three families, named as a kind of competence ("Savoir-faire"). */
export const FAMILY_OPTIONS = optionsOf(
  COMPETENCE_FAMILIES,
  (f) => `family.${f}`,
  (f) => f,
)

/** The three families, named as one competence of it ("Un savoir-faire"): the competence form. */
export const FAMILY_ONE_OPTIONS = optionsOf(
  COMPETENCE_FAMILIES,
  (f) => `familyOne.${f}`,
  (f) => f,
)
