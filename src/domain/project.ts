// A professional project: a target job or activity. Several may coexist.
import * as v from 'valibot'
import { timestamps } from './base.ts'
import { PROJECT_STATUSES } from './enums.ts'
import { EscoAlignmentSchema } from './esco-alignment.ts'
import { ProjectIdSchema } from './ids.ts'
import { LIMITS, requiredText, text } from './primitives.ts'

/** Schema of a project. */
export const ProjectSchema = v.object({
  id: ProjectIdSchema,
  targetJob: requiredText(LIMITS.label),
  wishes: v.optional(text(LIMITS.notes)),
  needs: v.optional(text(LIMITS.notes)),
  status: v.picklist(PROJECT_STATUSES, 'invalid-status'),
  /** The ESCO occupation the person picked (optional, no migration). */
  esco: v.optional(EscoAlignmentSchema),
  ...timestamps,
})
/** A project. */
export type Project = v.InferOutput<typeof ProjectSchema>
