// A named CV ("CV vente"): what the person picked, the layout and the language. Kept in the booklet
// (section `cvs`), not as a device record: the person builds it on the phone and may print it from
// the laptop at the CISP, and a restore from backup brings it back. It stores ids, not copies, so the
// CV regenerates from the booklet as it is today (src/features/cv).
import * as v from 'valibot'
import { timestamps } from './base.ts'
import { CompetenceIdSchema, ExperienceIdSchema, idSchema, ProjectIdSchema } from './ids.ts'
import { LIMITS, requiredText } from './primitives.ts'

/** CV selection id. */
export const CvSelectionIdSchema = idSchema('CvSelectionId')
/** Id of a saved CV. */
export type CvSelectionId = v.InferOutput<typeof CvSelectionIdSchema>

/** The A4 layouts. */
export const CV_LAYOUTS = ['sobre', 'deux-colonnes'] as const
/** One layout. */
export type CvLayout = (typeof CV_LAYOUTS)[number]

/** Languages of a CV's headings and fixed words. */
export const CV_LANGS = ['fr', 'nl', 'en'] as const
/** One CV language. */
export type CvLang = (typeof CV_LANGS)[number]

/** Contact details the CV may show (from the profile). */
export const CV_CONTACT_FIELDS = ['email', 'phone', 'city', 'drivingLicence', 'languages'] as const
/** One contact field. */
export type CvContactField = (typeof CV_CONTACT_FIELDS)[number]

const ids = <S extends v.GenericSchema>(item: S) => v.pipe(v.array(item), v.maxLength(LIMITS.ids, 'too-many'))

/** Schema of a saved CV selection (order of ids = order on the CV). */
export const CvSelectionSchema = v.object({
  id: CvSelectionIdSchema,
  name: requiredText(LIMITS.name),
  layout: v.picklist(CV_LAYOUTS, 'invalid-layout'),
  lang: v.picklist(CV_LANGS, 'invalid-lang'),
  experienceIds: ids(ExperienceIdSchema),
  competenceIds: ids(CompetenceIdSchema),
  projectIds: ids(ProjectIdSchema),
  contact: v.pipe(v.array(v.picklist(CV_CONTACT_FIELDS, 'invalid-contact-field')), v.maxLength(10)),
  ...timestamps,
})
/** A saved CV selection. */
export type CvSelection = v.InferOutput<typeof CvSelectionSchema>
