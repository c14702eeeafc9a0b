// The operator's form draft: what is required, and a proposal the holder's app accepts as valid.
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { PlanProposalSchema } from '../../../domain/index.ts'
import { build, check, type Draft, emptyStep } from './propose-draft.ts'

const draft = (over: Partial<Draft> = {}): Draft => ({
  name: ' Mme Dupont ',
  organisation: 'CPAS de Namur',
  objective: ' Entrer en formation ',
  description: '',
  targetDate: '2026-06-30',
  steps: [
    {
      ...emptyStep(),
      title: 'Séance d’information',
      dueDate: '2026-01-15',
      holder: 'aller à la séance',
      mine: 'payer le trajet',
      others: [{ key: 1, who: 'Forem', text: 'garder une place' }],
    },
    emptyStep(),
  ],
  ...over,
})

describe('proposal draft', () => {
  it('builds a valid proposal with both sides’ commitments and another professional’s', () => {
    const p = v.parse(PlanProposalSchema, build(draft()))
    expect(p.proposedBy).toEqual({ role: 'operator', name: 'Mme Dupont', organisation: 'CPAS de Namur' })
    expect(p.objective).toEqual({ title: 'Entrer en formation', targetDate: '2026-06-30' })
    expect(p.steps).toHaveLength(1)
    expect(p.steps[0]?.commitments).toEqual([
      { actor: { role: 'holder' }, text: 'aller à la séance', done: false },
      { actor: p.proposedBy, text: 'payer le trajet', done: false },
      { actor: { role: 'other', organisation: 'Forem' }, text: 'garder une place', done: false },
    ])
    expect(check(draft())).toEqual({})
  })

  it('asks for the name, the objective, a step’s title and who the other professional is', () => {
    const bad = draft({
      name: ' ',
      objective: '',
      steps: [{ ...emptyStep(), holder: 'venir', others: [{ key: 2, who: '', text: 'aider' }] }],
    })
    expect(Object.keys(check(bad)).sort()).toEqual([
      'propose-name',
      'propose-objective',
      'propose-step-0-other-0-who',
      'propose-step-0-title',
    ])
  })
})
