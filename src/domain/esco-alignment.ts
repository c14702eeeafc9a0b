// The ESCO concept a competence (skill) or a project (occupation) is aligned to, as the person picked
// it: the stable concept URI and the preferred label they saw. Optional on both entities, so older
// booklets read unchanged (no migration); the older free `alignment` {framework, code, label} stays
// for ROME and other frameworks filled in by a professional.
import * as v from 'valibot'
import { LIMITS, requiredText } from './primitives.ts'

/** Concept URIs an alignment may hold (ESCO skills and occupations, last segment a UUID-like id). */
export const ESCO_URI_PATTERN = /^http:\/\/data\.europa\.eu\/esco\/(skill|occupation)\/[A-Za-z0-9-]{1,64}$/

/** Schema of an ESCO alignment. */
export const EscoAlignmentSchema = v.object({
  uri: v.pipe(v.string(), v.regex(ESCO_URI_PATTERN, 'invalid-esco-uri')),
  label: requiredText(LIMITS.label),
  framework: v.literal('ESCO', 'invalid-framework'),
})
/** An ESCO alignment. */
export type EscoAlignment = v.InferOutput<typeof EscoAlignmentSchema>

/** An Open Badges 3.0 `Alignment` (1EdTech schema: type, targetName and targetUrl required). */
export type Ob3Alignment = {
  type: ['Alignment']
  targetName: string
  targetUrl: string
  targetFramework: 'ESCO'
  targetType: 'ceasn:Competency' | 'ext:EscoOccupation'
}

/** The OB 3.0 alignment of an ESCO alignment: a skill is a `ceasn:Competency`; an occupation is
 * not in the schema's enum, so it uses the extension form the schema allows (`ext:…`). */
export const toOb3Alignment = (a: EscoAlignment): Ob3Alignment => ({
  type: ['Alignment'],
  targetName: a.label,
  targetUrl: a.uri,
  targetFramework: 'ESCO',
  targetType: a.uri.includes('/esco/occupation/') ? 'ext:EscoOccupation' : 'ceasn:Competency',
})

/** The ESCO alignment a signed credential carries (its achievement's first `Alignment` whose framework
 * is ESCO and whose URL is an ESCO concept), as a stored alignment; undefined when there is none. For
 * display beside a verified credential: the signature covers it. */
export const escoAlignmentInCredential = (credential: unknown): EscoAlignment | undefined => {
  const achievement = (credential as { credentialSubject?: { achievement?: { alignment?: unknown } } } | null)
    ?.credentialSubject?.achievement
  const list = achievement?.alignment
  if (!Array.isArray(list)) return undefined
  for (const a of list as { targetFramework?: unknown; targetUrl?: unknown; targetName?: unknown }[]) {
    if (a === null || typeof a !== 'object' || a.targetFramework !== 'ESCO') continue
    const r = v.safeParse(EscoAlignmentSchema, { uri: a.targetUrl, label: a.targetName, framework: 'ESCO' })
    if (r.success) return r.output
  }
  return undefined
}
