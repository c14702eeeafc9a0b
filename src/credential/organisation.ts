// An organisation's identity (CISP, training centre, employer, CPAS): a name and an Ed25519 key written
// as a did:key — the key that signs its endorsements, its own validations and its status lists — with
// the same fingerprint form as a trainer's, read aloud face to face.
//
// did:web: an organisation with a domain may also be known as `did:web:<domain>[:<path>…]`
// (did:web method: the host, with a port's ':' written %3A, then path segments joined by ':'; its DID
// document would be served at https://<domain>/.well-known/did.json, or https://<domain>/<path>/did.json).
// Livret never fetches it: verifying must work offline and without a third party. The did:web is only
// a name that a trust list may map to the did:key (entry `alsoKnownAs`), and the key used to check a
// signature always comes with the document (the did:key in the proof).
import { type DidKey, didKeyFromPublicKey } from './did-key.ts'
import { fingerprintOf } from './trainer-keys.ts'

/** An organisation as others see it. */
export type OrganisationIdentity = {
  name: string
  did: DidKey
  fingerprint: string
  /** did:web of its domain, when it has one (a name only; never fetched). */
  didWeb?: string
}

const HOST_RE =
  /^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/

/** The did:web of a domain (and optional path), or null when the domain is not a host name. */
export const didWebFor = (domain: string, path: readonly string[] = []): string | null => {
  const m = /^([^:/]+)(?::(\d{1,5}))?$/.exec(domain.trim().toLowerCase())
  if (!m?.[1] || !HOST_RE.test(m[1])) return null
  if (path.some((p) => !/^[A-Za-z0-9._~-]+$/.test(p))) return null
  const host = m[2] ? `${m[1]}%3A${m[2]}` : m[1]
  return ['did:web', host, ...path].join(':')
}

/** An organisation's identity from its name, public key and optional domain. */
export const organisationIdentity = (
  name: string,
  publicKey: Uint8Array,
  domain?: string,
): OrganisationIdentity => {
  const didWeb = domain ? didWebFor(domain) : null
  return {
    name: name.trim(),
    did: didKeyFromPublicKey(publicKey),
    fingerprint: fingerprintOf(publicKey),
    ...(didWeb ? { didWeb } : {}),
  }
}
