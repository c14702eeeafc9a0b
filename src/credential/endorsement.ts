// An organisation vouches for a trainer's key: an Open Badges 3.0 EndorsementCredential signed by the
// organisation's did:key, about the trainer's did:key (credentialSubject.id), with an expiry
// (validUntil, required) and, when the organisation publishes a status list, a credentialStatus so it can
// be withdrawn. The trainer's credentials carry it in `issuer.endorsement`, so the chain organisation →
// trainer → credential verifies offline from the credential alone.
import * as v from 'valibot'
import { fail, ok, type Result } from '../domain/result.ts'
import type { StatusEntry } from './build.ts'
import { CREDENTIAL_CONTEXT } from './contexts.ts'
import { type DidKey, publicKeyFromDidKey } from './did-key.ts'
import type { DataIntegrityProof } from './proof.ts'
import { StatusEntrySchema } from './schema.ts'
import { verifySecured } from './secured-document.ts'
import { type AnyKey, signDocument } from './sign.ts'
import { fingerprintOf, keyInfo } from './trainer-keys.ts'

/** 1EdTech's JSON Schema for EndorsementCredential. */
export const OB_ENDORSEMENT_SCHEMA_URL =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_endorsementcredential_schema.json'

/** What an organisation states about a trainer. */
export type EndorsementInput = {
  organisation: { name: string; keys: AnyKey }
  trainer: { did: DidKey; name: string }
  /** When the endorsement stops counting (required: endorsements expire). */
  validUntil: Date
  now?: Date
  status?: StatusEntry | undefined
  id?: string
}

/** A signed EndorsementCredential. */
export type SignedEndorsement = Record<string, unknown> & { proof: [DataIntegrityProof] }

const stamp = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, 'Z')

/** Builds and signs an endorsement of a trainer's key by an organisation. */
export const issueEndorsement = async (input: EndorsementInput): Promise<SignedEndorsement> => {
  const { organisation: o, trainer: t } = input
  const validFrom = stamp(input.now ?? new Date())
  const validUntil = stamp(input.validUntil)
  if (validUntil <= validFrom) throw new Error('an endorsement must end after it starts')
  const orgDid = keyInfo(o.keys.publicKey).did
  const doc = {
    '@context': CREDENTIAL_CONTEXT,
    id: input.id ?? `urn:uuid:${globalThis.crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'EndorsementCredential'],
    name: `${o.name.trim()} se porte garant de ${t.name.trim()}`,
    credentialSchema: [{ id: OB_ENDORSEMENT_SCHEMA_URL, type: '1EdTechJsonSchemaValidator2019' }],
    issuer: { id: orgDid, type: ['Profile'], name: o.name.trim() },
    validFrom,
    validUntil,
    credentialSubject: {
      id: t.did,
      type: ['EndorsementSubject'],
      endorsementComment:
        `${t.name.trim()} évalue des compétences pour ${o.name.trim()} ; ` +
        `empreinte de sa clé : ${fingerprintOf(keyInfoKey(t.did))}.`,
    },
    ...(input.status ? { credentialStatus: input.status } : {}),
  }
  return signDocument(doc, o.keys, validFrom)
}

// The trainer's public key inside its did:key (a did:key from keyInfo always holds one).
const keyInfoKey = (did: DidKey): Uint8Array => {
  const k = publicKeyFromDidKey(did)
  if (!k) throw new Error('not an Ed25519 did:key')
  return k
}

const dateTime = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?Z$/, 'invalid-date-time'),
)
const text = (max: number) => v.pipe(v.string(), v.minLength(1), v.maxLength(max))
const typeHas = (t: string) =>
  v.pipe(
    v.array(v.string()),
    v.check((x) => x.includes(t), `type-not-${t}`),
  )

const EndorsementSchema = v.object({
  id: text(300),
  type: v.pipe(typeHas('VerifiableCredential'), typeHas('EndorsementCredential')),
  name: text(500),
  issuer: v.object({ id: text(300), type: typeHas('Profile'), name: text(200) }),
  validFrom: dateTime,
  validUntil: dateTime,
  credentialSubject: v.object({
    id: v.pipe(text(300), v.startsWith('did:key:')),
    type: typeHas('EndorsementSubject'),
    endorsementComment: v.optional(text(1_000)),
  }),
  credentialStatus: v.optional(StatusEntrySchema),
})

/** Why an endorsement does not count. */
export type EndorsementErrorCode =
  | 'endorsement-too-large'
  | 'endorsement-malformed'
  | 'endorsement-unknown-context'
  | 'endorsement-unsupported-proof'
  | 'endorsement-issuer-mismatch'
  | 'endorsement-bad-proof'
  | 'endorsement-expired'
  | 'endorsement-not-yet-valid'

/** What a verified endorsement says. */
export type VerifiedEndorsement = {
  id: string
  organisation: { did: DidKey; name: string; fingerprint: string }
  trainerDid: string
  validFrom: string
  validUntil: string
  credentialStatus?: StatusEntry
}

/**
 * Verifies an endorsement, and that it was in force at `at` (the moment that matters: when the trainer
 * signed the credential it vouches for, or now). Never throws on bad input.
 */
export const verifyEndorsement = async (
  input: unknown,
  at: Date,
): Promise<Result<VerifiedEndorsement, EndorsementErrorCode>> => {
  const secured = await verifySecured(input, CREDENTIAL_CONTEXT, 16_384)
  if (!secured.ok) return fail(`endorsement-${secured.code}`)
  const parsed = v.safeParse(EndorsementSchema, secured.value.doc)
  if (!parsed.success) return fail('endorsement-malformed')
  const e = parsed.output
  const t = at.getTime()
  if (!(Date.parse(e.validFrom) <= Date.parse(e.validUntil))) return fail('endorsement-malformed')
  if (t < Date.parse(e.validFrom)) return fail('endorsement-not-yet-valid')
  if (t > Date.parse(e.validUntil)) return fail('endorsement-expired')
  return ok({
    id: e.id,
    organisation: {
      did: secured.value.issuerDid,
      name: e.issuer.name,
      fingerprint: fingerprintOf(secured.value.publicKey),
    },
    trainerDid: e.credentialSubject.id,
    validFrom: e.validFrom,
    validUntil: e.validUntil,
    ...(e.credentialStatus ? { credentialStatus: e.credentialStatus } : {}),
  })
}
