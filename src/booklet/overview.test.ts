import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  competenceCountsByFamily,
  planProgress,
  sampleCompetence,
  sampleObjective,
  sampleStep,
} from '../domain/index.ts'
import { createBookletDoc } from './layout.ts'
import { competenceFamilyCounts, planOverview } from './overview.ts'
import { listItems } from './read.ts'
import { putItem } from './write.ts'

describe('overview figures', () => {
  it('match the figures computed from validated items, and skip damaged fields', () => {
    const doc = createBookletDoc()
    putItem(doc, 'competences', sampleCompetence())
    putItem(doc, 'competences', sampleCompetence({ family: 'savoir', suggestionKey: undefined }))
    const o1 = sampleObjective()
    const o2 = sampleObjective()
    putItem(doc, 'objectives', o1)
    putItem(doc, 'objectives', o2)
    const o3 = sampleObjective()
    putItem(doc, 'objectives', o3)
    putItem(doc, 'steps', sampleStep(o1.id, { status: 'done', commitments: [] }))
    // Marked done, but the counsellor's commitment is still to do: o3 is not reached.
    putItem(doc, 'steps', sampleStep(o3.id, { status: 'done' }))
    putItem(doc, 'steps', sampleStep(o2.id, { status: 'doing' }))
    putItem(doc, 'steps', sampleStep(o2.id, { consent: 'proposed' }))
    const bad = new Y.Map<unknown>()
    doc.getMap('competences').set('bad', bad)
    bad.set('family', 'savoir-vivre')
    expect(competenceFamilyCounts(doc)).toEqual(competenceCountsByFamily(listItems(doc, 'competences').items))
    expect(planOverview(doc)).toEqual(
      planProgress(listItems(doc, 'objectives').items, listItems(doc, 'steps').items),
    )
    expect(planOverview(doc)).toMatchObject({
      objectivesDone: 1,
      objectivesInProgress: 2,
      stepsDone: 1,
      stepsTotal: 3,
      commitmentsTotal: 4,
    })
  })
  it('follows changes', () => {
    const doc = createBookletDoc()
    expect(competenceFamilyCounts(doc)['savoir-etre']).toBe(0)
    putItem(doc, 'competences', sampleCompetence())
    expect(competenceFamilyCounts(doc)['savoir-etre']).toBe(1)
    expect(planOverview(new Y.Doc())).toEqual(planProgress([], []))
  })
})
