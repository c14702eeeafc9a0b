// Closed vocabularies of the domain. Stable keys only: labels live in i18n (French first).

/** Kinds of experience; every kind counts (DOMAIN.md principle 3). */
export const EXPERIENCE_KINDS = [
  'emploi',
  'formation',
  'stage',
  'essai-metier',
  'benevolat',
  'vie-quotidienne',
  'autre',
] as const
/** One kind of experience. */
export type ExperienceKind = (typeof EXPERIENCE_KINDS)[number]

/** The three competence families. */
export const COMPETENCE_FAMILIES = ['savoir', 'savoir-faire', 'savoir-etre'] as const
/** One competence family. */
export type CompetenceFamily = (typeof COMPETENCE_FAMILIES)[number]

/** Self-assessed levels: 1 "je découvre" … 4 "je peux montrer à d'autres" (labels in i18n). */
export const COMPETENCE_LEVELS = [1, 2, 3, 4] as const
/** One competence level. */
export type CompetenceLevel = (typeof COMPETENCE_LEVELS)[number]

/** Frameworks a competence may be aligned with. */
export const ALIGNMENT_FRAMEWORKS = ['esco', 'rome', 'other'] as const
/** One alignment framework. */
export type AlignmentFramework = (typeof ALIGNMENT_FRAMEWORKS)[number]

/** The seven barrier areas ("freins") of the situation. */
export const SITUATION_AREAS = [
  'health',
  'rights',
  'language',
  'mobility',
  'family',
  'resources',
  'housing',
] as const
/** One situation area. */
export type SituationArea = (typeof SITUATION_AREAS)[number]

/** How an area stands today, in the holder's own judgement. */
export const SITUATION_STATUSES = ['ok', 'attention', 'obstacle', 'unknown'] as const
/** One situation status. */
export type SituationStatus = (typeof SITUATION_STATUSES)[number]

/** Status of a professional project; several projects may coexist. */
export const PROJECT_STATUSES = ['idea', 'exploring', 'active', 'paused', 'reached', 'dropped'] as const
/** One project status. */
export type ProjectStatus = (typeof PROJECT_STATUSES)[number]

/** Status of a plan step. */
export const STEP_STATUSES = ['todo', 'doing', 'done', 'dropped'] as const
/** One step status. */
export type StepStatus = (typeof STEP_STATUSES)[number]

/** The holder's answer to a step: a professional proposes, the holder accepts or refuses. */
export const CONSENT = ['proposed', 'accepted', 'refused'] as const
/** One consent state. */
export type Consent = (typeof CONSENT)[number]

/** Who acts in the plan. */
export const ACTOR_ROLES = ['holder', 'operator', 'trainer', 'other'] as const
/** One actor role. */
export type ActorRole = (typeof ACTOR_ROLES)[number]

/** The seven stages of a path, in the usual order (DOMAIN.md "Stages of a path"). */
export const PATH_STAGE_KINDS = [
  'lifting-obstacles',
  'orientation',
  'social-activation',
  'training',
  'work-activation',
  'job-search-support',
  'job-follow-up',
] as const
/** One kind of path stage. */
export type PathStageKind = (typeof PATH_STAGE_KINDS)[number]

/** Level of a 'training' stage: pre-qualifying comes before qualifying. */
export const TRAINING_LEVELS = ['pre-qualifying', 'qualifying'] as const
/** One training level. */
export type TrainingLevel = (typeof TRAINING_LEVELS)[number]

/** Optional mood of a journal entry, from hard to good. */
export const JOURNAL_MOODS = ['very-hard', 'hard', 'neutral', 'good', 'very-good'] as const
/** One mood. */
export type JournalMood = (typeof JOURNAL_MOODS)[number]

/** How a trainer assessed a competence. */
export const VALIDATION_METHODS = [
  'situation',
  'internship-observation',
  'test',
  'portfolio',
  'interview',
  'other',
] as const
/** One validation method. */
export type ValidationMethod = (typeof VALIDATION_METHODS)[number]

/** Outcome of a validation. */
export const VALIDATION_STATUSES = ['validated', 'partial', 'not-yet'] as const
/** One validation status. */
export type ValidationStatus = (typeof VALIDATION_STATUSES)[number]

/** Suggested savoir-être the holder can pick instead of typing (stable keys; labels in i18n). */
export const SAVOIR_ETRE_SUGGESTIONS = [
  'punctuality',
  'teamwork',
  'listening',
  'adaptability',
  'autonomy',
  'respect-rules',
  'politeness',
  'initiative',
  'stress-management',
  'reliability',
  'motivation',
  'communication',
  'organisation',
  'curiosity',
  'patience',
  'perseverance',
  'self-confidence',
  'care-for-others',
] as const
/** One savoir-être suggestion key. */
export type SavoirEtreSuggestion = (typeof SAVOIR_ETRE_SUGGESTIONS)[number]

/** Sections that are private by default: never in a share unless picked item by item (DESIGN §2.4;
 * issue 13: the job applications log too). */
export const SENSITIVE_SECTIONS = ['situation', 'journal', 'applications'] as const
/** Situation items are private unless the holder shares one explicitly; no `shared` flag is stored. */
export const SITUATION_PRIVATE_BY_DEFAULT = true
