// Remembers what verifyChain found for the exact bytes of a credential, so a booklet opened again (or
// the same endorsement carried by many credentials) is not canonicalized again. Sound because a
// ChainReport depends only on those bytes (the endorsements are judged at the credential's own signing
// time, not at "now"). Keyed by the JSON text itself: the engine hashes a string natively, where a
// SHA-256 in JavaScript would cost each of 200 cards asking at once a slice of the thread before any
// check is queued (verifyCredential hashes inside the queue). Bounded (LRU): about 6 KB a credential.
import { type ChainReport, verifyChain } from './verify-chain.ts'

/** A bounded cache of chain verifications keyed by the credential's JSON text. */
export const createVerifyCache = (max = 1_000) => {
  const entries = new Map<string, Promise<ChainReport>>()
  return {
    /** verifyChain, or the remembered report for the same bytes. */
    verify: (input: unknown): Promise<ChainReport> => {
      let text: string | undefined
      try {
        text = typeof input === 'string' ? input : JSON.stringify(input)
      } catch {
        text = undefined
      }
      if (typeof text !== 'string') return verifyChain(input)
      const key = text
      const hit = entries.get(key)
      if (hit) {
        entries.delete(key)
        entries.set(key, hit)
        return hit
      }
      const report = verifyChain(text)
      entries.set(key, report)
      if (entries.size > max) entries.delete(entries.keys().next().value as string)
      return report
    },
    /** How many reports are remembered. */
    size: () => entries.size,
  }
}
