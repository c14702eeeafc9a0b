import { describe, expect, it } from 'vitest'
import { createBookletDoc, putItem, putSituationItem } from '../../../booklet/index.ts'
import {
  SITUATION_AREAS,
  sampleExperience,
  sampleJournalEntry,
  samplePathStage,
} from '../../../domain/index.ts'
import { journalItems, pickableItems, situationItems } from './pick-items.ts'

const must = (r: { ok: boolean }) => {
  if (!r.ok) throw new Error(JSON.stringify(r))
}

describe('items offered on the share sheet', () => {
  it('titles experiences with their place, path stages by title or organisation', () => {
    const doc = createBookletDoc()
    const e1 = sampleExperience({ title: 'Stage en cuisine', organisation: 'CISP Le Trusquin' })
    const e2 = sampleExperience({ title: 'Bénévolat' })
    delete (e2 as { organisation?: string }).organisation
    must(putItem(doc, 'experiences', e1))
    must(putItem(doc, 'experiences', e2))
    const p = samplePathStage({ title: '', organisation: 'Forem' })
    must(putItem(doc, 'path', p))
    expect(
      pickableItems(doc, 'experiences')
        .map((i) => i.title)
        .sort(),
    ).toEqual(['Bénévolat', 'Stage en cuisine · CISP Le Trusquin'])
    expect(pickableItems(doc, 'path')).toEqual([{ id: p.id, title: 'Forem' }])
    expect(pickableItems(doc, 'contacts')).toEqual([])
  })
  it('lists the journal newest first with a short text, and the seven situation areas', () => {
    const doc = createBookletDoc()
    const old = sampleJournalEntry({ date: '2025-01-10', text: 'Premier rendez-vous' })
    const recent = sampleJournalEntry({ date: '2025-03-02', text: 'x'.repeat(200) })
    must(putItem(doc, 'journal', old))
    must(putItem(doc, 'journal', recent))
    const items = journalItems(doc)
    expect(items.map((i) => i.id)).toEqual([recent.id, old.id])
    expect(items[0]?.title.length).toBe(80)
    expect(items[0]?.title.endsWith('…')).toBe(true)
    must(
      putSituationItem(doc, {
        area: 'health',
        status: 'obstacle',
        note: 'Diabète',
        updatedAt: '2025-03-02T10:00:00.000Z',
      }),
    )
    const areas = situationItems(doc)
    expect(areas.map((a) => a.area)).toEqual([...SITUATION_AREAS])
    expect(areas.find((a) => a.area === 'health')?.status).toBe('obstacle')
    // Only the area and its status are offered: the note stays out of the sheet's list.
    expect(JSON.stringify(areas)).not.toContain('Diabète')
  })
})
