// A trust list: a signed file listing organisations (their did:key, name, and optionally url, location
// and did:web aliases) that a reader may import, if they chose to trust its signer (a network of
// operators, a region). Format and its mapping to the Digital Credentials Consortium's issuer-registry
// format: docs/trust.md. `meta` and `registry` have the DCC registry's shape (`registry` is what
// @digitalcredentials/issuer-registry-client reads today; `entries`, the same map, its older name and
// Livret's), so a DCC registry client reads the same file; both maps must be equal. Signed with Data Integrity eddsa-jcs-2022 (JSON canonicalization, no JSON-LD):
//   hashData = SHA-256(JCS(proof config)) || SHA-256(JCS(list without proof)), Ed25519, base58btc.
import { sha256 } from '@noble/hashes/sha2.js'
import * as v from 'valibot'
import {
  type AnyKey,
  type DidKey,
  didOfVerificationMethod,
  keyInfo,
  multibaseDecode,
  multibaseEncode,
  publicKeyFromDidKey,
  signBytes,
  verifyEd25519,
} from '../../credential/index.ts'
import { fail, jsonValue, ok, type Result } from '../../domain/result.ts'
import { canonicalJson } from './jcs.ts'

/** Format name and version written in every trust list. */
export const TRUST_LIST_TYPE = 'LivretTrustList'
export const TRUST_LIST_FORMAT_VERSION = 1
/** Largest trust list file read, in bytes. */
export const MAX_TRUST_LIST_BYTES = 512_000

/** One listed organisation. */
export type TrustListOrganisation = {
  did: DidKey
  name: string
  url?: string
  location?: string
  alsoKnownAs?: string[]
}

/** What the signer puts in a list. */
export type TrustListInput = {
  id?: string
  name: string
  version: number
  signer: { name: string; keys: AnyKey }
  validFrom: Date
  validUntil: Date
  organisations: readonly TrustListOrganisation[]
}

const stamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z')
const utf8 = new TextEncoder()

const hashData = (config: object, doc: object): Uint8Array => {
  const out = new Uint8Array(64)
  out.set(sha256(utf8.encode(canonicalJson(config))), 0)
  out.set(sha256(utf8.encode(canonicalJson(doc))), 32)
  return out
}

/** Builds and signs a trust list. */
export const signTrustList = async (input: TrustListInput): Promise<Record<string, unknown>> => {
  const signer = keyInfo(input.signer.keys.publicKey)
  const entries: Record<string, Omit<TrustListOrganisation, 'did'>> = {}
  for (const { did, ...rest } of input.organisations) entries[did] = rest
  const doc = {
    type: TRUST_LIST_TYPE,
    formatVersion: TRUST_LIST_FORMAT_VERSION,
    id: input.id ?? `urn:uuid:${globalThis.crypto.randomUUID()}`,
    name: input.name,
    version: input.version,
    issuer: { id: signer.did, name: input.signer.name },
    validFrom: stamp(input.validFrom),
    validUntil: stamp(input.validUntil),
    meta: { created: stamp(input.validFrom), updated: stamp(input.validFrom) },
    entries,
    registry: entries,
  }
  const config = {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    created: stamp(input.validFrom),
    verificationMethod: signer.verificationMethod,
    proofPurpose: 'assertionMethod',
  }
  const signature = await signBytes(input.signer.keys, hashData(config, doc))
  return { ...doc, proof: { ...config, proofValue: multibaseEncode(signature) } }
}

const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max))
const stampSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/, 'invalid-date-time'))
const EntrySchema = v.object({
  name: text(200),
  url: v.optional(v.pipe(text(500), v.regex(/^https:\/\/\S+$/))),
  location: v.optional(text(200)),
  alsoKnownAs: v.optional(v.pipe(v.array(v.pipe(text(300), v.startsWith('did:web:'))), v.maxLength(4))),
})
const EntriesSchema = v.pipe(
  v.record(
    v.pipe(
      v.string(),
      v.check((k) => publicKeyFromDidKey(k) !== null, 'not-did-key'),
    ),
    EntrySchema,
  ),
  v.check((e) => Object.keys(e).length <= 5_000, 'too-many-entries'),
)
const TrustListSchema = v.object({
  type: v.literal(TRUST_LIST_TYPE),
  formatVersion: v.literal(TRUST_LIST_FORMAT_VERSION),
  id: text(300),
  name: text(200),
  version: v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(Number.MAX_SAFE_INTEGER)),
  issuer: v.object({ id: text(300), name: text(200) }),
  validFrom: stampSchema,
  validUntil: stampSchema,
  meta: v.optional(v.object({ created: v.optional(v.string()), updated: v.optional(v.string()) })),
  entries: EntriesSchema,
  // The DCC client's name for the same map: when present it must say exactly what `entries` says.
  registry: v.optional(v.unknown()),
  proof: v.object({
    type: v.literal('DataIntegrityProof'),
    cryptosuite: v.literal('eddsa-jcs-2022'),
    created: stampSchema,
    verificationMethod: text(300),
    proofPurpose: v.literal('assertionMethod'),
    proofValue: v.pipe(v.string(), v.regex(/^z[1-9A-HJ-NP-Za-km-z]{1,200}$/)),
  }),
})

/** Why a trust list is refused (nothing is changed on the device). */
export type TrustListErrorCode =
  | 'trust-list-too-large'
  | 'trust-list-malformed'
  | 'trust-list-bad-signature'
  | 'trust-list-wrong-signer'
  | 'trust-list-not-yet-valid'
  | 'trust-list-expired'
  | 'trust-list-not-newer'

/** A verified trust list. */
export type VerifiedTrustList = {
  id: string
  name: string
  version: number
  signer: { did: DidKey; name: string; fingerprint: string }
  validFrom: string
  validUntil: string
  organisations: TrustListOrganisation[]
}

/** What the reader decided beforehand: whose lists they accept, and the version they already hold. */
export type TrustListCheck = {
  acceptedSigners: readonly string[]
  now: Date
  current?: { id: string; version: number } | undefined
}

/** Verifies a trust list (object or JSON text) against the reader's choices. Never throws on input. */
export const verifyTrustList = async (
  input: unknown,
  check: TrustListCheck,
): Promise<Result<VerifiedTrustList, TrustListErrorCode>> => {
  if (typeof input === 'string' && utf8.encode(input).length > MAX_TRUST_LIST_BYTES)
    return fail('trust-list-too-large')
  const raw = typeof input === 'string' ? jsonValue(input) : input
  const parsed = v.safeParse(TrustListSchema, raw)
  if (!parsed.success) return fail('trust-list-malformed')
  const list = parsed.output
  if (list.registry !== undefined && canonicalJson(list.registry) !== canonicalJson(list.entries))
    return fail('trust-list-malformed')
  const did = didOfVerificationMethod(list.proof.verificationMethod)
  const publicKey = publicKeyFromDidKey(list.issuer.id)
  if (!did || !publicKey || did !== list.issuer.id) return fail('trust-list-bad-signature')
  // The signature covers the file as received (any field the schema does not read included).
  const { proof: _, ...body } = raw as Record<string, unknown>
  const { proofValue, ...config } = list.proof
  const signature = multibaseDecode(proofValue)
  const valid = signature ? await verifyEd25519(signature, hashData(config, body), publicKey) : false
  if (!valid) return fail('trust-list-bad-signature')
  if (!check.acceptedSigners.includes(did)) return fail('trust-list-wrong-signer')
  const now = check.now.getTime()
  if (now < Date.parse(list.validFrom)) return fail('trust-list-not-yet-valid')
  if (now > Date.parse(list.validUntil)) return fail('trust-list-expired')
  if (check.current && check.current.id === list.id && list.version <= check.current.version)
    return fail('trust-list-not-newer')
  return ok({
    id: list.id,
    name: list.name,
    version: list.version,
    signer: { did, name: list.issuer.name, fingerprint: keyInfo(publicKey).fingerprint },
    validFrom: list.validFrom,
    validUntil: list.validUntil,
    organisations: Object.entries(list.entries).map(
      ([d, e]): TrustListOrganisation => ({
        did: d as DidKey,
        name: e.name,
        ...(e.url !== undefined ? { url: e.url } : {}),
        ...(e.location !== undefined ? { location: e.location } : {}),
        ...(e.alsoKnownAs !== undefined ? { alsoKnownAs: e.alsoKnownAs } : {}),
      }),
    ),
  })
}

/** The list in the DCC issuer-registry shape (`meta` + `registry` keyed by DID), for DCC tools. */
export const toDccRegistry = (list: VerifiedTrustList) => ({
  meta: { created: list.validFrom, updated: list.validFrom },
  registry: Object.fromEntries(
    list.organisations.map((o) => [
      o.did,
      { name: o.name, ...(o.url ? { url: o.url } : {}), ...(o.location ? { location: o.location } : {}) },
    ]),
  ),
})
