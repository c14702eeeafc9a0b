import { describe, expect, it } from 'vitest'
import { competenceCountsByFamily } from './competence-counts.ts'
import { objectiveState, planProgress } from './plan-progress.ts'
import { sampleCompetence, sampleObjective, sampleStep } from './samples.ts'

describe('planProgress', () => {
  it('is all zero for an empty plan', () => {
    expect(planProgress([], [])).toEqual({
      objectivesDone: 0,
      objectivesInProgress: 0,
      stepsDone: 0,
      stepsTotal: 0,
      ratio: 0,
    })
  })
  it('counts accepted steps only, per objective', () => {
    const a = sampleObjective()
    const b = sampleObjective()
    const c = sampleObjective()
    const steps = [
      sampleStep(a.id, { status: 'done' }),
      sampleStep(a.id, { status: 'done' }),
      sampleStep(a.id, { status: 'dropped' }),
      sampleStep(a.id, { status: 'todo', consent: 'refused' }),
      sampleStep(b.id, { status: 'doing' }),
      sampleStep(b.id, { status: 'todo' }),
      sampleStep(c.id, { status: 'done', consent: 'proposed' }),
      sampleStep(sampleObjective().id, { status: 'done' }),
    ]
    expect(planProgress([a, b, c], steps)).toEqual({
      objectivesDone: 1,
      objectivesInProgress: 1,
      stepsDone: 2,
      stepsTotal: 4,
      ratio: 0.5,
    })
  })
  it('an objective without counted steps is still to do', () => {
    expect(objectiveState([])).toBe('todo')
    expect(objectiveState([{ status: 'done', consent: 'proposed' }])).toBe('todo')
    expect(
      objectiveState([
        { status: 'done', consent: 'accepted' },
        { status: 'todo', consent: 'accepted' },
      ]),
    ).toBe('in-progress')
  })
})

describe('competenceCountsByFamily', () => {
  it('counts every family, zeros included', () => {
    const list = [
      sampleCompetence(),
      sampleCompetence(),
      sampleCompetence({ family: 'savoir', suggestionKey: undefined }),
    ]
    expect(competenceCountsByFamily(list)).toEqual({ savoir: 1, 'savoir-faire': 0, 'savoir-etre': 2 })
    expect(competenceCountsByFamily([])).toEqual({ savoir: 0, 'savoir-faire': 0, 'savoir-etre': 0 })
  })
})
