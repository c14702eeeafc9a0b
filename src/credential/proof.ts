// Data Integrity proof, cryptosuite eddsa-rdfc-2022 (W3C VC Data Integrity EdDSA Cryptosuites v1.0):
//   hashData = SHA-256(RDFC-1.0(proof configuration)) || SHA-256(RDFC-1.0(document without proof))
//   proofValue = multibase base58btc(Ed25519 signature of hashData)
// The proof configuration is the proof without `proofValue`, with the document's `@context`.
// Livret writes `proof` as an array of one proof (OB 3.0's JSON Schema wants an array) and still reads
// the single-object form it wrote before. Signing goes through a `Signer`, so the secret key may stay
// inside WebCrypto (key-store.ts) or in memory (TrainerKeys).
import { ed25519 } from '@noble/curves/ed25519.js'
import { sha256 } from '@noble/hashes/sha2.js'
import { multibaseDecode, multibaseEncode } from './base58.ts'
import { canonize } from './canonize.ts'
import type { OfflineLoader } from './contexts.ts'
import { verifyEd25519 } from './ed25519-verify.ts'

/** The embedded proof of a Livret credential. */
export type DataIntegrityProof = {
  type: 'DataIntegrityProof'
  cryptosuite: 'eddsa-rdfc-2022'
  created: string
  verificationMethod: string
  proofPurpose: 'assertionMethod'
  proofValue: string
}

/** Signs bytes with an Ed25519 key named by `verificationMethod` (did:key#…). */
export type Signer = { verificationMethod: string; sign: (data: Uint8Array) => Promise<Uint8Array> }

/** A Signer over a secret key held in memory. */
export const memorySigner = (secretKey: Uint8Array, verificationMethod: string): Signer => ({
  verificationMethod,
  sign: async (data) => ed25519.sign(data, secretKey),
})

/** The one proof of a secured document, whether written as an object or as an array of one; else null. */
export const singleProof = (proof: unknown): unknown =>
  Array.isArray(proof) ? (proof.length === 1 ? proof[0] : null) : (proof ?? null)

/** A JSON-LD document with a `@context`. */
export type JsonLdDocument = { '@context': readonly string[] } & Record<string, unknown>

const utf8 = new TextEncoder()

/** `created` as an XSD dateTimeStamp without milliseconds, like other implementations write it. */
export const proofTimestamp = (date: Date): string => date.toISOString().replace(/\.\d{3}Z$/, 'Z')

/** hashData of the spec from the two canonical N-Quads strings. */
export const hashData = (canonicalProofConfig: string, canonicalDocument: string): Uint8Array => {
  const out = new Uint8Array(64)
  out.set(sha256(utf8.encode(canonicalProofConfig)), 0)
  out.set(sha256(utf8.encode(canonicalDocument)), 32)
  return out
}

// SHA-256 of a canonical form: native (WebCrypto) where there is one — a credential's N-Quads are
// ≈ 10 KB (its badge image, its endorsement), which JavaScript hashes ≈ 10× slower — else @noble/hashes.
const sha256Native = async (text: string): Promise<Uint8Array> => {
  const bytes = utf8.encode(text)
  const subtle = globalThis.crypto?.subtle
  if (subtle) {
    try {
      return new Uint8Array(await subtle.digest('SHA-256', bytes))
    } catch {
      // no SHA-256 in this WebCrypto: the same hash in JavaScript
    }
  }
  return sha256(bytes)
}

const proofConfigOf = (doc: JsonLdDocument, proof: Omit<DataIntegrityProof, 'proofValue'>): object => ({
  '@context': doc['@context'],
  type: proof.type,
  cryptosuite: proof.cryptosuite,
  created: proof.created,
  verificationMethod: proof.verificationMethod,
  proofPurpose: proof.proofPurpose,
})

// The two canonical forms the proof signs: the proof configuration's and the document's.
type CanonicalForms = readonly [proofConfig: string, document: string]

const canonicalForms = (
  doc: JsonLdDocument,
  proof: Omit<DataIntegrityProof, 'proofValue'>,
  loader: OfflineLoader,
): Promise<CanonicalForms> =>
  Promise.all([canonize(proofConfigOf(doc, proof), loader), canonize(doc, loader)])

/** hashData from the two canonical forms, hashed natively where the platform can (see sha256Native). */
export const hashForms = async (forms: CanonicalForms): Promise<Uint8Array> => {
  const [proofHash, docHash] = await Promise.all([sha256Native(forms[0]), sha256Native(forms[1])])
  const out = new Uint8Array(64)
  out.set(proofHash, 0)
  out.set(docHash, 32)
  return out
}

const dataToSign = async (
  doc: JsonLdDocument,
  proof: Omit<DataIntegrityProof, 'proofValue'>,
  loader: OfflineLoader,
): Promise<Uint8Array> => hashForms(await canonicalForms(doc, proof, loader))

/** Signs an unsecured document: returns a copy with the embedded proof (an array of one). */
export const addProof = async <D extends JsonLdDocument>(
  doc: D,
  signer: Signer,
  created: string,
  loader: OfflineLoader,
): Promise<D & { proof: [DataIntegrityProof] }> => {
  const config = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-rdfc-2022',
    created,
    verificationMethod: signer.verificationMethod,
    proofPurpose: 'assertionMethod',
  } as const
  const signature = await signer.sign(await dataToSign(doc, config, loader))
  if (signature.length !== 64) throw new Error('ed25519 signature must be 64 bytes')
  return { ...doc, proof: [{ ...config, proofValue: multibaseEncode(signature) }] }
}

/** What a proof check needs: the signature and the canonical forms it must sign (the CPU part of a
 * check; hash them with hashForms). */
export type ProofCheck = { signature: Uint8Array; forms: CanonicalForms }

/** The signature and the canonical forms it signs; null when there is no single proof with a 64-byte
 * signature. Throws if it cannot canonize. */
export const proofCheckData = async (
  secured: JsonLdDocument & { proof: DataIntegrityProof | DataIntegrityProof[] },
  loader: OfflineLoader,
): Promise<ProofCheck | null> => {
  const { proof: proofs, ...doc } = secured
  const proof = singleProof(proofs) as DataIntegrityProof | null
  if (!proof) return null
  const signature = multibaseDecode(proof.proofValue)
  if (signature?.length !== 64) return null
  const { proofValue: _, ...config } = proof
  return { signature, forms: await canonicalForms(doc as JsonLdDocument, config, loader) }
}

/** True when the proof's signature by `publicKey` matches the document; throws if it cannot canonize. */
export const checkProof = async (
  secured: JsonLdDocument & { proof: DataIntegrityProof | DataIntegrityProof[] },
  publicKey: Uint8Array,
  loader: OfflineLoader,
): Promise<boolean> => {
  const check = await proofCheckData(secured, loader)
  return check ? verifyEd25519(check.signature, await hashForms(check.forms), publicKey) : false
}
