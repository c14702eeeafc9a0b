// Plan proposals through an inbox (issue 5 §5). Decisions:
// - The holder owns two rooms per professional: the proposal inbox (holder `write`, the link carries
//   an `append` token) and an answers room (holder `write`, the link carries a `read` token) where the
//   holder's app writes its decisions on the proposals of that inbox (`syncInboxDecisions` in
//   src/booklet/proposals.ts). So the operator sees each outcome (accepted / refused and the reason)
//   without being able to write one, and without a share of the whole plan.
// - One link carries both capabilities in its fragment (never sent to a server): `room/token/key`
//   (inbox, same keys as any room link), `aroom/atoken/akey` (answers), and two optional labels the
//   holder typed: `pro` (the professional's name) and `org` (their organisation), used to prefill the
//   operator's form.
// - Operator: `proposePlanItems` checks a proposal and appends it to the inbox's plain doc (bound to a
//   SealedRoom with role 'append', which seals and sends it). `undelivered` says which of the
//   operator's kept proposals the inbox does not hold yet (to send again after an offline reload).
import type * as Y from 'yjs'
import {
  type PlanProposal,
  type PlanProposalInput,
  PlanProposalSchema,
  parse,
  type Result,
} from '../../domain/index.ts'
import {
  appendInboxMessage,
  inboxMessages,
  parseInboxMessage,
  proposalMessage,
} from '../../protocol/index.ts'
import {
  appLink,
  capabilityFromParams as capability,
  capabilityParams,
  fragmentOf,
  type OwnedRoom,
  ownRooms,
  type RoomCapability,
} from '../../transport/index.ts'

/** Default lifetime of a proposal inbox, in days. */
export const PROPOSAL_INBOX_DAYS = 90
/** Path of the operator's screen the link opens. */
export const PROPOSAL_PATH = '/proposer'

/** A proposal inbox as the holder keeps it (inbox and answers rooms), and the link for the operator. */
export type ProposalInbox = { inbox: OwnedRoom; answers: OwnedRoom; link: string }

/** What an operator opens from a proposal link. */
export type ProposalCapabilities = {
  inbox: RoomCapability
  /** Read access to the holder's answers (absent in links made before answers rooms existed). */
  answers?: RoomCapability
  professional?: string
  organisation?: string
}

/** The fragment of a proposal link. */
export const encodeProposalFragment = (c: ProposalCapabilities): string => {
  return new URLSearchParams({
    ...capabilityParams(c.inbox),
    ...(c.answers ? capabilityParams(c.answers, 'a') : {}),
    ...(c.professional ? { pro: c.professional } : {}),
    ...(c.organisation ? { org: c.organisation } : {}),
  }).toString()
}

/** Creates a proposal inbox and its answers room (holder); labels prefill the operator's form. */
export const createProposalInbox = (options: {
  relayOrigin: string
  days?: number
  now?: Date
  path?: string
  professional?: string
  organisation?: string
}): ProposalInbox => {
  const { rooms, capabilities } = ownRooms(
    { inbox: 'append', answers: 'read' },
    options.days ?? PROPOSAL_INBOX_DAYS,
    options.now ?? new Date(),
  )
  const fragment = encodeProposalFragment({
    ...capabilities,
    ...(options.professional?.trim() ? { professional: options.professional.trim() } : {}),
    ...(options.organisation?.trim() ? { organisation: options.organisation.trim() } : {}),
  })
  return { ...rooms, link: appLink(options.relayOrigin, options.path ?? PROPOSAL_PATH, fragment) }
}

/** Reads a whole proposal link or fragment (operator); undefined when the inbox part is malformed. */
export const parseProposalCapabilities = (link: string): ProposalCapabilities | undefined => {
  const p = new URLSearchParams(fragmentOf(link))
  const inbox = capability(p, '')
  if (!inbox) return undefined
  const answers = capability(p, 'a')
  const professional = p.get('pro')?.trim().slice(0, 120)
  const organisation = p.get('org')?.trim().slice(0, 200)
  return {
    inbox,
    ...(answers ? { answers } : {}),
    ...(professional ? { professional } : {}),
    ...(organisation ? { organisation } : {}),
  }
}

/** Reads the inbox capability of a proposal link (operator). */
export const parseProposalLink = (link: string): RoomCapability | undefined =>
  parseProposalCapabilities(link)?.inbox

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

/** Ids of the proposals an inbox's plain doc holds (well-formed proposal messages only). */
export const proposalIdsIn = (inboxDoc: Y.Doc): Set<string> => {
  const ids = new Set<string>()
  for (const raw of inboxMessages(inboxDoc).toArray()) {
    const r = parseInboxMessage(raw)
    if (r.ok && r.value.type === 'livret.proposal') ids.add(r.value.proposal.id)
  }
  return ids
}

/** The proposals among `kept` that the inbox does not hold yet (operator: send them again). */
export const undelivered = <T extends { id: string }>(inboxDoc: Y.Doc, kept: readonly T[]): T[] => {
  const there = proposalIdsIn(inboxDoc)
  return kept.filter((p) => !there.has(p.id))
}
