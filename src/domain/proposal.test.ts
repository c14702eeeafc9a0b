// Plan proposals and decision records.
import { describe, expect, it } from 'vitest'
import { HolderRefSchema, newHolderRef } from './holder-ref.ts'
import { PlanProposalSchema, ProposalDecisionSchema } from './proposal.ts'
import { issuesOf } from './testing.ts'

const operator = { role: 'operator', name: 'Mme Dupont', organisation: 'CPAS de Namur' } as const
const step = {
  title: 'Visiter le centre de formation',
  commitments: [
    { actor: { role: 'holder' }, text: 'J’y vais mardi', done: false },
    { actor: operator, text: 'Je prends rendez-vous', done: false },
  ],
}
const proposal = {
  id: 'p1',
  proposedBy: operator,
  createdAt: '2025-03-01T10:00:00.000Z',
  objective: { title: 'Formation commis de cuisine' },
  steps: [step],
}

describe('PlanProposalSchema', () => {
  it('accepts a new objective with steps, or steps for an existing objective', () => {
    expect(issuesOf(PlanProposalSchema, proposal)).toEqual([])
    const { objective: _, ...rest } = proposal
    expect(issuesOf(PlanProposalSchema, { ...rest, objectiveId: 'o1' })).toEqual([])
  })
  it('refuses both or neither objective, nothing proposed, a holder proposer, too many steps', () => {
    expect(issuesOf(PlanProposalSchema, { ...proposal, objectiveId: 'o1' })).toEqual([
      ':objective-xor-objective-id',
    ])
    const { objective: _, ...rest } = proposal
    expect(issuesOf(PlanProposalSchema, rest)).toEqual([':objective-xor-objective-id'])
    expect(issuesOf(PlanProposalSchema, { ...rest, objectiveId: 'o1', steps: [] })).toEqual([
      ':nothing-proposed',
    ])
    expect(issuesOf(PlanProposalSchema, { ...proposal, proposedBy: { role: 'holder' } })).toEqual([
      'proposedBy:holder-cannot-propose',
    ])
    expect(issuesOf(PlanProposalSchema, { ...proposal, steps: Array(21).fill(step) })).toEqual([
      'steps:too-many',
    ])
    expect(issuesOf(PlanProposalSchema, { ...proposal, id: '../x' })).toEqual(['id:invalid-id'])
  })
})

describe('ProposalDecisionSchema and holder references', () => {
  it('accepts a refusal with a reason and refuses an unknown decision', () => {
    const d = {
      proposalId: 'p1',
      decision: 'refused',
      reason: 'Pas maintenant',
      decidedAt: proposal.createdAt,
      proposedBy: operator,
    }
    expect(issuesOf(ProposalDecisionSchema, d)).toEqual([])
    expect(issuesOf(ProposalDecisionSchema, { ...d, decision: 'maybe' })).toEqual([
      'decision:invalid-decision',
    ])
  })
  it('makes random, well-formed holder references', () => {
    const a = newHolderRef()
    expect(issuesOf(HolderRefSchema, a)).toEqual([])
    expect(newHolderRef()).not.toBe(a)
    expect(issuesOf(HolderRefSchema, 'Amina')).toEqual([':invalid-holder-ref'])
  })
})
