// Verifying a credential received from an inbox, an import or a share: size, contexts, shape (valibot),
// then the eddsa-rdfc-2022 proof recomputed on the input exactly as received. Never throws on bad input.
import * as v from 'valibot'
import type { ValidationMethod, ValidationStatus } from '../domain/enums.ts'
import { LIMITS } from '../domain/primitives.ts'
import { fail, ok, type Result, toIssues } from '../domain/result.ts'
import { BUNDLED_CONTEXTS, CREDENTIAL_CONTEXT, offlineLoader } from './contexts.ts'
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
  achievementId: string
  competenceLabel: string
  alignment?: { targetName: string; targetUrl: string; targetCode?: string; targetFramework?: string }
  status: ValidationStatus
  level: 1 | 2 | 3 | 4
  method: ValidationMethod
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

const checkContexts = (ctx: unknown): CredentialErrorCode | null => {
  if (!Array.isArray(ctx) || !ctx.every((c) => typeof c === 'string')) return 'credential-malformed'
  if (ctx.some((c) => !BUNDLED_CONTEXTS.has(c))) return 'credential-unknown-context'
  const expected: readonly string[] = CREDENTIAL_CONTEXT
  return ctx.length === expected.length && ctx.every((c, i) => c === expected[i])
    ? null
    : 'credential-malformed'
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
  if (hasNestedContext(body)) return fail('credential-malformed')
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
    valid = await checkProof(raw as JsonLdDocument & { proof: DataIntegrityProof }, publicKey, loader)
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
    trainer: { name: c.issuer.name, organisation: c.issuer.parentOrg.name },
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
