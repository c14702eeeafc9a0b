// What passes face to face as a QR code or a link between an organisation, a trainer and a reader
// (docs/trust.md "Cards and handover"): an identity card (organisation or trainer: name, did:key,
// optional did:web) and the endorsement handed back to the trainer. Each is JSON written as base64url
// (no padding) after a fixed prefix, so that the app's receive screen can tell them apart; the
// fingerprint is never carried, it is recomputed from the key (a card cannot lie about it).
import * as v from 'valibot'
import {
  type DidKey,
  type EndorsementErrorCode,
  fingerprintOf,
  publicKeyFromDidKey,
  type SignedEndorsement,
  type VerifiedEndorsement,
  verifyEndorsement,
} from '../../credential/index.ts'
import { fail, ok, type Result } from '../../domain/result.ts'
import { fromBase64Url, toBase64Url } from '../../protocol/index.ts'

/** Prefix of an identity card (then base64url of its JSON). */
export const CARD_PREFIX = 'livret-card:1:'
/** Prefix of an endorsement handed back to a trainer (then base64url of the signed JSON). */
export const ENDORSEMENT_PREFIX = 'livret-endorsement:1:'
/** Largest encoded card (a version-10 QR code holds it with room to spare). */
export const MAX_CARD_CHARS = 600
/** Largest encoded endorsement (the verifier's own cap is 16 KiB of JSON). */
export const MAX_ENDORSEMENT_CHARS = 22_000

const didKey = v.pipe(
  v.string(),
  v.maxLength(100),
  v.check((d) => publicKeyFromDidKey(d) !== null, 'not-a-did-key'),
)
const name = v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(120))

/** The JSON of a card: `kind` says who it is. */
export const CardSchema = v.object({
  kind: v.picklist(['organisation', 'trainer']),
  name,
  did: didKey,
  didWeb: v.optional(
    v.pipe(v.string(), v.maxLength(300), v.regex(/^did:web:[a-z0-9.%-]+(:[A-Za-z0-9._~-]+)*$/)),
  ),
})
/** A card as written. */
export type Card = v.InferOutput<typeof CardSchema>
/** A card read back, with the fingerprint computed from its key. */
export type ReadCard = Card & { did: DidKey; fingerprint: string }

/** Why a card or an endorsement handover is refused. */
export type CardErrorCode = 'card-too-long' | 'card-not-livret' | 'card-malformed'

const utf8 = new TextEncoder()
const fromUtf8 = new TextDecoder('utf-8', { fatal: true })

const payloadOf = (text: string, prefix: string, max: number): Result<unknown, CardErrorCode> => {
  if (text.length > max * 3) return fail('card-too-long')
  let t: string
  try {
    t = decodeURIComponent(text.trim())
  } catch {
    return fail('card-malformed')
  }
  if (t.length > max) return fail('card-too-long')
  // Accept the bare text or any link containing it (after '#', '?c=' or '/'; escaped or not).
  const at = t.indexOf(prefix)
  if (at < 0) return fail('card-not-livret')
  const bytes = fromBase64Url(t.slice(at + prefix.length))
  if (!bytes) return fail('card-malformed')
  try {
    return ok(JSON.parse(fromUtf8.decode(bytes)))
  } catch {
    return fail('card-malformed')
  }
}

/** The text of a card (put it in a QR code or after a link's '#'). */
export const encodeCard = (card: Card): string => {
  const clean = v.parse(CardSchema, card)
  return `${CARD_PREFIX}${toBase64Url(utf8.encode(JSON.stringify(clean)))}`
}

/** Reads a card from a scanned or pasted text (or a link containing it). */
export const decodeCard = (text: string): Result<ReadCard, CardErrorCode> => {
  const payload = payloadOf(text, CARD_PREFIX, MAX_CARD_CHARS)
  if (!payload.ok) return payload
  const parsed = v.safeParse(CardSchema, payload.value)
  if (!parsed.success) return fail('card-malformed')
  const key = publicKeyFromDidKey(parsed.output.did) as Uint8Array
  return ok({ ...parsed.output, did: parsed.output.did as DidKey, fingerprint: fingerprintOf(key) })
}

/** The text handing a signed endorsement back to the trainer (a link or a file's content). */
export const encodeEndorsement = (endorsement: SignedEndorsement): string =>
  `${ENDORSEMENT_PREFIX}${toBase64Url(utf8.encode(JSON.stringify(endorsement)))}`

/** Why an endorsement handed to a trainer is refused. */
export type EndorsementHandoverCode = CardErrorCode | 'endorsement-other-trainer' | EndorsementErrorCode

/**
 * Reads an endorsement handed back to the trainer whose key is `trainerDid`: it must verify and be in
 * force `now`, and be about this trainer's key (another trainer's endorsement is refused).
 */
export const decodeEndorsement = async (
  text: string,
  trainerDid: string,
  now: Date,
): Promise<Result<{ signed: SignedEndorsement; verified: VerifiedEndorsement }, EndorsementHandoverCode>> => {
  const payload = payloadOf(text, ENDORSEMENT_PREFIX, MAX_ENDORSEMENT_CHARS)
  if (!payload.ok) return payload
  const verified = await verifyEndorsement(payload.value, now)
  if (!verified.ok) return verified
  if (verified.value.trainerDid !== trainerDid) return fail('endorsement-other-trainer')
  return ok({ signed: payload.value as SignedEndorsement, verified: verified.value })
}
