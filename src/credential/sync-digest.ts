// SHA-256 for rdf-canonize's blank-node hashing, computed in this thread. In a browser rdf-canonize
// asks WebCrypto for every hash (several per blank node, ≈ 30 blank nodes a credential): each is a round
// trip to the browser's crypto thread, thousands for a booklet, slow to come back on a busy machine.
// The inputs are a few hundred bytes, which @noble/hashes digests in microseconds. Same algorithm, same
// hex output, so the canonical form does not change (the fast-canonize tests compare it with jsonld's road).
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

const utf8 = new TextEncoder()

/** rdf-canonize's MessageDigest interface over a synchronous SHA-256. */
export const createSyncSha256 = () => {
  // Many small pieces: joined, then encoded once.
  let content = ''
  return {
    update: (msg: string) => {
      content += msg
    },
    digest: (): string => bytesToHex(sha256(utf8.encode(content))),
  }
}
