// Withdrawal with a W3C Bitstring Status List (statusPurpose 'revocation'). The issuer (trainer or
// organisation) keeps a StatusListState on its device: the bitstring and which indexes it has handed
// out (random free indexes: neighbours in a list tell nothing about each other). Each credential gets a
// BitstringStatusListEntry pointing to the list's URL on the relay, `/status/<issuer-key-id>/<list-id>`.
// Each update is a BitstringStatusListCredential signed by the same key, whose `validFrom` is strictly
// later than the previous one: `validFrom` is the list's version, so an old list can never replace a
// newer one (acceptStatusListVersion, used by the relay and by readers).
import * as v from 'valibot'
import { fail, ok, type Result } from '../domain/result.ts'
import {
  decodeBitstring,
  encodeBitstring,
  getBit,
  newBitstring,
  STATUS_LIST_BITS,
  withBit,
} from './bitstring.ts'
import type { StatusEntry } from './build.ts'
import { STATUS_LIST_CONTEXT } from './contexts.ts'
import type { DidKey } from './did-key.ts'
import { proofTimestamp } from './proof.ts'
import { verifySecured } from './secured-document.ts'
import { type AnyKey, signDocument } from './sign.ts'
import { keyInfo } from './trainer-keys.ts'

/** What the issuer's device keeps about one of its lists. */
export type StatusListState = {
  url: string
  issuerDid: DidKey
  bits: Uint8Array
  /** Indexes handed out to credentials (same length as bits). */
  allocated: Uint8Array
  /** validFrom of the last signed version ('' before the first). */
  lastValidFrom: string
}

const LIST_ID_RE = /^[A-Za-z0-9_-]{8,64}$/

/** The list's URL on the relay: `<origin>/status/<issuer-key-id>/<list-id>`. */
export const statusListUrl = (relayOrigin: string, issuerDid: DidKey, listId: string): string => {
  const origin = new URL(relayOrigin).origin
  if (!LIST_ID_RE.test(listId)) throw new Error('list id must be 8-64 characters [A-Za-z0-9_-]')
  return `${origin}/status/${issuerDid.slice('did:key:'.length)}/${listId}`
}

/** A new empty list for an issuer (list id: 16 random base64url-safe characters by default). */
export const newStatusList = (
  relayOrigin: string,
  issuerDid: DidKey,
  listId: string = globalThis.crypto.randomUUID().replaceAll('-', '').slice(0, 16),
): StatusListState => ({
  url: statusListUrl(relayOrigin, issuerDid, listId),
  issuerDid,
  bits: newBitstring(),
  allocated: newBitstring(),
  lastValidFrom: '',
})

/** Hands out a free random index: the entry to put in a credential, and the new state; null when full. */
export const allocateStatus = (
  state: StatusListState,
  random: () => number = Math.random,
): { entry: StatusEntry; state: StatusListState } | null => {
  const size = state.allocated.length * 8
  let index = -1
  for (let tries = 0; tries < 64 && index < 0; tries++) {
    const i = Math.floor(random() * size)
    if (!getBit(state.allocated, i)) index = i
  }
  for (let i = 0; index < 0 && i < size; i++) if (!getBit(state.allocated, i)) index = i
  if (index < 0) return null
  return {
    entry: {
      id: `${state.url}#${index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(index),
      statusListCredential: state.url,
    },
    state: { ...state, allocated: withBit(state.allocated, index, true) },
  }
}

/** Marks one credential withdrawn (its entry must belong to this list). */
export const withdraw = (state: StatusListState, entry: StatusEntry): StatusListState => {
  if (entry.statusListCredential !== state.url) throw new Error('entry of another list')
  return { ...state, bits: withBit(state.bits, Number(entry.statusListIndex), true) }
}

/** Marks every credential this list handed out withdrawn (a lost or stolen key). */
export const withdrawAll = (state: StatusListState): StatusListState => ({
  ...state,
  bits: state.bits.map((b, i) => b | (state.allocated[i] ?? 0)),
})

/** A signed BitstringStatusListCredential. */
export type SignedStatusList = Record<string, unknown> & { validFrom: string }

/** Signs the current bits as a new version; returns it and the state remembering its validFrom. */
export const signStatusList = async (
  state: StatusListState,
  keys: AnyKey,
  now: Date = new Date(),
): Promise<{ credential: SignedStatusList; state: StatusListState }> => {
  if (keyInfo(keys.publicKey).did !== state.issuerDid) throw new Error('not the list issuer key')
  let validFrom = proofTimestamp(now)
  if (state.lastValidFrom && validFrom <= state.lastValidFrom)
    validFrom = proofTimestamp(new Date(Date.parse(state.lastValidFrom) + 1000))
  const doc = {
    '@context': STATUS_LIST_CONTEXT,
    id: state.url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer: state.issuerDid,
    validFrom,
    credentialSubject: {
      id: `${state.url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: 'revocation',
      encodedList: await encodeBitstring(state.bits),
    },
  }
  const credential = await signDocument(doc, keys, validFrom)
  return { credential, state: { ...state, lastValidFrom: validFrom } }
}

const StatusListSchema = v.object({
  id: v.pipe(
    v.string(),
    v.maxLength(2_000),
    v.regex(/^https?:\/\/[^/\s]+\/status\/z[1-9A-HJ-NP-Za-km-z]+\/[A-Za-z0-9_-]{8,64}$/),
  ),
  type: v.pipe(
    v.array(v.string()),
    v.check((t) => t.includes('VerifiableCredential') && t.includes('BitstringStatusListCredential')),
  ),
  issuer: v.string(),
  validFrom: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)),
  credentialSubject: v.object({
    id: v.string(),
    type: v.literal('BitstringStatusList'),
    statusPurpose: v.literal('revocation'),
    encodedList: v.string(),
  }),
})

/** Why a status list is refused. */
export type StatusListErrorCode =
  | 'status-list-too-large'
  | 'status-list-malformed'
  | 'status-list-unknown-context'
  | 'status-list-unsupported-proof'
  | 'status-list-issuer-mismatch'
  | 'status-list-bad-proof'
  | 'status-list-wrong-url'
  | 'status-list-wrong-issuer'
  | 'status-list-not-newer'

/** A verified status list, decoded. */
export type VerifiedStatusList = { url: string; issuerDid: DidKey; validFrom: string; bits: Uint8Array }

/** Verifies a BitstringStatusListCredential (signature by its issuer, URL of that issuer's key). */
export const verifyStatusList = async (
  input: unknown,
): Promise<Result<VerifiedStatusList, StatusListErrorCode>> => {
  const secured = await verifySecured(input, STATUS_LIST_CONTEXT, 256_000)
  if (!secured.ok) return fail(`status-list-${secured.code}`)
  const parsed = v.safeParse(StatusListSchema, secured.value.doc)
  if (!parsed.success) return fail('status-list-malformed')
  const s = parsed.output
  if (s.credentialSubject.id !== `${s.id}#list`) return fail('status-list-malformed')
  const keyId = new URL(s.id).pathname.split('/')[2]
  if (`did:key:${keyId}` !== secured.value.issuerDid) return fail('status-list-wrong-url')
  const bits = await decodeBitstring(s.credentialSubject.encodedList)
  if (!bits) return fail('status-list-malformed')
  return ok({ url: s.id, issuerDid: secured.value.issuerDid, validFrom: s.validFrom, bits })
}

/**
 * Whether `next` may replace `current` (null: nothing stored yet) for the list at `url`: a valid
 * signature, the same URL and issuer, and a strictly later validFrom. The relay stores only lists that
 * pass; a reader keeps the newest it saw.
 */
export const acceptStatusListVersion = async (
  current: VerifiedStatusList | null,
  next: unknown,
  url?: string,
): Promise<Result<VerifiedStatusList, StatusListErrorCode>> => {
  const r = await verifyStatusList(next)
  if (!r.ok) return r
  const expectedUrl = url ?? current?.url
  if (expectedUrl !== undefined && r.value.url !== expectedUrl) return fail('status-list-wrong-url')
  if (current && r.value.issuerDid !== current.issuerDid) return fail('status-list-wrong-issuer')
  if (current && !(Date.parse(r.value.validFrom) > Date.parse(current.validFrom)))
    return fail('status-list-not-newer')
  return r
}

/** Why a credential's status cannot be read from a list. */
export type StatusCheckErrorCode =
  | 'status-list-other-list'
  | 'status-list-other-issuer'
  | 'status-index-out-of-range'

/** Whether a credential's entry is withdrawn in a verified list of the credential's issuer. */
export const statusIn = (
  entry: StatusEntry,
  credentialIssuerDid: string,
  list: VerifiedStatusList,
): Result<'active' | 'withdrawn', StatusCheckErrorCode> => {
  if (entry.statusListCredential !== list.url) return fail('status-list-other-list')
  if (credentialIssuerDid !== list.issuerDid) return fail('status-list-other-issuer')
  const index = Number(entry.statusListIndex)
  if (index >= list.bits.length * 8) return fail('status-index-out-of-range')
  return ok(getBit(list.bits, index) ? 'withdrawn' : 'active')
}

/** Bits in a new list (re-exported for callers sizing lists). */
export { STATUS_LIST_BITS }
