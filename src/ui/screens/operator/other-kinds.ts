// What else a professional may be handed on the receive screen besides the links of
// features/receive (issue 12 §1: "every kind of Livret link"): an organisation's card or identity
// link (trusted on /confiance, fingerprint confirmed there), an endorsement meant for a trainer, a
// signed trust list file. Recognised by their fixed prefixes or JSON shape first, so that the heavy
// trust module (credentials, JSON-LD) is loaded only for a text that is one of these.

import { registerEndorsementLink } from '../../../features/receive/index.ts'

// An endorsement behind a short link or typed code opens on the trainer's home (the code is read
// once, so what the relay gives back must not be dropped as unknown).
registerEndorsementLink()

/** A recognised text that opens elsewhere: `route` when the text itself is carried there. */
export type OtherKind =
  | { kind: 'organisation'; route: string }
  | { kind: 'trainer-card' | 'endorsement' | 'trust-list'; route: string }

// The prefixes of src/features/trust/cards.ts (CARD_PREFIX, ENDORSEMENT_PREFIX), kept here so that
// telling them apart does not load that module.
const CARD = /livret-card:1:/
const ENDORSEMENT = /livret-endorsement:1:/
const ORGANISATION_JSON = /^\s*\{[\s\S]*"did"\s*:\s*"did:key:[\s\S]*"fingerprint"/
const TRUST_LIST_JSON = /^\s*\{[\s\S]*"LivretTrustList"/

const toConfiance = (o: { name: string; did: string; fingerprint: string }): string =>
  `/confiance#${encodeURIComponent(JSON.stringify({ name: o.name, did: o.did, fingerprint: o.fingerprint }))}`

/** Recognises a pasted or scanned text (undefined when it is none of these). */
export async function recogniseOther(text: string): Promise<OtherKind | undefined> {
  const trimmed = text.trim()
  if (trimmed.length > 30_000) return undefined
  if (ENDORSEMENT.test(trimmed)) return { kind: 'endorsement', route: '/formateur' }
  if (CARD.test(trimmed)) {
    const { decodeCard } = await import('../../../features/trust/index.ts')
    const card = decodeCard(trimmed)
    if (!card.ok) return undefined
    return card.value.kind === 'organisation'
      ? { kind: 'organisation', route: toConfiance(card.value) }
      : { kind: 'trainer-card', route: '/organisation' }
  }
  if (TRUST_LIST_JSON.test(trimmed)) return { kind: 'trust-list', route: '/confiance' }
  if (ORGANISATION_JSON.test(trimmed))
    return { kind: 'organisation', route: `/confiance#${encodeURIComponent(trimmed)}` }
  return undefined
}

/** Recognises a chosen file: a trust list is JSON (a share file is sealed bytes, never JSON). */
export async function recogniseOtherFile(file: File): Promise<OtherKind | undefined> {
  if (file.size > 2_000_000) return undefined
  const head = new Uint8Array(await file.slice(0, 1).arrayBuffer())[0]
  if (head !== 0x7b && head !== 0x20 && head !== 0x0a) return undefined // not '{' nor blank
  const kind = await recogniseOther(await file.text())
  return kind?.kind === 'trust-list' ? kind : undefined
}
