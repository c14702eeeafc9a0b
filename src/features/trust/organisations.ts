// The organisations this reader chose to trust (device records, kind 'trusted-organisation', id = did).
// Nothing is trusted by default. An organisation is added face to face from its identity link (for now
// pasted: JSON `{ name, did, fingerprint }`), the fingerprint being checked against the key in the did
// so that a typo or a forged pair is refused. Trust lists the reader accepted are remembered (kind
// 'trust-list-accepted', id = the list's id) with the signer they chose and the version they hold: a
// later file with the same id must come from that signer and be newer, or it is refused.
import * as v from 'valibot'
import { fail, jsonValue, ok, type Result } from '../../domain/result.ts'
import { defineRecord } from '../../storage/index.ts'
import { CARD_PREFIX, decodeCard } from './cards.ts'
import { type TrustListErrorCode, type VerifiedTrustList, verifyTrustList } from './trust-list.ts'
import type { TrustedOrganisation } from './trust-state.ts'

/** Device record kind of trusted organisations. */
export const TRUSTED_KIND = 'trusted-organisation'

const text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max))

/** An organisation's identity as it hands it over face to face (QR or pasted JSON). */
export const OrganisationLinkSchema = v.object({
  name: text(200),
  did: v.pipe(v.string(), v.regex(/^did:key:z[1-9A-HJ-NP-Za-km-z]{20,120}$/)),
  fingerprint: v.pipe(v.string(), v.regex(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/)),
})
/** An organisation's identity, parsed. */
export type OrganisationLink = v.InferOutput<typeof OrganisationLinkSchema>

/** Schema of a trusted-organisation record (checked on every read). */
export const TrustedRecordSchema = v.object({
  did: v.pipe(v.string(), v.maxLength(300)),
  name: text(200),
  fingerprint: v.pipe(v.string(), v.maxLength(40)),
  addedAt: v.pipe(v.string(), v.maxLength(40)),
  via: v.variant('kind', [
    v.object({ kind: v.literal('face-to-face') }),
    v.object({ kind: v.literal('trust-list'), listId: text(300), listName: text(200) }),
  ]),
})
/** A trusted-organisation record. */
export type TrustedRecord = v.InferOutput<typeof TrustedRecordSchema>

/** Why an organisation link was refused. */
export type OrganisationLinkError = 'not-organisation-link' | 'fingerprint-mismatch'

/** Reads a pasted organisation link (JSON, or a URL whose fragment or `org` parameter holds it). */
export const parseOrganisationLink = async (
  input: string,
): Promise<Result<OrganisationLink, OrganisationLinkError>> => {
  if (input.length > 4000) return fail('not-organisation-link')
  // An organisation's card (QR or text from its /organisation screen): the fingerprint comes from the key.
  if (input.includes(CARD_PREFIX)) {
    const card = decodeCard(input)
    if (!card.ok || card.value.kind !== 'organisation') return fail('not-organisation-link')
    return ok({ name: card.value.name, did: card.value.did, fingerprint: card.value.fingerprint })
  }
  let raw = input.trim()
  const at = raw.indexOf('{')
  if (at > 0) raw = decodeURIComponent(raw.slice(at))
  const parsed = v.safeParse(OrganisationLinkSchema, jsonValue(raw))
  if (!parsed.success) return fail('not-organisation-link')
  const { publicKeyFromDidKey, fingerprintOf } = await import('../../credential/index.ts')
  const key = publicKeyFromDidKey(parsed.output.did)
  if (!key || fingerprintOf(key) !== parsed.output.fingerprint) return fail('fingerprint-mismatch')
  return ok(parsed.output)
}

/** The trusted organisations as device records (version 1). */
const trustedRecords = () => defineRecord({ kind: TRUSTED_KIND, version: 1, schema: TrustedRecordSchema })

/** Every trusted organisation stored on this device (damaged records left out). */
export const listTrustedRecords = async (): Promise<TrustedRecord[]> =>
  (await trustedRecords().list()).flatMap((r) => (r.ok ? [r.value] : []))

/** The trusted organisations, as validationState reads them. */
export const trustedMap = async (): Promise<Map<string, TrustedOrganisation>> =>
  new Map((await listTrustedRecords()).map((r) => [r.did, { did: r.did, name: r.name, via: r.via }]))

/** Trusts an organisation met face to face. */
export const trustOrganisation = async (o: OrganisationLink, now = new Date()): Promise<void> => {
  const record: TrustedRecord = { ...o, addedAt: now.toISOString(), via: { kind: 'face-to-face' } }
  await trustedRecords().put(o.did, record)
}

/** Stops trusting an organisation. */
export const untrustOrganisation = async (did: string): Promise<void> => {
  await trustedRecords().delete(did)
}

/** Schema of an accepted trust list record: which list, the version held, the signer chosen. */
export const AcceptedListSchema = v.object({
  id: text(300),
  name: text(200),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  signer: v.object({ did: text(300), name: text(200), fingerprint: text(40) }),
  validUntil: v.pipe(v.string(), v.maxLength(40)),
  acceptedAt: v.pipe(v.string(), v.maxLength(40)),
})
/** A trust list the reader accepted. */
export type AcceptedList = v.InferOutput<typeof AcceptedListSchema>

/** Device record kind of accepted trust lists. */
export const ACCEPTED_LIST_KIND = 'trust-list-accepted'
const acceptedLists = () => defineRecord({ kind: ACCEPTED_LIST_KIND, version: 1, schema: AcceptedListSchema })

/** The trust lists this reader accepted (damaged records left out). */
export const listAcceptedTrustLists = async (): Promise<AcceptedList[]> =>
  (await acceptedLists().list()).flatMap((r) => (r.ok ? [r.value] : []))

/** Checks a trust list file before anything is stored. A list already accepted (same id) must be
 * signed by the signer the reader chose then and be newer than the version held; a new list must be
 * signed by the key it names, whose fingerprint the reader then checks before accepting it. */
export const checkTrustListFile = async (
  text: string,
  now = new Date(),
): Promise<Result<VerifiedTrustList, TrustListErrorCode>> => {
  const head = jsonValue(text) as { id?: unknown; issuer?: { id?: unknown } } | null | undefined
  const signer = head?.issuer?.id
  if (typeof signer !== 'string') return fail('trust-list-malformed')
  const held = (await listAcceptedTrustLists()).find((l) => l.id === head?.id)
  return held
    ? verifyTrustList(text, {
        acceptedSigners: [held.signer.did],
        now,
        current: { id: held.id, version: held.version },
      })
    : verifyTrustList(text, { acceptedSigners: [signer], now })
}

/** Trusts the organisations of a verified list whose signer the reader chose (face-to-face ones kept);
 * a newer version of a list replaces the older one's organisations. Returns how many it added or kept. */
export const acceptTrustList = async (list: VerifiedTrustList, now = new Date()): Promise<number> => {
  const { fingerprintOf, publicKeyFromDidKey } = await import('../../credential/index.ts')
  // Checked by checkTrustListFile already; an older version slipping in meanwhile changes nothing.
  const held = (await listAcceptedTrustLists()).find((l) => l.id === list.id)
  if (held && (held.version >= list.version || held.signer.did !== list.signer.did)) return 0
  const existing = new Map((await listTrustedRecords()).map((r) => [r.did, r]))
  const listed = new Set(list.organisations.map((o) => o.did as string))
  for (const r of existing.values())
    if (r.via.kind === 'trust-list' && r.via.listId === list.id && !listed.has(r.did))
      await trustedRecords().delete(r.did)
  let n = 0
  for (const o of list.organisations) {
    if (existing.get(o.did)?.via.kind === 'face-to-face') continue
    const key = publicKeyFromDidKey(o.did)
    if (!key) continue
    const record: TrustedRecord = {
      did: o.did,
      name: o.name,
      fingerprint: fingerprintOf(key),
      addedAt: now.toISOString(),
      via: { kind: 'trust-list', listId: list.id, listName: list.name },
    }
    await trustedRecords().put(o.did, record)
    n++
  }
  const accepted: AcceptedList = {
    id: list.id,
    name: list.name,
    version: list.version,
    signer: list.signer,
    validUntil: list.validUntil,
    acceptedAt: now.toISOString(),
  }
  await acceptedLists().put(list.id, accepted)
  return n
}
