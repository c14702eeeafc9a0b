// Verifying a credential received from an inbox, an import or a share: size, contexts, shape (valibot),
// then the eddsa-rdfc-2022 proof recomputed on the input exactly as received. Never throws on bad input.
import * as v from 'valibot'
import type { ValidationMethod, ValidationStatus } from '../domain/enums.ts'
import { LIMITS } from '../domain/primitives.ts'
import { fail, ok, type Result, toIssues } from '../domain/result.ts'
import type { StatusEntry } from './build.ts'
import { BUNDLED_CONTEXTS, CREDENTIAL_CONTEXT, LEGACY_CREDENTIAL_CONTEXT, offlineLoader } from './contexts.ts'
import { type DidKey, didOfVerificationMethod, publicKeyFromDidKey, verificationMethodId } from './did-key.ts'
import { checkProof, type DataIntegrityProof, type JsonLdDocument } from './proof.ts'
import { LivretCredentialSchema } from './schema.ts'
import { fingerprintOf } from './trainer-keys.ts'

/** Why a credential is not verifiable. */
export type CredentialErrorCode =
  | 'credential-too-large'
  | 'credential-malformed'
  | 'credential-unknown-context'
  | 'credential-unsupported-proof'
  | 'credential-issuer-mismatch'
  | 'credential-bad-proof'

/** What a verified credential says, read from the signed input. */
export type VerifiedCredential = {
  credentialId: string
  issuerDid: DidKey
  fingerprint: string
  trainer: { name: string; organisation: string }
  /** 'organisation' when the organisation itself signed (no parentOrg). */
  issuerKind: 'trainer' | 'organisation'
  /** The trainer's organisation id as written (its DID when the trainer is endorsed). */
  organisationId?: string
  /** The EndorsementCredentials carried by the issuer profile (verify them with verifyEndorsement). */
  endorsements: Record<string, unknown>[]
  /** Where the credential can be withdrawn, when it says. */
  credentialStatus?: StatusEntry
  achievementId: string
  competenceLabel: string
  alignment?: { targetName: string; targetUrl: string; targetCode?: string; targetFramework?: string }
  status: ValidationStatus
  level: 1 | 2 | 3 | 4
  method: ValidationMethod
  /** What remains to learn (partial / not yet), when the trainer wrote it. */
  remaining?: string
  /** Day of the assessment, 'YYYY-MM-DD'. */
  date: string
  /** validFrom: when the trainer signed. */
  issuedAt: string
  evidence?: string
  comment?: string
  holderIdentity: { identityHash: string; salt: string }
  /** The credential exactly as verified (a JSON copy), to store and export. */
  credential: Record<string, unknown>
}

const hasNestedContext = (x: unknown, depth = 0): boolean => {
  if (depth > 32) return true
  if (Array.isArray(x)) return x.some((y) => hasNestedContext(y, depth + 1))
  if (x !== null && typeof x === 'object')
    return Object.entries(x).some(([k, y]) => k === '@context' || hasNestedContext(y, depth + 1))
  return false
}

const sameList = (a: readonly unknown[], b: readonly string[]) =>
  a.length === b.length && a.every((c, i) => c === b[i])

/** Checks a document's `@context` is one Livret writes: null when it is. */
export const checkContexts = (
  ctx: unknown,
  allowed: readonly (readonly string[])[] = [CREDENTIAL_CONTEXT, LEGACY_CREDENTIAL_CONTEXT],
): CredentialErrorCode | null => {
  if (!Array.isArray(ctx) || !ctx.every((c) => typeof c === 'string')) return 'credential-malformed'
  if (ctx.some((c) => !BUNDLED_CONTEXTS.has(c))) return 'credential-unknown-context'
  return allowed.some((a) => sameList(ctx, a)) ? null : 'credential-malformed'
}

// Embedded endorsements carry their own `@context` (OB 3.0 requires it); it must be Livret's, and no
// other nested `@context` may change what terms mean inside the signed document.
const endorsementContextsError = (body: Record<string, unknown>): CredentialErrorCode | null => {
  const issuer = body.issuer
  if (issuer === null || typeof issuer !== 'object' || !('endorsement' in issuer)) return null
  const list = (issuer as { endorsement: unknown }).endorsement
  if (!Array.isArray(list) || list.length > 4) return 'credential-malformed'
  for (const e of list) {
    if (e === null || typeof e !== 'object' || Array.isArray(e)) return 'credential-malformed'
    const { '@context': ctx, ...rest } = e as Record<string, unknown>
    const error = checkContexts(ctx, [CREDENTIAL_CONTEXT])
    if (error) return error
    if (hasNestedContext(rest)) return 'credential-malformed'
  }
  return null
}

const withoutEndorsements = (body: Record<string, unknown>): Record<string, unknown> => {
  const issuer = body.issuer
  if (issuer === null || typeof issuer !== 'object') return body
  const { endorsement: _, ...rest } = issuer as Record<string, unknown>
  return { ...body, issuer: rest }
}

// A JSON copy: no prototypes, getters or cycles; strings stay byte for byte as received.
const jsonCopy = (input: unknown): { value: unknown; size: number } | null => {
  try {
    const text = typeof input === 'string' ? input : JSON.stringify(input)
    if (typeof text !== 'string') return null
    return { value: JSON.parse(text), size: new TextEncoder().encode(text).length }
  } catch {
    return null
  }
}

/** Verifies a credential (object or JSON text). Only a verified credential may be shown as valid. */
export const verifyCredential = async (
  input: unknown,
): Promise<Result<VerifiedCredential, CredentialErrorCode>> => {
  const copy = jsonCopy(input)
  if (!copy) return fail('credential-malformed')
  if (copy.size > LIMITS.credentialBytes) return fail('credential-too-large')
  const raw = copy.value
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return fail('credential-malformed')
  const { '@context': ctx, ...body } = raw as Record<string, unknown>
  const ctxError = checkContexts(ctx)
  if (ctxError) return fail(ctxError)
  const nestedError = endorsementContextsError(body)
  if (nestedError) return fail(nestedError)
  if (hasNestedContext(withoutEndorsements(body))) return fail('credential-malformed')
  const parsed = v.safeParse(LivretCredentialSchema, raw)
  if (!parsed.success) return fail('credential-malformed', toIssues(parsed.issues))
  const c = parsed.output
  const proof = c.proof
  if (
    proof.type !== 'DataIntegrityProof' ||
    proof.cryptosuite !== 'eddsa-rdfc-2022' ||
    proof.proofPurpose !== 'assertionMethod'
  )
    return fail('credential-unsupported-proof')
  const did = didOfVerificationMethod(proof.verificationMethod)
  const publicKey = publicKeyFromDidKey(c.issuer.id)
  if (!did || !publicKey || did !== c.issuer.id || verificationMethodId(did) !== proof.verificationMethod)
    return fail('credential-issuer-mismatch')
  const loader = offlineLoader()
  let valid: boolean
  try {
    valid = await checkProof(raw as JsonLdDocument & { proof: DataIntegrityProof[] }, publicKey, loader)
  } catch {
    return fail(loader.refusedUrl() ? 'credential-unknown-context' : 'credential-malformed')
  }
  if (!valid) return fail('credential-bad-proof')
  const subject = c.credentialSubject
  const alignment = subject.achievement.alignment?.[0]
  const evidence = c.evidence?.[0]
  const identity = subject.identifier[0]
  return ok({
    credentialId: c.id,
    issuerDid: did,
    fingerprint: fingerprintOf(publicKey),
    trainer: { name: c.issuer.name, organisation: c.issuer.parentOrg?.name ?? c.issuer.name },
    issuerKind: c.issuer.parentOrg ? 'trainer' : 'organisation',
    ...(c.issuer.parentOrg ? { organisationId: c.issuer.parentOrg.id } : {}),
    endorsements: c.issuer.endorsement ?? [],
    ...(c.credentialStatus ? { credentialStatus: c.credentialStatus } : {}),
    achievementId: subject.achievement.id,
    competenceLabel: subject.achievement.name,
    ...(alignment ? { alignment: pickAlignment(alignment) } : {}),
    ...c.claims,
    date: subject.activityEndDate.slice(0, 10),
    issuedAt: c.validFrom,
    ...(evidence?.narrative ? { evidence: evidence.narrative } : {}),
    ...(evidence?.description ? { comment: evidence.description } : {}),
    holderIdentity: { identityHash: identity?.identityHash ?? '', salt: identity?.salt ?? '' },
    credential: raw as Record<string, unknown>,
  })
}

const pickAlignment = (a: {
  targetName: string
  targetUrl: string
  targetCode?: string | undefined
  targetFramework?: string | undefined
}): NonNullable<VerifiedCredential['alignment']> => ({
  targetName: a.targetName,
  targetUrl: a.targetUrl,
  ...(a.targetCode !== undefined ? { targetCode: a.targetCode } : {}),
  ...(a.targetFramework !== undefined ? { targetFramework: a.targetFramework } : {}),
})
