// The holder reference: a random id kept in the booklet's `meta` map (key 'holderRef'), never derived
// from the name. Credentials identify their holder by a salted hash of it (OB IdentityObject), so a
// trainer can tell Livret "this is about the holder of this booklet" without learning who they are.
// Two devices of the same holder may each create one while offline: a Y.Map keeps only one value per
// key, so every reference ever created is also kept under its own key ('holderRef:<ref>'), which never
// conflicts. After a merge each device knows all of them; the smallest is the one used from then on.
import * as v from 'valibot'

/** Key of the holder reference in the booklet's `meta` map. */
export const HOLDER_REF_KEY = 'holderRef'
/** Prefix of the keys of the `meta` map recording every holder reference created ('holderRef:h-…'). */
export const HOLDER_REF_SET_PREFIX = 'holderRef:'

/** 'h-' + 32 hex digits (128 random bits). */
export const HolderRefSchema = v.pipe(v.string(), v.regex(/^h-[0-9a-f]{32}$/, 'invalid-holder-ref'))
/** A holder reference. */
export type HolderRef = v.InferOutput<typeof HolderRefSchema>

/** A fresh holder reference from the platform's secure random source. */
export const newHolderRef = (): HolderRef => {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16))
  return `h-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`
}
