import { describe, expect, it } from 'vitest'
import { newId, nowIso, type Step } from '../../../domain/index.ts'
import { toDraft } from './StepForm.tsx'
import { stepFrom } from './step-values.ts'

const accepted: Step = {
  id: newId(),
  objectiveId: newId(),
  createdAt: nowIso(),
  updatedAt: nowIso(),
  title: 'Inscription au module de remise à niveau',
  status: 'todo',
  proposedBy: { role: 'operator', name: 'Julie Martin', organisation: 'CPAS de Namur' },
  consent: 'accepted',
  consentAt: nowIso(),
  commitments: [
    { actor: { role: 'holder' }, text: "M'inscrire avant le 15", done: false },
    { actor: { role: 'operator', organisation: 'CPAS de Namur' }, text: 'Payer le module', done: false },
  ],
} as Step

describe('stepFrom', () => {
  it('keeps who proposed the step and the organisations of its commitments when the holder edits it', () => {
    const draft = { ...toDraft(accepted), status: 'doing' as const }
    const out = stepFrom(accepted.objectiveId, draft, accepted)
    expect(out.status).toBe('doing')
    expect(out.proposedBy).toEqual({ role: 'operator', name: 'Julie Martin', organisation: 'CPAS de Namur' })
    expect(out.commitments).toEqual([
      { actor: { role: 'holder' }, text: "M'inscrire avant le 15", done: false },
      { actor: { role: 'operator', organisation: 'CPAS de Namur' }, text: 'Payer le module', done: false },
    ])
    expect(out.consentAt).toBe(accepted.consentAt)
  })

  it('drops blank names and organisations', () => {
    const draft = toDraft(accepted)
    draft.commitments = [
      { actor: { role: 'trainer', name: '  ', organisation: '' }, text: 'Évaluer', done: false },
    ]
    const out = stepFrom(accepted.objectiveId, draft, accepted)
    expect(out.commitments).toEqual([{ actor: { role: 'trainer' }, text: 'Évaluer', done: false }])
  })
})
