// Remembers what the chain verifier found for the exact bytes of a credential, so a booklet opened again
// (or the same endorsement carried by many credentials) is not verified again. Sound because a
// ChainReport depends only on those bytes (the endorsements are judged at the credential's own signing
// time, not at "now"). Keyed by the JSON text itself: the engine hashes a string natively. Bounded (LRU):
// about 6 KB a credential. A credential that took too long is not remembered: asked again, it is retried.
// By default the chain is verified by the app's shared verifier (a worker where there is one).
import { type ChainReport, sharedChainVerifier } from '../../credential/index.ts'
import { fail } from '../../domain/result.ts'

/** A bounded cache of chain verifications keyed by the credential's JSON text. */
export const createVerifyCache = (
  max = 1_000,
  verifyText: (text: string) => Promise<ChainReport> = (text) => sharedChainVerifier().verify(text),
) => {
  const entries = new Map<string, Promise<ChainReport>>()
  return {
    /** The chain report for a credential (object or JSON text), or the remembered one for the same bytes. */
    verify: (input: unknown): Promise<ChainReport> => {
      let text: string | undefined
      try {
        text = typeof input === 'string' ? input : JSON.stringify(input)
      } catch {
        text = undefined
      }
      if (typeof text !== 'string')
        return Promise.resolve({ credential: fail('credential-malformed'), endorsements: [] })
      const key = text
      const hit = entries.get(key)
      if (hit) {
        entries.delete(key)
        entries.set(key, hit)
        return hit
      }
      const report = verifyText(text)
      void report.then((r) => {
        if (!r.credential.ok && r.credential.code === 'credential-too-slow') entries.delete(key)
      })
      entries.set(key, report)
      if (entries.size > max) entries.delete(entries.keys().next().value as string)
      return report
    },
    /** How many reports are remembered. */
    size: () => entries.size,
  }
}
