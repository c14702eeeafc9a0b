// Holder decisions on plan proposals (src/booklet/proposals.ts) read from a proposal inbox: accepted
// ones merged with consent, refused ones recorded only.

import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  acceptProposal,
  createBookletDoc,
  decideProposal,
  decisionOf,
  getItem,
  inboxReport,
  listItems,
  pendingProposals,
  refuseProposal,
  shareDecisions,
  stepDecisionOf,
  syncDecisionsToShare,
  syncInboxDecisions,
} from '../../booklet/index.ts'
import { validationFixture } from '../../booklet/validation-fixture.ts'
import { type PlanProposal, PlanProposalSchema } from '../../domain/index.ts'
import { inboxMessages } from '../../protocol/index.ts'
import { proposePlanItems } from './links.ts'

const operator = { role: 'operator', name: 'Mme Dupont', organisation: 'CPAS de Namur' } as const
const commitments = [
  { actor: { role: 'holder' as const }, text: 'Je vais à la séance d’information', done: false },
  { actor: operator, text: 'J’inscris Amina à la séance', done: false },
]
const proposal = (id: string, over: Partial<v.InferInput<typeof PlanProposalSchema>> = {}): PlanProposal =>
  v.parse(PlanProposalSchema, {
    id,
    proposedBy: operator,
    createdAt: '2025-03-01T10:00:00.000Z',
    objective: { title: `Objectif ${id}` },
    steps: [{ title: `Étape ${id}`, commitments }],
    ...over,
  })

describe('plan proposals, holder side', () => {
  it('accepts one (merged with consent) and refuses another (recorded, not merged)', () => {
    const { doc } = validationFixture()
    const inbox = new Y.Doc()
    expect(proposePlanItems(inbox, proposal('p1')).ok).toBe(true)
    expect(proposePlanItems(inbox, proposal('p2')).ok).toBe(true)
    inboxMessages(inbox).push(['garbage'])
    expect(pendingProposals(doc, inbox).map((p) => p.id)).toEqual(['p1', 'p2'])
    const stepsBefore = listItems(doc, 'steps').items.length
    const now = new Date('2025-03-02T09:00:00.000Z')
    const a = acceptProposal(doc, proposal('p1'), now)
    if (!a.ok) throw new Error(a.code)
    const r = refuseProposal(doc, proposal('p2'), 'Je préfère attendre', now)
    expect(r.ok && r.value).toMatchObject({ decision: 'refused', reason: 'Je préfère attendre' })
    expect(pendingProposals(doc, inbox)).toEqual([])
    const steps = listItems(doc, 'steps').items
    expect(steps).toHaveLength(stepsBefore + 1)
    const step = steps.find((s) => s.id === a.value.stepIds?.[0])
    expect(step).toMatchObject({
      title: 'Étape p1',
      objectiveId: a.value.objectiveId,
      proposedBy: operator,
      consent: 'accepted',
      consentAt: now.toISOString(),
      commitments,
    })
    expect(getItem(doc, 'objectives', a.value.objectiveId ?? '')?.title).toBe('Objectif p1')
    expect(listItems(doc, 'objectives').items.map((o) => o.title)).not.toContain('Objectif p2')
    expect(decisionOf(doc, 'p2')?.decision).toBe('refused')
    expect(acceptProposal(doc, proposal('p2'))).toEqual({ ok: false, code: 'already-decided' })
    expect(refuseProposal(doc, proposal('p1'))).toEqual({ ok: false, code: 'already-decided' })
  })

  it('adds steps to an existing objective, refuses an unknown one, and never reuses the operator ids', () => {
    const { doc, objective } = validationFixture()
    const { objective: _, ...base } = proposal('p3')
    const toExisting = v.parse(PlanProposalSchema, { ...base, objectiveId: objective.id })
    const a = acceptProposal(doc, toExisting)
    expect(a.ok && a.value.objectiveId).toBe(objective.id)
    const toMissing = v.parse(PlanProposalSchema, { ...base, id: 'p4', objectiveId: 'gone' })
    expect(acceptProposal(doc, toMissing)).toEqual({ ok: false, code: 'objective-missing' })
    expect(decisionOf(doc, 'p4')).toBeUndefined()
  })

  it('copies one proposer’s decisions into a share doc for the operator', () => {
    const { doc } = validationFixture()
    acceptProposal(doc, proposal('p1'))
    refuseProposal(doc, proposal('p2'))
    refuseProposal(doc, proposal('p5', { proposedBy: { role: 'operator', name: 'Autre' } }))
    const share = createBookletDoc()
    expect(syncDecisionsToShare(doc, share, operator)).toBe(2)
    expect(shareDecisions(share).map((d) => [d.proposalId, d.decision])).toEqual([
      ['p1', 'accepted'],
      ['p2', 'refused'],
    ])
  })

  it('reports what an inbox holds: pending proposals, and ignored messages with why', () => {
    const { doc } = validationFixture()
    const before = JSON.stringify(doc.toJSON())
    const inbox = new Y.Doc()
    proposePlanItems(inbox, proposal('p1'))
    inboxMessages(inbox).push(['{ nope', 42])
    inboxMessages(inbox).push([
      JSON.stringify({
        type: 'livret.credential',
        v: 1,
        id: 'c1',
        sentAt: '2025-03-01T10:00:00.000Z',
        credential: {},
      }),
    ])
    const report = inboxReport(doc, inbox)
    expect(report.pending.map((p) => p.id)).toEqual(['p1'])
    expect(report.ignored).toEqual([
      { index: 1, code: 'not-json' },
      { index: 2, code: 'not-text' },
      { index: 3, code: 'not-a-proposal' },
    ])
    expect(JSON.stringify(doc.toJSON())).toBe(before)
  })

  it('copies the decisions on one inbox’s proposals into its answers doc', () => {
    const { doc } = validationFixture()
    const inbox = new Y.Doc()
    proposePlanItems(inbox, proposal('p1'))
    proposePlanItems(inbox, proposal('p2'))
    acceptProposal(doc, proposal('p1'))
    refuseProposal(doc, proposal('p2'), 'Pas maintenant')
    refuseProposal(doc, proposal('elsewhere'))
    const answers = new Y.Doc()
    expect(syncInboxDecisions(doc, inbox, answers)).toBe(2)
    expect(shareDecisions(answers).map((d) => [d.proposalId, d.decision, d.reason])).toEqual([
      ['p1', 'accepted', undefined],
      ['p2', 'refused', 'Pas maintenant'],
    ])
    let changes = 0
    answers.on('update', () => changes++)
    syncInboxDecisions(doc, inbox, answers)
    expect(changes).toBe(0)
  })

  it('decides step by step: one step taken with its objective, the other refused with a reason', () => {
    const { doc } = validationFixture()
    const two = proposal('p6', {
      steps: [
        { title: 'Atelier CV', commitments },
        { title: 'Stage en cuisine', commitments },
      ],
    })
    const stepsBefore = listItems(doc, 'steps').items.length
    expect(decideProposal(doc, two, [{ accept: true }])).toEqual({ ok: false, code: 'invalid' })
    const d = decideProposal(doc, two, [{ accept: true }, { accept: false, reason: 'Trop loin de chez moi' }])
    if (!d.ok) throw new Error(d.code)
    expect(d.value.decision).toBe('accepted')
    expect(d.value.steps?.map((s) => [s.decision, s.reason])).toEqual([
      ['accepted', undefined],
      ['refused', 'Trop loin de chez moi'],
    ])
    const steps = listItems(doc, 'steps').items
    expect(steps).toHaveLength(stepsBefore + 1)
    expect(steps.find((s) => s.id === d.value.steps?.[0]?.stepId)?.title).toBe('Atelier CV')
    expect(steps.map((s) => s.title)).not.toContain('Stage en cuisine')
    expect(getItem(doc, 'objectives', d.value.objectiveId ?? '')?.title).toBe('Objectif p6')
    expect(decideProposal(doc, two, [{ accept: true }, { accept: true }])).toEqual({
      ok: false,
      code: 'already-decided',
    })
    // The operator reads it through the answers room, step by step.
    const inbox = new Y.Doc()
    proposePlanItems(inbox, two)
    const answers = new Y.Doc()
    syncInboxDecisions(doc, inbox, answers)
    const read = shareDecisions(answers)[0]
    if (!read) throw new Error('no decision')
    expect(stepDecisionOf(read, 1)).toEqual({ decision: 'refused', reason: 'Trop loin de chez moi' })
  })

  it('refusing every step creates nothing; a whole-proposal decision of an older app reads per step', () => {
    const { doc } = validationFixture()
    const objectivesBefore = listItems(doc, 'objectives').items.length
    const r = decideProposal(doc, proposal('p7'), [{ accept: false, reason: 'Non merci' }])
    expect(r.ok && r.value.decision).toBe('refused')
    expect(listItems(doc, 'objectives').items).toHaveLength(objectivesBefore)
    const old = refuseProposal(doc, proposal('p8'), 'Pas maintenant')
    if (!old.ok) throw new Error(old.code)
    expect(stepDecisionOf(old.value, 0)).toEqual({ decision: 'refused', reason: 'Pas maintenant' })
    const all = decideProposal(doc, proposal('p9'), [{ accept: true }])
    expect(all.ok && all.value.steps?.[0]?.stepId).toBe(all.ok && all.value.stepIds?.[0])
  })
})
