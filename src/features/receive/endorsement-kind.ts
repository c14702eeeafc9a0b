// An endorsement handed back by a short link or typed code (issue #11 point 3) is one of the kinds of
// link the receive routing knows: what the relay gives back opens on the trainer's home, the text in
// the fragment, where it is verified and kept. Light on purpose (no credential code): the receive
// screen registers it too, so that a short QR code read by the phone's own camera is not lost.
import { registerLinkKind } from './link-kind.ts'

/** features/trust/cards.ts ENDORSEMENT_PREFIX, repeated so that this file stays light. */
const PREFIX = 'livret-endorsement:1:'

/** The trainer's home, where a handed-back endorsement is imported. */
export const ENDORSEMENT_ROUTE = '/formateur'

/** Registers the 'endorsement' link kind (once; later calls change nothing). */
export const registerEndorsementLink = (): void =>
  registerLinkKind({
    name: 'endorsement',
    claims: (parts) => parts.text.includes(PREFIX),
    route: (parts) => `${ENDORSEMENT_ROUTE}#${encodeURIComponent(parts.text)}`,
  })
