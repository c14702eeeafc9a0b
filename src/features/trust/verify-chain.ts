// The chain check lives with the credential module (src/credential/chain.ts), so that the verification
// worker and the holder's checks (features/validations) share it; named here for trust's callers.
export type { ChainErrorCode, ChainReport } from '../../credential/index.ts'
export { forgetCheckedEndorsements, verifyChain } from '../../credential/index.ts'
