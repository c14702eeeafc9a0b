// The shape of a credential Livret accepts, checked with valibot before any proof is computed. It
// reads the raw JSON without changing it (no trimming): the proof is always checked on the input as
// received, and the claims returned come from that same signed input.
import * as v from 'valibot'
import { VALIDATION_METHODS, VALIDATION_STATUSES } from '../domain/enums.ts'
import { isValidDay, LIMITS } from '../domain/primitives.ts'
import { levelUri, RD_LEVEL, RD_METHOD, RD_REMAINING, RD_STATUS } from './ids.ts'

const DATE_TIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/
const MAX_TEXT = 5_000

// C0 controls other than tab and new lines, and DEL: refused by the domain's texts too.
const hasControlChars = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true
  }
  return false
}
const str = (max = MAX_TEXT) => v.pipe(v.string(), v.minLength(1), v.maxLength(max))
// A text that maps unchanged onto the domain's Validation: bounded like it, already trimmed, clean.
const personText = (max: number) =>
  v.pipe(
    str(max),
    v.check((s) => s === s.trim() && !hasControlChars(s), 'untrimmed-or-control-chars'),
  )
// Built once: a schema made per call showed as the heaviest function of a booklet's verification.
const notesText = personText(LIMITS.notes)
const optStr = v.optional(notesText)
const dateTime = v.pipe(v.string(), v.regex(DATE_TIME_RE, 'invalid-date-time'))
const typeIncludes = (t: string) =>
  v.pipe(
    v.union([v.string(), v.array(v.string())]),
    v.check((x) => (Array.isArray(x) ? x.includes(t) : x === t), `type-not-${t}`),
  )

/** One Data Integrity proof as Livret writes it. */
export const ProofSchema = v.object({
  type: v.string(),
  cryptosuite: v.string(),
  created: dateTime,
  verificationMethod: str(300),
  proofPurpose: v.string(),
  proofValue: v.pipe(v.string(), v.regex(/^z[1-9A-HJ-NP-Za-km-z]{1,200}$/, 'invalid-proof-value')),
})

/** `proof`: one proof, as an array of one (current) or as an object (Livret before), read as the object. */
export const OneProofSchema = v.pipe(
  v.union([ProofSchema, v.strictTuple([ProofSchema])]),
  v.transform((p) => (Array.isArray(p) ? p[0] : p)),
)

/** A BitstringStatusListEntry for revocation. */
export const StatusEntrySchema = v.object({
  id: str(2_000),
  type: v.literal('BitstringStatusListEntry'),
  statusPurpose: v.literal('revocation'),
  statusListIndex: v.pipe(v.string(), v.regex(/^(0|[1-9]\d{0,8})$/, 'invalid-status-index')),
  statusListCredential: v.pipe(str(2_000), v.regex(/^https?:\/\/\S+$/, 'invalid-status-url')),
})

const ResultSchema = v.object({
  type: typeIncludes('Result'),
  resultDescription: v.picklist([RD_STATUS, RD_LEVEL, RD_METHOD, RD_REMAINING]),
  value: v.string(),
  status: v.optional(v.picklist(['Completed', 'InProgress'])),
  achievedLevel: v.optional(v.string()),
})

const AlignmentSchema = v.object({
  type: typeIncludes('Alignment'),
  targetName: str(),
  targetUrl: str(2_000),
  targetCode: v.optional(str(200)),
  targetFramework: v.optional(str(200)),
})

const IdentitySchema = v.object({
  type: v.literal('IdentityObject'),
  identityType: v.literal('identifier'),
  hashed: v.literal(true),
  identityHash: v.pipe(v.string(), v.regex(/^sha256\$[0-9a-f]{64}$/, 'invalid-identity-hash')),
  salt: str(200),
})

// One Result per description, each value within its vocabulary, and the OB fields consistent with it.
const readResults = (results: v.InferOutput<typeof ResultSchema>[]) => {
  const by = (rd: string) => results.filter((r) => r.resultDescription === rd)
  const [status, level, method, rest] = [by(RD_STATUS), by(RD_LEVEL), by(RD_METHOD), by(RD_REMAINING)]
  if (status.length !== 1 || level.length !== 1 || method.length !== 1 || rest.length > 1) return null
  const s = VALIDATION_STATUSES.find((x) => x === status[0]?.value)
  const n = [1, 2, 3, 4].find((x) => String(x) === level[0]?.value) as 1 | 2 | 3 | 4 | undefined
  const m = VALIDATION_METHODS.find((x) => x === method[0]?.value)
  if (!s || !n || !m) return null
  if (status[0]?.status !== (s === 'validated' ? 'Completed' : 'InProgress')) return null
  if (level[0]?.achievedLevel !== levelUri(n)) return null
  const remaining = rest[0]?.value
  if (remaining !== undefined && (s === 'validated' || !v.is(notesText, remaining))) return null
  return { status: s, level: n, method: m, ...(remaining !== undefined ? { remaining } : {}) }
}

/** A Livret OpenBadgeCredential with its claims read out (`claims`). */
export const LivretCredentialSchema = v.pipe(
  v.object({
    id: str(300),
    type: v.pipe(typeIncludes('VerifiableCredential'), typeIncludes('OpenBadgeCredential')),
    name: str(),
    description: v.optional(str()),
    issuer: v.object({
      id: str(300),
      type: typeIncludes('Profile'),
      name: personText(LIMITS.name),
      parentOrg: v.optional(
        v.object({ id: str(300), type: typeIncludes('Profile'), name: personText(LIMITS.label) }),
      ),
      // Checked one by one as EndorsementCredentials (endorsement.ts); bounded here.
      endorsement: v.optional(v.pipe(v.array(v.record(v.string(), v.unknown())), v.maxLength(4))),
    }),
    credentialStatus: v.optional(StatusEntrySchema),
    validFrom: dateTime,
    credentialSubject: v.object({
      type: typeIncludes('AchievementSubject'),
      identifier: v.pipe(v.array(IdentitySchema), v.length(1)),
      activityEndDate: v.pipe(
        v.string(),
        v.check((s) => /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(s) && isValidDay(s.slice(0, 10)), 'invalid-date'),
      ),
      achievement: v.object({
        id: str(300),
        type: typeIncludes('Achievement'),
        name: personText(LIMITS.label),
        alignment: v.optional(v.pipe(v.array(AlignmentSchema), v.maxLength(10))),
      }),
      result: v.pipe(v.array(ResultSchema), v.maxLength(10)),
    }),
    evidence: v.optional(
      v.pipe(
        v.array(v.object({ type: typeIncludes('Evidence'), narrative: optStr, description: optStr })),
        v.maxLength(10),
      ),
    ),
    proof: OneProofSchema,
  }),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const c = dataset.value
    const results = readResults(c.credentialSubject.result)
    if (!results) {
      addIssue({ message: 'invalid-results', path: undefined })
      return NEVER
    }
    return { ...c, claims: results }
  }),
)

/** Output of LivretCredentialSchema. */
export type ParsedCredential = v.InferOutput<typeof LivretCredentialSchema>
