// The holder's proof file: some validations exactly as issued (each credential carries its endorsement
// chain in issuer.endorsement), to hand to a professional who opens it in Livret's receive screen.
// Format: { type: 'LivretProof', formatVersion: 1, createdAt, credentials: [credential, …] }. Read
// bounded (size, count); each credential is then verified on its own (viewOfCredential).
import * as v from 'valibot'
import type { Validation } from '../../domain/index.ts'
import { fail, jsonValue, ok, type Result } from '../../domain/result.ts'

/** Largest proof file read (bytes of text). */
export const MAX_PROOF_BYTES = 4_000_000
/** Most credentials in one proof file. */
export const MAX_PROOF_CREDENTIALS = 500

const ProofSchema = v.object({
  type: v.literal('LivretProof'),
  formatVersion: v.literal(1),
  createdAt: v.pipe(v.string(), v.maxLength(40)),
  credentials: v.pipe(
    v.array(v.record(v.string(), v.unknown())),
    v.minLength(1),
    v.maxLength(MAX_PROOF_CREDENTIALS),
  ),
})
/** A proof file, parsed (credentials not yet verified). */
export type ProofFile = v.InferOutput<typeof ProofSchema>

/** The proof file text of some validations. */
export const proofFileText = (validations: readonly Validation[], now = new Date()): string =>
  JSON.stringify({
    type: 'LivretProof',
    formatVersion: 1,
    createdAt: now.toISOString(),
    credentials: validations.map((x) => x.credential),
  } satisfies ProofFile)

/** Reads a proof file's text: 'proof-malformed' when it is not one (or too large). */
export const readProofFile = (text: string): Result<ProofFile, 'proof-malformed'> => {
  if (text.length > MAX_PROOF_BYTES) return fail('proof-malformed')
  const parsed = v.safeParse(ProofSchema, jsonValue(text))
  return parsed.success ? ok(parsed.output) : fail('proof-malformed')
}
