// Remembers what verifyChain found for the exact bytes of a credential, so a booklet opened again (or
// the same endorsement carried by many credentials) is not canonicalized again: JSON-LD expansion costs
// tens of milliseconds per document. Sound because a ChainReport depends only on those bytes (the
// endorsements are judged at the credential's own signing time, not at "now"). Bounded (LRU).
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'
import { type ChainReport, verifyChain } from './verify-chain.ts'

/** A bounded cache of chain verifications keyed by SHA-256 of the credential's JSON text. */
export const createVerifyCache = (max = 2_000) => {
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
      const key = bytesToHex(sha256(new TextEncoder().encode(text)))
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
