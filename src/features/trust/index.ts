// Trust decided by the reader: trust lists, the chain check of a validation and its one plain state.
// Heavy (pulls the credential module, jsonld): import lazily where validations are shown.
export type { Card, CardErrorCode, EndorsementHandoverCode, ReadCard } from './cards.ts'
export {
  CARD_PREFIX,
  CardSchema,
  decodeCard,
  decodeEndorsement,
  ENDORSEMENT_PREFIX,
  encodeCard,
  encodeEndorsement,
  MAX_CARD_CHARS,
} from './cards.ts'
export type { DccImport, DccImportErrorCode, DccRegistry, DccSkipped } from './dcc-registry.ts'
export { DccRegistrySchema, trustListFromDccRegistry } from './dcc-registry.ts'
export { canonicalJson } from './jcs.ts'
export type { AcceptedList, OrganisationLink, OrganisationLinkError, TrustedRecord } from './organisations.ts'
export {
  ACCEPTED_LIST_KIND,
  acceptTrustList,
  checkTrustListFile,
  listAcceptedTrustLists,
  listTrustedRecords,
  OrganisationLinkSchema,
  parseOrganisationLink,
  TRUSTED_KIND,
  trustedMap,
  trustOrganisation,
  untrustOrganisation,
} from './organisations.ts'
export type { ProofFile } from './proof-file.ts'
export { MAX_PROOF_BYTES, proofFileText, readProofFile } from './proof-file.ts'
export type { CredentialView, ValidationView } from './read-validation.ts'
export { readValidation, viewOfCredential } from './read-validation.ts'
export type {
  TrustListCheck,
  TrustListErrorCode,
  TrustListInput,
  TrustListOrganisation,
  VerifiedTrustList,
} from './trust-list.ts'
export { MAX_TRUST_LIST_BYTES, signTrustList, toDccRegistry, verifyTrustList } from './trust-list.ts'
export type {
  EndorsingOrganisation,
  KnownStatusList,
  TrustContext,
  TrustedOrganisation,
  ValidationState,
} from './trust-state.ts'
export { trustedOrganisations, validationState } from './trust-state.ts'
export { createVerifyCache } from './verify-cache.ts'
export type { ChainReport } from './verify-chain.ts'
export { forgetCheckedEndorsements, verifyChain } from './verify-chain.ts'
