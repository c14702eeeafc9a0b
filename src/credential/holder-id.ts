// The holder in a credential: an Open Badges IdentityObject carrying a salted hash, never a name.
// IdentityHash (OB 3.0 §B.3): 'sha256$' + hex(SHA-256(identifier + salt)). The identifier is the
// holder's random booklet-level id, not their name (a name could be found again by trying common
// names, salt or not, since the salt is published next to the hash). A fresh random salt per
// credential means two credentials of the same holder cannot be linked by their hashes; the holder
// proves a credential is theirs by showing the identifier.
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, randomBytes } from '@noble/hashes/utils.js'

/** The IdentityObject put in `credentialSubject.identifier`. */
export type HashedIdentity = {
  type: 'IdentityObject'
  identityType: 'identifier'
  hashed: true
  identityHash: string
  salt: string
}

/** 'sha256$' + hex(SHA-256(identifier + salt)). */
export const identityHash = (identifier: string, salt: string): string =>
  `sha256$${bytesToHex(sha256(new TextEncoder().encode(identifier + salt)))}`

/** A fresh random salt (16 bytes, hex). */
export const newSalt = (): string => bytesToHex(randomBytes(16))

/** The hashed identity of a holder, with a fresh salt unless one is given (tests). */
export const hashedIdentity = (identifier: string, salt: string = newSalt()): HashedIdentity => ({
  type: 'IdentityObject',
  identityType: 'identifier',
  hashed: true,
  identityHash: identityHash(identifier, salt),
  salt,
})

/** True when the hashed identity is this holder's identifier. */
export const isHolder = (identity: Pick<HashedIdentity, 'identityHash' | 'salt'>, identifier: string) =>
  identity.identityHash === identityHash(identifier, identity.salt)
