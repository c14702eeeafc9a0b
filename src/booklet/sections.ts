// The collections of a booklet and the schema that guards each one.
import type * as v from 'valibot'
import {
  AppointmentSchema,
  CompetenceSchema,
  ContactSchema,
  CvSelectionSchema,
  ExperienceSchema,
  JobApplicationSchema,
  JournalEntrySchema,
  ObjectiveSchema,
  PathStageSchema,
  ProjectSchema,
  StepSchema,
  ValidationSchema,
} from '../domain/index.ts'

/** Schema of each collection section (items stored as `Y.Map<id, Y.Map>`). */
export const SECTION_SCHEMAS = {
  experiences: ExperienceSchema,
  competences: CompetenceSchema,
  validations: ValidationSchema,
  projects: ProjectSchema,
  objectives: ObjectiveSchema,
  steps: StepSchema,
  path: PathStageSchema,
  contacts: ContactSchema,
  journal: JournalEntrySchema,
  // Issue 13: the person's agenda, job applications and saved CVs. Added without a schema version
  // bump: new top-level maps an older app neither reads nor writes (backups carry them whole).
  // Never projected into a share (projection-plan.ts), except applications picked one by one.
  appointments: AppointmentSchema,
  applications: JobApplicationSchema,
  cvs: CvSelectionSchema,
} as const

/** A collection section of the booklet. */
export type Section = keyof typeof SECTION_SCHEMAS

/** Every collection section, in display order. */
export const SECTIONS = Object.keys(SECTION_SCHEMAS) as Section[]

/** The entity stored in a section. */
export type ItemOf<S extends Section> = v.InferOutput<(typeof SECTION_SCHEMAS)[S]>

/** What `putItem` accepts for a section (plain strings for ids; parsed and branded on write). */
export type ItemInput<S extends Section> = v.InferInput<(typeof SECTION_SCHEMAS)[S]>

/** Sections nested under the top-level `plan` map rather than top-level maps themselves. */
export const PLAN_SECTIONS = ['objectives', 'steps'] as const

/** True for 'objectives' and 'steps'. */
export const isPlanSection = (s: Section): s is (typeof PLAN_SECTIONS)[number] =>
  s === 'objectives' || s === 'steps'

// The object schema inside a `v.pipe(v.object(...), checks...)`, or the schema itself.
const entriesOf = (schema: v.GenericSchema): string[] => {
  if ('entries' in schema && typeof schema.entries === 'object' && schema.entries)
    return Object.keys(schema.entries)
  if ('pipe' in schema && Array.isArray(schema.pipe)) {
    for (const part of schema.pipe as v.GenericSchema[]) {
      if (part !== schema && 'entries' in part) return entriesOf(part)
    }
  }
  throw new Error('schema has no object entries')
}

/** Field names a schema knows; writes touch only these, so fields from newer apps survive. */
export const fieldsOf = (schema: v.GenericSchema): readonly string[] => {
  const cached = fieldCache.get(schema)
  if (cached) return cached
  const fields = entriesOf(schema)
  fieldCache.set(schema, fields)
  return fields
}
const fieldCache = new WeakMap<v.GenericSchema, readonly string[]>()

/** Fields of a section written into an item's Y.Map: all but `id`, which is the item's key. */
export const storedFieldsOf = (section: Section): readonly string[] => {
  const cached = storedCache.get(section)
  if (cached) return cached
  const fields = fieldsOf(SECTION_SCHEMAS[section]).filter((f) => f !== 'id')
  storedCache.set(section, fields)
  return fields
}
const storedCache = new Map<Section, readonly string[]>()
