// Closed vocabularies of the domain. Stable keys only: labels live in i18n (French first).

/** The words of space-separated lines, as a tuple type: `Words<['a b', 'c']>` is `readonly ['a', 'b', 'c']`. */
type Words<L extends readonly string[], Done extends readonly string[] = []> = L extends readonly [
  infer Line extends string,
  ...infer Rest extends readonly string[],
]
  ? Line extends `${infer H} ${infer T}`
    ? Words<[T, ...Rest], [...Done, H]>
    : Words<Rest, [...Done, Line]>
  : readonly [...Done]

/** A closed vocabulary written as kebab-case keys separated by spaces (one line, or a few for a long
 * list), typed as the tuple of its keys like `[…] as const`: each vocabulary reads as one table row. */
export const vocabulary = <const L extends readonly string[]>(...lines: L): Words<L> =>
  lines.join(' ').split(' ') as unknown as Words<L>

/** Kinds of experience; every kind counts (DOMAIN.md principle 3). */
export const EXPERIENCE_KINDS = vocabulary(
  'emploi formation stage essai-metier benevolat vie-quotidienne autre',
)
/** One kind of experience. */
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number]

/** The three competence families. */
export const COMPETENCE_FAMILIES = vocabulary('savoir savoir-faire savoir-etre')
/** One competence family. */
export type CompetenceFamily = (typeof COMPETENCE_FAMILIES)[number]

/** Self-assessed levels: 1 "je découvre" … 4 "je peux montrer à d'autres" (labels in i18n). */
export const COMPETENCE_LEVELS = [1, 2, 3, 4] as const
/** One competence level. */
export type CompetenceLevel = (typeof COMPETENCE_LEVELS)[number]

/** Frameworks a competence may be aligned with. */
export const ALIGNMENT_FRAMEWORKS = vocabulary('esco rome other')
/** One alignment framework. */
export type AlignmentFramework = (typeof ALIGNMENT_FRAMEWORKS)[number]

/** The seven barrier areas ("freins") of the situation. */
export const SITUATION_AREAS = vocabulary('health rights language mobility family resources housing')
/** One situation area. */
export type SituationArea = (typeof SITUATION_AREAS)[number]

/** How an area stands today, in the holder's own judgement. */
export const SITUATION_STATUSES = vocabulary('ok attention obstacle unknown')
/** One situation status. */
export type SituationStatus = (typeof SITUATION_STATUSES)[number]

/** Status of a professional project; several projects may coexist. */
export const PROJECT_STATUSES = vocabulary('idea exploring active paused reached dropped')
/** One project status. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

/** Status of a plan step. */
export const STEP_STATUSES = vocabulary('todo doing done dropped')
/** One step status. */
export type StepStatus = (typeof STEP_STATUSES)[number]

/** The holder's answer to a step: a professional proposes, the holder accepts or refuses. */
export const CONSENT = vocabulary('proposed accepted refused')
/** One consent state. */
export type Consent = (typeof CONSENT)[number]

/** Who acts in the plan. */
export const ACTOR_ROLES = vocabulary('holder operator trainer other')
/** One actor role. */
export type ActorRole = (typeof ACTOR_ROLES)[number]

/** The seven stages of a path, in the usual order (DOMAIN.md "Stages of a path"). */
export const PATH_STAGE_KINDS = vocabulary(
  'lifting-obstacles orientation social-activation training work-activation job-search-support job-follow-up',
)
/** One kind of path stage. */
export type PathStageKind = (typeof PATH_STAGE_KINDS)[number]

/** Level of a 'training' stage: pre-qualifying comes before qualifying. */
export const TRAINING_LEVELS = vocabulary('pre-qualifying qualifying')
/** One training level. */
export type TrainingLevel = (typeof TRAINING_LEVELS)[number]

/** Optional mood of a journal entry, from hard to good. */
export const JOURNAL_MOODS = vocabulary('very-hard hard neutral good very-good')
/** One mood. */
export type JournalMood = (typeof JOURNAL_MOODS)[number]

/** How a trainer assessed a competence. */
export const VALIDATION_METHODS = vocabulary(
  'situation internship-observation test portfolio interview other',
)
/** One validation method. */
export type ValidationMethod = (typeof VALIDATION_METHODS)[number]

/** Outcome of a validation. */
export const VALIDATION_STATUSES = vocabulary('validated partial not-yet')
/** One validation status. */
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number]

/** Suggested savoir-être the holder can pick instead of typing (stable keys; labels in i18n). */
export const SAVOIR_ETRE_SUGGESTIONS = vocabulary(
  'punctuality teamwork listening adaptability autonomy respect-rules politeness initiative',
  'stress-management reliability motivation communication organisation curiosity patience',
  'perseverance self-confidence care-for-others',
)
/** One savoir-être suggestion key. */
export type SavoirEtreSuggestion = (typeof SAVOIR_ETRE_SUGGESTIONS)[number]

/** Sections that are private by default: never in a share unless picked item by item (DESIGN §2.4;
 * issue 13: the job applications log too). */
export const SENSITIVE_SECTIONS = vocabulary('situation journal applications')
/** Situation items are private unless the holder shares one explicitly; no `shared` flag is stored. */
export const SITUATION_PRIVATE_BY_DEFAULT = true
