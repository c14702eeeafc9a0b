// The verification worker (started by chain-verifier.ts): verifies the chain of each credential text it
// is handed and answers with the report. Nothing else runs here, so the queue never yields (no screen to
// keep responsive); its memories (outcomes, endorsements, canonicalization shapes) live as long as it.

import { fail } from '../domain/result.ts'
import type { ChainReport } from './chain.ts'
import { forgetChainChecks, verifyChain } from './chain.ts'
import type { VerifyReply, VerifyRequest } from './chain-verifier.ts'
import { setSliceBudget } from './slice.ts'

const scope = globalThis as unknown as {
  onmessage: ((event: { data: VerifyRequest }) => void) | null
  postMessage(message: VerifyReply): void
}

setSliceBudget(Number.POSITIVE_INFINITY)

const BROKEN: ChainReport = { credential: fail('credential-malformed'), endorsements: [] }

scope.onmessage = ({ data }) => {
  if ('forget' in data) {
    forgetChainChecks()
    return
  }
  const { id, text } = data
  // verifyChain never throws on input; a bug still answers (never leaves the page waiting).
  verifyChain(text).then(
    (report) => scope.postMessage({ id, report }),
    () => scope.postMessage({ id, report: BROKEN }),
  )
}
