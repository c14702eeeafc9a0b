// Verifying a credential received from an inbox, an import or a share: size, contexts, shape (valibot),
// then the eddsa-rdfc-2022 proof recomputed on the input exactly as received. Never throws on bad input.
// The outcome depends only on the bytes (contexts are bundled, nothing is fetched, no clock is read), so
// it is remembered by the JSON text: the holder's check and the chain check of the same validation, or a
// booklet opened again, canonicalize it once (bounded, least recently used first out; the engine hashes
// the string natively, cheaper than a SHA-256 in JavaScript).
import * as v from 'valibot'
import type { ValidationMethod, ValidationStatus } from '../domain/enums.ts'
import { LIMITS } from '../domain/primitives.ts'
import { fail, jsonValue, ok, type Result, toIssues } from '../domain/result.ts'
import type { StatusEntry } from './build.ts'
import {
  BUNDLED_CONTEXTS,
  CREDENTIAL_CONTEXT,
  hasNestedContext,
  LEGACY_CREDENTIAL_CONTEXT,
  offlineLoader,
} from './contexts.ts'
import { type DidKey, didOfVerificationMethod, publicKeyFromDidKey, verificationMethodId } from './did-key.ts'
import { verifyEd25519 } from './ed25519-verify.ts'
import {
  type DataIntegrityProof,
  hashForms,
  type JsonLdDocument,
  type ProofCheck,
  proofCheckData,
} from './proof.ts'
import { LivretCredentialSchema } from './schema.ts'
import { sliced } from './slice.ts'
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

// The JSON text of the input (no prototypes, getters or cycles), or null.
const jsonText = (input: unknown): string | null => {
  try {
    const text = typeof input === 'string' ? input : JSON.stringify(input)
    return typeof text === 'string' ? text : null
  } catch {
    return null
  }
}

type Outcome = Result<VerifiedCredential, CredentialErrorCode>
const MAX_REMEMBERED = 1_000
// Outcomes without the credential itself (each caller gets its own parse of the text).
const remembered = new Map<string, Promise<Outcome>>()

/** Verifies a credential (object or JSON text). Only a verified credential may be shown as valid. */
export const verifyCredential = async (input: unknown): Promise<Outcome> => {
  const text = jsonText(input)
  if (text === null) return fail('credential-malformed')
  const outcome = await remember(text)
  // Each caller gets its own copy of the credential: one caller changing it cannot change another's.
  return outcome.ok ? ok({ ...outcome.value, credential: JSON.parse(text) }) : outcome
}

const remember = (text: string): Promise<Outcome> => {
  // UTF-8 length without encoding: a UTF-16 unit is at most 3 bytes, so most texts need no count.
  if (
    text.length * 3 > LIMITS.credentialBytes &&
    new TextEncoder().encode(text).length > LIMITS.credentialBytes
  )
    return Promise.resolve(fail('credential-too-large'))
  let pending = remembered.get(text)
  if (pending) {
    remembered.delete(text)
  } else {
    pending = verifyText(text).then((o) =>
      o.ok ? ok(deepFreeze({ ...o.value, credential: {} as Record<string, unknown> })) : o,
    )
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string)
  }
  remembered.set(text, pending)
  return pending
}

// What is remembered is shared by every caller: frozen, so a caller changing it is a bug that shows.
const deepFreeze = <T>(x: T): T => {
  if (x !== null && typeof x === 'object' && !Object.isFrozen(x)) {
    Object.freeze(x)
    for (const y of Object.values(x)) deepFreeze(y)
  }
  return x
}

/** Forgets remembered outcomes (tests, benchmarks of a first opening). */
export const forgetVerifiedCredentials = () => remembered.clear()

// The CPU part (parsing, schema, canonicalization) waits its turn in the queue, so 200 cards asking at
// once hold the thread no longer than one slice; hashing and the signature check (WebCrypto, off the
// thread) are awaited outside the queue, so the next credential's canonicalization overlaps them.
const verifyText = async (text: string): Promise<Outcome> => {
  const prepared = await sliced(() => prepare(text))
  if (!prepared.ok) return prepared
  const { check, publicKey, value } = prepared.value
  const valid = await verifyEd25519(check.signature, await hashForms(check.forms), publicKey)
  return valid ? ok(value) : fail('credential-bad-proof')
}

type Prepared = {
  check: ProofCheck
  publicKey: Uint8Array
  value: VerifiedCredential
}

const prepare = async (text: string): Promise<Result<Prepared, CredentialErrorCode>> => {
  const raw = jsonValue(text)
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
  let check: Prepared['check'] | null
  try {
    check = await proofCheckData(raw as JsonLdDocument & { proof: DataIntegrityProof[] }, loader)
  } catch {
    return fail(loader.refusedUrl() ? 'credential-unknown-context' : 'credential-malformed')
  }
  if (!check) return fail('credential-bad-proof')
  const subject = c.credentialSubject
  const alignment = subject.achievement.alignment?.[0]
  const evidence = c.evidence?.[0]
  const identity = subject.identifier[0]
  const value: VerifiedCredential = {
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
  }
  return ok({ check, publicKey, value })
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
