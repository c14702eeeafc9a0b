// Scenario 4 against the real relay: an operator with a live share of the plan and an append-only
// proposal inbox proposes two plan items; the holder accepts one and refuses the other. The operator's
// share then shows the accepted step with both sides' commitments and the holder's consent; the
// refused one is not in the plan and its decision (with the reason) is recorded and visible.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createBookletDoc } from '../../src/booklet/layout.ts'
import { startLiveProjection } from '../../src/booklet/live-projection.ts'
import {
  acceptProposal,
  decisionOf,
  pendingProposals,
  refuseProposal,
  shareDecisions,
  syncDecisionsToShare,
} from '../../src/booklet/proposals.ts'
import { listItems } from '../../src/booklet/read.ts'
import { validationFixture } from '../../src/booklet/validation-fixture.ts'
import { createShareSelection } from '../../src/domain/index.ts'
import {
  createProposalInbox,
  parseProposalLink,
  proposePlanItems,
} from '../../src/features/proposals/links.ts'
import { inboxMessages, readInbox } from '../../src/protocol/inbox.ts'
import { createRoom, mintRoomToken } from '../../src/transport/room-keys.ts'
import { until } from '../support/sealed.ts'
import { inboxHarness } from './inbox-support.ts'

const h = inboxHarness()
const operator = { role: 'operator', name: 'Mme Dupont', organisation: 'CPAS de Namur' } as const
const commitments = [
  { actor: { role: 'holder' as const }, text: 'Je vais à la séance d’information', done: false },
  { actor: operator, text: 'J’inscris Amina et je paie le transport', done: false },
]

describe('negotiated plan (scenario 4)', () => {
  it('two proposals: one accepted and merged with consent, one refused and recorded', async () => {
    const { doc: booklet } = validationFixture()
    // Holder: a live share of the plan for the operator, and a proposal inbox.
    const selection = createShareSelection({
      recipient: 'Mme Dupont',
      mode: 'live',
      sections: { objectives: { all: true } },
    })
    if (!selection.ok) throw new Error(selection.code)
    const shareDoc = createBookletDoc()
    const stopLive = startLiveProjection(booklet, shareDoc, selection.value)
    const share = createRoom()
    const shareWrite = mintRoomToken(share.signingSecret, 'write', 600).token
    const shareRead = mintRoomToken(share.signingSecret, 'read', 600).token
    h.room({ roomId: share.roomId, token: shareWrite, roomKey: share.roomKey }, 'write', shareDoc)
    const { inbox, link } = createProposalInbox({ relayOrigin: h.url() })
    const holderInboxDoc = new Y.Doc()
    h.room(
      { roomId: inbox.secrets.roomId, token: inbox.writeToken, roomKey: inbox.secrets.roomKey },
      'write',
      holderInboxDoc,
    )

    // Operator: reads the share, proposes through the inbox link (append only).
    const operatorShare = new Y.Doc()
    h.room({ roomId: share.roomId, token: shareRead, roomKey: share.roomKey }, 'read', operatorShare)
    await until(() => listItems(operatorShare, 'objectives').items.length === 1, 'operator sees the plan')
    const cap = parseProposalLink(link)
    if (!cap) throw new Error('link')
    expect(link.split('#')[0]).toBe(`${h.url()}/proposer`)
    const operatorInbox = new Y.Doc()
    const room = h.room(cap, 'append', operatorInbox)
    const base = { proposedBy: operator, createdAt: new Date().toISOString() }
    const p1 = proposePlanItems(operatorInbox, {
      ...base,
      id: 'prop-formation',
      objective: { title: 'Entrer en formation commis de cuisine' },
      steps: [{ title: 'Séance d’information au centre', dueDate: '2025-04-15', commitments }],
    })
    const p2 = proposePlanItems(operatorInbox, {
      ...base,
      id: 'prop-atelier',
      objective: { title: 'Atelier CV' },
      steps: [{ title: 'Atelier CV le lundi', commitments }],
    })
    expect(p1.ok && p2.ok).toBe(true)
    expect(proposePlanItems(operatorInbox, { ...base, id: 'bad', steps: [] }).ok).toBe(false)
    inboxMessages(operatorInbox).push(['{ not a proposal'])
    await room.flush()

    // Holder: sees both proposals (the junk reported, not applied), accepts one, refuses the other.
    await until(() => inboxMessages(holderInboxDoc).length === 3, 'holder inbox')
    expect(readInbox(holderInboxDoc).rejected).toEqual([{ index: 2, code: 'not-json' }])
    const pending = pendingProposals(booklet, holderInboxDoc)
    expect(pending.map((p) => p.id)).toEqual(['prop-formation', 'prop-atelier'])
    const [first, second] = pending as [(typeof pending)[0], (typeof pending)[0]]
    const accepted = acceptProposal(booklet, first)
    if (!accepted.ok) throw new Error(accepted.code)
    expect(refuseProposal(booklet, second, 'Je l’ai déjà fait le mois dernier').ok).toBe(true)
    expect(syncDecisionsToShare(booklet, shareDoc, operator)).toBe(2)
    expect(pendingProposals(booklet, holderInboxDoc)).toEqual([])
    expect(decisionOf(booklet, 'prop-atelier')?.reason).toBe('Je l’ai déjà fait le mois dernier')

    // Operator: the outcome through the live share.
    await until(() => shareDecisions(operatorShare).length === 2, 'operator sees the decisions')
    await until(() => listItems(operatorShare, 'steps').items.length === 1, 'operator sees the step')
    const [step] = listItems(operatorShare, 'steps').items
    expect(step).toMatchObject({
      title: 'Séance d’information au centre',
      objectiveId: accepted.value.objectiveId,
      proposedBy: operator,
      consent: 'accepted',
      commitments,
    })
    expect(step?.consentAt).toBe(accepted.value.decidedAt)
    expect(step?.commitments.map((c) => c.actor.role)).toEqual(['holder', 'operator'])
    const titles = listItems(operatorShare, 'objectives')
      .items.map((o) => o.title)
      .sort()
    expect(titles).toEqual(['Entrer en formation commis de cuisine', 'Trouver un stage en cuisine'])
    expect(shareDecisions(operatorShare).map((d) => [d.proposalId, d.decision, d.reason])).toEqual([
      ['prop-formation', 'accepted', undefined],
      ['prop-atelier', 'refused', 'Je l’ai déjà fait le mois dernier'],
    ])
    stopLive()
  })
})
