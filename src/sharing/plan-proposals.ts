// Plan proposals through an inbox (issue 5 §5). Holder: `createProposalInbox` makes an inbox room
// and a link carrying its append token (fragment only); the operator's live share is a separate read
// share (share-service). Operator: `proposePlanItems` checks the proposal and appends it to the inbox's
// plain doc (bound to a SealedRoom with role 'append', which seals and sends it).
import type * as Y from 'yjs'
import {
  type PlanProposal,
  type PlanProposalInput,
  PlanProposalSchema,
  parse,
  type Result,
} from '../domain/index.ts'
import { appendInboxMessage, proposalMessage } from './inbox.ts'
import { createRoom, mintRoomToken, parseRoomFragment, type RoomCapability, roomLink } from './room-keys.ts'
import type { OwnedRoom } from './validation-request.ts'

/** Default lifetime of a proposal inbox, in days. */
export const PROPOSAL_INBOX_DAYS = 90

/** A proposal inbox as the holder keeps it, and the link for the operator. */
export type ProposalInbox = { inbox: OwnedRoom; link: string }

/** Creates a proposal inbox (holder): the holder keeps a write token, the link carries an append one. */
export const createProposalInbox = (options: {
  relayOrigin: string
  days?: number
  now?: Date
  path?: string
}): ProposalInbox => {
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000)
  const lifetime = (options.days ?? PROPOSAL_INBOX_DAYS) * 86_400
  const secrets = createRoom()
  const write = mintRoomToken(secrets.signingSecret, 'write', lifetime, nowSeconds)
  const append = mintRoomToken(secrets.signingSecret, 'append', lifetime, nowSeconds)
  const capability = { roomId: secrets.roomId, token: append.token, roomKey: secrets.roomKey }
  return {
    inbox: { secrets, writeToken: write.token, expiresAt: write.expiresAt },
    link: roomLink(options.relayOrigin, capability, options.path ?? '/propose'),
  }
}

/** Reads a proposal inbox link (operator). */
export const parseProposalLink = (link: string): RoomCapability | undefined =>
  parseRoomFragment(link.includes('#') ? link.slice(link.indexOf('#') + 1) : link)

/** Checks a proposal and appends it to the inbox's plain doc (operator). */
export const proposePlanItems = (
  inboxDoc: Y.Doc,
  proposal: PlanProposalInput,
  now: Date = new Date(),
): Result<PlanProposal, 'invalid'> => {
  const r = parse(PlanProposalSchema, proposal)
  if (!r.ok) return r
  appendInboxMessage(inboxDoc, proposalMessage(r.value, now))
  return r
}
