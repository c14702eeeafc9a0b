// Validated acquis as Open Badges 3.0 credentials (W3C VC 2.0) with eddsa-rdfc-2022 Data Integrity
// proofs, signed by a trainer's Ed25519 key as a did:key. Pure TypeScript, browser and Node, offline:
// the JSON-LD contexts are bundled and the network is never used. Heavy (jsonld): import this module
// lazily, only in trainer mode or when verifying.

export { multibaseDecode, multibaseEncode } from './base58.ts'
export type {
  Assessment,
  CredentialCompetence,
  CredentialInput,
  CredentialIssuer,
  StatusEntry,
  UnsignedCredential,
} from './build.ts'
export { buildCredential, OB_ACHIEVEMENT_SCHEMA_URL, toObAlignment } from './build.ts'
export type { ChainErrorCode, ChainReport } from './chain.ts'
export { forgetChainChecks, forgetCheckedEndorsements, verifyChain } from './chain.ts'
export type { ChainVerifier, ChainVerifierOptions, Timers, WorkerLike } from './chain-verifier.ts'
export { CHAIN_TIMEOUT_MS, createChainVerifier, sharedChainVerifier } from './chain-verifier.ts'
export { CREDENTIAL_CONTEXT, CREDENTIALS_V2_CONTEXT, OB_V3_CONTEXT } from './contexts.ts'
export type { DidKey } from './did-key.ts'
export {
  didKeyFromPublicKey,
  didOfVerificationMethod,
  publicKeyFromDidKey,
  verificationMethodId,
} from './did-key.ts'
export { verifyEd25519 } from './ed25519-verify.ts'
export type {
  EndorsementErrorCode,
  EndorsementInput,
  SignedEndorsement,
  VerifiedEndorsement,
} from './endorsement.ts'
export { issueEndorsement, OB_ENDORSEMENT_SCHEMA_URL, verifyEndorsement } from './endorsement.ts'
export { hashedIdentity, identityHash, isHolder } from './holder-id.ts'
export { achievementIdFor } from './ids.ts'
export { familyBadgeImage, familyBadgeSvg } from './image.ts'
export type { KeyRecordStorage, KeyStore, KeyStoreErrorCode, StoredKey, WrappedSecret } from './key-store.ts'
export {
  createKeyStore,
  supportsWebCryptoEd25519,
  unwrapSecret,
  WrappedSecretSchema,
  wrapSecret,
} from './key-store.ts'
export type { OrganisationIdentity } from './organisation.ts'
export { didWebFor, organisationIdentity } from './organisation.ts'
export type { DataIntegrityProof, Signer } from './proof.ts'
export type { AnyKey, IssueInput, SignedCredential, SigningKey } from './sign.ts'
export { issueCredential, signBytes, signDocument } from './sign.ts'
export type {
  SignedStatusList,
  StatusCheckErrorCode,
  StatusListErrorCode,
  StatusListState,
  VerifiedStatusList,
} from './status-list.ts'
export {
  acceptStatusListVersion,
  allocateStatus,
  newStatusList,
  signStatusList,
  statusIn,
  statusListUrl,
  verifyStatusList,
  withdraw,
  withdrawAll,
} from './status-list.ts'
export type { TrainerKeyInfo, TrainerKeys } from './trainer-keys.ts'
export {
  exportSecretKey,
  fingerprintOf,
  generateTrainerKeys,
  importSecretKey,
  keyInfo,
  trainerKeysFromSecret,
} from './trainer-keys.ts'
export type { CredentialFields } from './validation-fields.ts'
export { matchesCredential, validationFieldsOf } from './validation-fields.ts'
export type { CredentialErrorCode, VerifiedCredential } from './verify.ts'
export { forgetVerifiedCredentials, verifyCredential } from './verify.ts'
