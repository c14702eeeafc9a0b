import { describe, expect, it } from 'vitest'
import { createBookletDoc, listItems, putItem } from '../../booklet/index.ts'
import { planProgress, sampleObjective, sampleStep } from '../../domain/index.ts'
import { planOverview } from './overview-data.ts'

describe('home plan overview', () => {
  it('reads commitments: a step marked done is not done while the counsellor still owes something', () => {
    const doc = createBookletDoc()
    const reached = sampleObjective()
    const waiting = sampleObjective()
    putItem(doc, 'objectives', reached)
    putItem(doc, 'objectives', waiting)
    const kept = sampleStep(reached.id).commitments.map((c) => ({ ...c, done: true }))
    putItem(doc, 'steps', sampleStep(reached.id, { status: 'done', commitments: kept }))
    putItem(doc, 'steps', sampleStep(waiting.id, { status: 'done' }))
    const { progress } = planOverview(doc)
    expect(progress).toEqual(planProgress(listItems(doc, 'objectives').items, listItems(doc, 'steps').items))
    expect(progress).toMatchObject({
      objectivesDone: 1,
      objectivesInProgress: 1,
      stepsDone: 1,
      stepsTotal: 2,
    })
    expect([progress.partsDone, progress.partsTotal]).toEqual([4, 6])
  })
})
