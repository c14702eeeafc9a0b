import { describe, expect, it } from 'vitest'
import type { Commitment } from './actor.ts'
import { competenceCountsByFamily } from './competence-counts.ts'
import { objectiveState, planProgress, stepAwaitsCommitments, stepDone } from './plan-progress.ts'
import { sampleCompetence, sampleObjective, sampleStep } from './samples.ts'

const kept = [
  { actor: { role: 'holder' as const }, text: 'Je vais à l’auto-école', done: true },
  { actor: { role: 'operator' as const }, text: 'Demander l’aide financière', done: true },
]

describe('planProgress', () => {
  it('is all zero for an empty plan', () => {
    expect(planProgress([], [])).toEqual({
      objectivesDone: 0,
      objectivesInProgress: 0,
      stepsDone: 0,
      stepsTotal: 0,
      commitmentsDone: 0,
      commitmentsTotal: 0,
      partsDone: 0,
      partsTotal: 0,
      ratio: 0,
    })
  })
  it('counts accepted steps only, per objective', () => {
    const a = sampleObjective()
    const b = sampleObjective()
    const c = sampleObjective()
    const steps = [
      sampleStep(a.id, { status: 'done', commitments: kept }),
      sampleStep(a.id, { status: 'done', commitments: [] }),
      sampleStep(a.id, { status: 'dropped' }),
      sampleStep(a.id, { status: 'todo', consent: 'refused' }),
      sampleStep(b.id, { status: 'doing', commitments: [] }),
      sampleStep(b.id, { status: 'todo', commitments: [] }),
      sampleStep(c.id, { status: 'done', consent: 'proposed' }),
      sampleStep(sampleObjective().id, { status: 'done' }),
    ]
    expect(planProgress([a, b, c], steps)).toEqual({
      objectivesDone: 1,
      objectivesInProgress: 1,
      stepsDone: 2,
      stepsTotal: 4,
      commitmentsDone: 2,
      commitmentsTotal: 2,
      partsDone: 4,
      partsTotal: 6,
      ratio: 4 / 6,
    })
  })
  it('does not reach an objective while the counsellor’s commitment is still to do', () => {
    const o = sampleObjective()
    const waiting = sampleStep(o.id, {
      status: 'done',
      commitments: [kept[0] as Commitment, { ...(kept[1] as Commitment), done: false }],
    })
    expect(stepDone(waiting)).toBe(false)
    expect(stepAwaitsCommitments(waiting)).toBe(true)
    expect(objectiveState([waiting])).toBe('in-progress')
    const p = planProgress([o], [waiting])
    expect(p.objectivesDone).toBe(0)
    expect(p.stepsDone).toBe(0)
    expect([p.partsDone, p.partsTotal, p.commitmentsDone, p.commitmentsTotal]).toEqual([2, 3, 1, 2])
    const finished = { ...waiting, commitments: kept }
    expect(objectiveState([finished])).toBe('done')
    expect(planProgress([o], [finished]).ratio).toBe(1)
  })
  it('moves the bar as each actor keeps a commitment, before the step is marked done', () => {
    const o = sampleObjective()
    const step = sampleStep(o.id) // todo, two commitments open
    expect(planProgress([o], [step]).ratio).toBe(0)
    expect(objectiveState([step])).toBe('todo')
    const one = { ...step, commitments: [kept[0] as Commitment, { ...(kept[1] as Commitment), done: false }] }
    expect(planProgress([o], [one]).ratio).toBeCloseTo(1 / 3)
    expect(objectiveState([one])).toBe('in-progress')
  })
  it('an objective is done only when every counted step is', () => {
    const o = sampleObjective()
    const done = sampleStep(o.id, { status: 'done', commitments: kept })
    const todo = sampleStep(o.id, { status: 'todo', commitments: [] })
    expect(objectiveState([done, todo])).toBe('in-progress')
    expect(objectiveState([done, { ...todo, status: 'dropped' }])).toBe('done')
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
