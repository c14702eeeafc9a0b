import { describe, expect, it } from 'vitest'
import { newId, type ObjectiveId } from './ids.ts'
import { sampleStep } from './samples.ts'
import { StepSchema } from './step.ts'
import { issuesOf } from './testing.ts'

const o = newId<ObjectiveId>()

describe('StepSchema', () => {
  it('accepts a proposal waiting for the holder and one the holder refused', () => {
    expect(issuesOf(StepSchema, sampleStep(o, { consent: 'proposed' }))).toEqual([])
    expect(
      issuesOf(StepSchema, sampleStep(o, { consent: 'refused', consentAt: '2025-03-02T09:00:00.000Z' })),
    ).toEqual([])
  })
  it('a step the holder proposed is accepted by definition', () => {
    expect(
      issuesOf(StepSchema, sampleStep(o, { proposedBy: { role: 'holder' }, consent: 'proposed' })),
    ).toEqual(['consent:holder-step-not-accepted'])
  })
  it('refuses wrong enumerations', () => {
    expect(issuesOf(StepSchema, { ...sampleStep(o), status: 'finished' })).toEqual(['status:invalid-status'])
    expect(issuesOf(StepSchema, { ...sampleStep(o), consent: 'yes' })).toEqual(['consent:invalid-consent'])
    expect(issuesOf(StepSchema, { ...sampleStep(o), proposedBy: { role: 'boss' } })).toEqual([
      'proposedBy.role:invalid-role',
    ])
  })
  it('refuses a bad due date and a missing objective', () => {
    expect(issuesOf(StepSchema, sampleStep(o, { dueDate: '2025-02-30' }))).toEqual(['dueDate:invalid-date'])
    const { objectiveId: _x, ...rest } = sampleStep(o)
    expect(issuesOf(StepSchema, rest)).toEqual(['objectiveId:required'])
  })
  it('checks commitments one by one and bounds their number', () => {
    const bad = { ...sampleStep(o), commitments: [{ actor: { role: 'holder' }, text: '', done: 'yes' }] }
    expect(issuesOf(StepSchema, bad).sort()).toEqual([
      'commitments.0.done:boolean',
      'commitments.0.text:empty',
    ])
    const c = { actor: { role: 'holder' }, text: 'x', done: false }
    expect(issuesOf(StepSchema, { ...sampleStep(o), commitments: Array(21).fill(c) })).toEqual([
      'commitments:too-many',
    ])
    expect(issuesOf(StepSchema, { ...sampleStep(o), commitments: 'none' })).toEqual(['commitments:array'])
  })
})
