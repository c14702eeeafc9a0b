// Builds the unsigned Open Badges 3.0 OpenBadgeCredential (VC Data Model 2.0) for one assessed
// competence. Only terms defined by the two bundled contexts are used (no extension context), so any
// OB 3.0 verifier can canonicalize it. Where things go:
// - issuer: Profile { id: trainer did:key, name: trainer, parentOrg: Profile { organisation } }
// - credentialSubject.identifier: salted hash of the holder's identifier (never the name)
// - credentialSubject.achievement: the competence in the holder's words (+ ESCO/ROME alignment)
// - credentialSubject.result: three Results with stable codes in `value`: outcome (ResultDescription
//   of type Status; OB status Completed for validated, InProgress otherwise), level (RubricCriterionLevel
//   1–4) and assessment method (resultType 'ext:LivretAssessmentMethod')
// - credentialSubject.activityEndDate: the assessment day (T00:00:00Z); validFrom/awardedDate: signing time
// - evidence: method label, the evidence (narrative) and the trainer's comment (description)
// - what remains to learn (partial / not yet): a fourth Result (`…:remaining`) and in `description`
// - credentialSchema: 1EdTech's OB 3.0 JSON Schema (type 1EdTechJsonSchemaValidator2019); image: an SVG
//   data URI per family; description: the outcome in plain French
// - issuer.endorsement: the organisation's EndorsementCredentials of the trainer's key (OB 3.0 allows
//   `endorsement` on a Profile), so the chain organisation → trainer → credential verifies offline
// - credentialStatus: a BitstringStatusListEntry (revocation) on the issuer's list at the relay
// An organisation validating directly is the issuer itself: no parentOrg, no endorsement.

import type { CompetenceLevel, ValidationMethod, ValidationStatus } from '../domain/enums.ts'
import type { EscoAlignment } from '../domain/esco-alignment.ts'
import type { Alignment, CompetenceFamily } from '../domain/index.ts'
import { LIMITS } from '../domain/primitives.ts'
import { achievementOf, type ObAlignment, plainOutcome } from './achievement.ts'
import { CREDENTIAL_CONTEXT } from './contexts.ts'
import type { DidKey } from './did-key.ts'
import { type HashedIdentity, hashedIdentity } from './holder-id.ts'
import { levelUri, organisationIdFor, RD_LEVEL, RD_METHOD, RD_REMAINING, RD_STATUS } from './ids.ts'
import { familyBadgeImage } from './image.ts'
import { METHOD_FR, STATUS_FR } from './labels.ts'

/** The competence as the credential needs it. */
export type CredentialCompetence = {
  id: string
  label: string
  family: CompetenceFamily
  alignment?: Alignment | undefined
  /** The ESCO concept the holder picked (written first among the alignments). */
  esco?: EscoAlignment | undefined
}

/** The trainer's assessment of one competence. */
export type Assessment = {
  status: ValidationStatus
  level: CompetenceLevel
  method: ValidationMethod
  /** Day of the assessment, 'YYYY-MM-DD'. */
  date: string
  evidence?: string | undefined
  comment?: string | undefined
  /** What remains to learn (partial / not yet); refused for a validated competence. */
  remaining?: string | undefined
}

/** 1EdTech's JSON Schema for AchievementCredential / OpenBadgeCredential. */
export const OB_ACHIEVEMENT_SCHEMA_URL =
  'https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json'

/** A `credentialStatus` entry (W3C Bitstring Status List, revocation). */
export type StatusEntry = {
  id: string
  type: 'BitstringStatusListEntry'
  statusPurpose: 'revocation'
  statusListIndex: string
  statusListCredential: string
}

/** Who signs: a trainer (under an organisation, maybe endorsed by it) or an organisation itself. */
export type CredentialIssuer = {
  did: DidKey
  name: string
  organisation: string
  /** 'trainer' (default) or 'organisation' (direct validation: `name` is the organisation). */
  kind?: 'trainer' | 'organisation'
  /** The organisation's DID when known (from its endorsement), written as `parentOrg.id`. */
  organisationDid?: string | undefined
  /** Signed EndorsementCredentials of the trainer's key (JSON objects, embedded as they are). */
  endorsements?: readonly Record<string, unknown>[] | undefined
}

/** Everything needed to build one credential. */
export type CredentialInput = {
  issuer: CredentialIssuer
  /** The holder's random identifier (not their name); only its salted hash is written. */
  holderIdentifier: string
  competence: CredentialCompetence
  assessment: Assessment
  /** Signing time as written in validFrom/awardedDate (XSD dateTimeStamp). */
  issuedAt: string
  /** Where the credential can be withdrawn (W3C Bitstring Status List). */
  status?: StatusEntry | undefined
  /** Defaults: a random urn:uuid id and a random salt. */
  credentialId?: string
  salt?: string
}

export type { ObAlignment } from './achievement.ts'
export { alignmentUrl, toObAlignment } from './achievement.ts'

/** A Result of the credential subject. */
export type ObResult = {
  type: ['Result']
  resultDescription: string
  value: string
  status?: 'Completed' | 'InProgress'
  achievedLevel?: string
}

/** The unsigned credential Livret issues. */
export type UnsignedCredential = {
  '@context': typeof CREDENTIAL_CONTEXT
  id: string
  type: ['VerifiableCredential', 'OpenBadgeCredential']
  name: string
  description: string
  image: { id: string; type: 'Image'; caption: string }
  credentialSchema: [{ id: string; type: '1EdTechJsonSchemaValidator2019' }]
  issuer: {
    id: DidKey
    type: ['Profile']
    name: string
    parentOrg?: { id: string; type: ['Profile']; name: string }
    endorsement?: Record<string, unknown>[]
  }
  credentialStatus?: StatusEntry
  validFrom: string
  awardedDate: string
  credentialSubject: {
    type: ['AchievementSubject']
    identifier: [HashedIdentity]
    activityEndDate: string
    achievement: Record<string, unknown> & { id: string; name: string; alignment?: ObAlignment[] }
    result: ObResult[]
  }
  evidence: [{ type: ['Evidence']; name: string; genre: string; narrative?: string; description?: string }]
}

// Texts are written trimmed and within the domain's limits, as the domain schemas store them, so a
// stored Validation can be compared field by field with its credential. The forms check these limits
// first: text over them here is a bug.
const checked = (s: string | undefined, max: number, what: string): string | undefined => {
  const t = s?.trim()
  if (t !== undefined && t.length > max) throw new Error(`${what} longer than ${max} characters`)
  return t
}
const required = (s: string, max: number, what: string): string => {
  const t = checked(s, max, what)
  if (!t) throw new Error(`${what} is empty`)
  return t
}
const trimmed = (input: CredentialInput): CredentialInput => {
  const { issuer: i, competence: c, assessment: a } = input
  const evidence = checked(a.evidence, LIMITS.notes, 'evidence')
  const comment = checked(a.comment, LIMITS.notes, 'comment')
  const remaining = checked(a.remaining, LIMITS.notes, 'remaining')
  if (remaining && a.status === 'validated') throw new Error('remaining given for a validated competence')
  const { evidence: _e, comment: _c, remaining: _r, ...rest } = a
  return {
    ...input,
    issuer: {
      ...i,
      name: required(i.name, LIMITS.name, 'trainer name'),
      organisation: required(i.organisation, LIMITS.label, 'organisation'),
    },
    competence: { ...c, label: required(c.label, LIMITS.label, 'competence label') },
    assessment: {
      ...rest,
      ...(evidence ? { evidence } : {}),
      ...(comment ? { comment } : {}),
      ...(remaining ? { remaining } : {}),
    },
  }
}

const issuerOf = (i: CredentialIssuer): UnsignedCredential['issuer'] => {
  if (i.kind === 'organisation') return { id: i.did, type: ['Profile'], name: i.name }
  const orgId = i.organisationDid ?? organisationIdFor(i.organisation)
  return {
    id: i.did,
    type: ['Profile'],
    name: i.name,
    parentOrg: { id: orgId, type: ['Profile'], name: i.organisation },
    ...(i.endorsements?.length ? { endorsement: i.endorsements.map((e) => structuredClone(e)) } : {}),
  }
}

/** The unsigned OpenBadgeCredential for one assessment. */
export const buildCredential = (raw: CredentialInput): UnsignedCredential => {
  const input = trimmed(raw)
  const { assessment: a, issuer } = input
  const evidence = {
    type: ['Evidence'] as ['Evidence'],
    name: `Évaluation : ${METHOD_FR[a.method]}`,
    genre: METHOD_FR[a.method],
    ...(a.evidence ? { narrative: a.evidence } : {}),
    ...(a.comment ? { description: a.comment } : {}),
  }
  return {
    '@context': CREDENTIAL_CONTEXT,
    id: input.credentialId ?? `urn:uuid:${globalThis.crypto.randomUUID()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: `${input.competence.label} — ${STATUS_FR[a.status]}`,
    description: plainOutcome(input),
    image: familyBadgeImage(input.competence.family),
    credentialSchema: [{ id: OB_ACHIEVEMENT_SCHEMA_URL, type: '1EdTechJsonSchemaValidator2019' }],
    issuer: issuerOf(issuer),
    ...(input.status ? { credentialStatus: input.status } : {}),
    validFrom: input.issuedAt,
    awardedDate: input.issuedAt,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [hashedIdentity(input.holderIdentifier, input.salt)],
      activityEndDate: `${a.date}T00:00:00Z`,
      achievement: achievementOf(input),
      result: [
        {
          type: ['Result'],
          resultDescription: RD_STATUS,
          status: a.status === 'validated' ? 'Completed' : 'InProgress',
          value: a.status,
        },
        {
          type: ['Result'],
          resultDescription: RD_LEVEL,
          achievedLevel: levelUri(a.level),
          value: String(a.level),
        },
        { type: ['Result'], resultDescription: RD_METHOD, value: a.method },
        ...(a.remaining
          ? [{ type: ['Result'] as ['Result'], resultDescription: RD_REMAINING, value: a.remaining }]
          : []),
      ],
    },
    evidence: [evidence],
  }
}
