// Checks a signed Livret document other than an achievement credential (an endorsement, a status list):
// size, its exact `@context`, no other nested `@context`, one eddsa-rdfc-2022 proof by the did:key
// named as issuer, the signature recomputed on the input exactly as received. Never throws on input.
import { LIMITS } from '../domain/primitives.ts'
import { fail, ok, type Result } from '../domain/result.ts'
import { hasNestedContext, offlineLoader } from './contexts.ts'
import { type DidKey, didOfVerificationMethod, publicKeyFromDidKey, verificationMethodId } from './did-key.ts'
import { verifyEd25519 } from './ed25519-verify.ts'
import {
  type DataIntegrityProof,
  hashForms,
  type JsonLdDocument,
  type ProofCheck,
  proofCheckData,
  singleProof,
} from './proof.ts'
import { sliced } from './slice.ts'
import { checkContexts } from './verify.ts'

/** Why a signed document is refused (the caller prefixes them: 'endorsement-…', 'status-list-…'). */
export type SecuredErrorCode =
  | 'too-large'
  | 'malformed'
  | 'unknown-context'
  | 'unsupported-proof'
  | 'issuer-mismatch'
  | 'bad-proof'

/** A JSON copy of an object or JSON text (no prototypes or getters), with its UTF-8 size; null if not JSON. */
export const jsonObjectCopy = (input: unknown): { value: Record<string, unknown>; size: number } | null => {
  try {
    const text = typeof input === 'string' ? input : JSON.stringify(input)
    if (typeof text !== 'string') return null
    const value: unknown = JSON.parse(text)
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return null
    return { value: value as Record<string, unknown>, size: new TextEncoder().encode(text).length }
  } catch {
    return null
  }
}

/** The issuer id of a document: `issuer` as a string or `issuer.id`. */
export const issuerIdOf = (doc: Record<string, unknown>): string | null => {
  const i = doc.issuer
  if (typeof i === 'string') return i
  if (i !== null && typeof i === 'object' && typeof (i as { id?: unknown }).id === 'string')
    return (i as { id: string }).id
  return null
}

type Secured = Result<
  { doc: Record<string, unknown>; issuerDid: DidKey; publicKey: Uint8Array },
  SecuredErrorCode
>

/** Verifies the proof of a signed document: its JSON copy and the issuer's did:key, or a code. It waits
 * its turn in the verification queue (slice.ts), ahead of the credentials (few, and each unblocks many). */
export const verifySecured = async (
  input: unknown,
  context: readonly string[],
  maxBytes: number = LIMITS.credentialBytes,
): Promise<Secured> => {
  // The CPU part in the queue, the signature (WebCrypto, off the thread) outside it (see verify.ts).
  const prepared = await sliced(() => prepare(input, context, maxBytes), true)
  if (!prepared.ok) return prepared
  const { check, ...found } = prepared.value
  const data = await hashForms(check.forms)
  return (await verifyEd25519(check.signature, data, found.publicKey)) ? ok(found) : fail('bad-proof')
}

type Found = { doc: Record<string, unknown>; issuerDid: DidKey; publicKey: Uint8Array }

const prepare = async (
  input: unknown,
  context: readonly string[],
  maxBytes: number,
): Promise<Result<Found & { check: ProofCheck }, SecuredErrorCode>> => {
  const copy = jsonObjectCopy(input)
  if (!copy) return fail('malformed')
  if (copy.size > maxBytes) return fail('too-large')
  const { '@context': ctx, ...body } = copy.value
  const ctxError = checkContexts(ctx, [context])
  if (ctxError) return fail(ctxError === 'credential-unknown-context' ? 'unknown-context' : 'malformed')
  if (hasNestedContext(body)) return fail('malformed')
  const proof = singleProof(copy.value.proof) as Partial<DataIntegrityProof> | null
  if (!proof || typeof proof !== 'object' || typeof proof.proofValue !== 'string') return fail('malformed')
  if (
    proof.type !== 'DataIntegrityProof' ||
    proof.cryptosuite !== 'eddsa-rdfc-2022' ||
    proof.proofPurpose !== 'assertionMethod' ||
    typeof proof.created !== 'string'
  )
    return fail('unsupported-proof')
  const issuer = issuerIdOf(copy.value)
  const did =
    typeof proof.verificationMethod === 'string' ? didOfVerificationMethod(proof.verificationMethod) : null
  const publicKey = issuer ? publicKeyFromDidKey(issuer) : null
  if (!did || !publicKey || did !== issuer || verificationMethodId(did) !== proof.verificationMethod)
    return fail('issuer-mismatch')
  const loader = offlineLoader()
  let check: ProofCheck | null
  try {
    check = await proofCheckData(copy.value as JsonLdDocument & { proof: DataIntegrityProof[] }, loader)
  } catch {
    return fail(loader.refusedUrl() ? 'unknown-context' : 'malformed')
  }
  if (!check) return fail('bad-proof')
  return ok({ doc: copy.value, issuerDid: did, publicKey, check })
}
