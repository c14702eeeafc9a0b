// The name a person gives themself in one share (issue 12, point 3): the projection's profile carries
// it instead of the booklet's display name, and carries it alone when the booklet has no profile.
import { describe, expect, it } from 'vitest'
import { createShareSelection, type ShareSelectionInput } from '../domain/index.ts'
import { createBookletDoc } from './layout.ts'
import { getProfile, putProfile } from './profile.ts'
import { projectBooklet, projectionSummary } from './projection.ts'

const NOW = new Date('2026-03-01T09:00:00.000Z')
const selection = (extra: Partial<ShareSelectionInput>) => {
  const r = createShareSelection(
    { recipient: 'Forem Namur', sections: { experiences: { all: true } }, ...extra },
    NOW,
  )
  if (!r.ok) throw new Error(JSON.stringify(r))
  return r.value
}
const named = () => {
  const doc = createBookletDoc()
  const at = NOW.toISOString()
  const r = putProfile(doc, {
    displayName: 'Amina',
    city: 'Namur',
    languages: ['fr'],
    createdAt: at,
    updatedAt: at,
  })
  if (!r.ok) throw new Error(JSON.stringify(r))
  return doc
}

describe('the name of a share', () => {
  it("is the booklet's first name when none is chosen", () => {
    expect(getProfile(projectBooklet(named(), selection({}), NOW))?.displayName).toBe('Amina')
  })
  it('replaces the first name when the person chose another one (initials)', () => {
    const doc = named()
    const projected = projectBooklet(doc, selection({ name: 'A. K.' }), NOW)
    expect(getProfile(projected)?.displayName).toBe('A. K.')
    expect(projectionSummary(selection({ name: 'A. K.' }), doc).profile?.displayName).toBe('A. K.')
    // The booklet itself keeps its name; the other fields stay unshared.
    expect(getProfile(doc)?.displayName).toBe('Amina')
    expect(getProfile(projected)?.city).toBeUndefined()
  })
  it('is carried alone when the booklet has no profile, and absent when there is no name at all', () => {
    const doc = createBookletDoc()
    expect(getProfile(projectBooklet(doc, selection({ name: 'Samir' }), NOW))).toMatchObject({
      displayName: 'Samir',
      languages: [],
    })
    expect(getProfile(projectBooklet(doc, selection({}), NOW))).toBeUndefined()
  })
  it('is refused when empty or too long', () => {
    expect(
      createShareSelection({ recipient: 'x', name: ' ', sections: { experiences: { all: true } } }, NOW).ok,
    ).toBe(false)
    expect(
      createShareSelection(
        { recipient: 'x', name: 'a'.repeat(500), sections: { experiences: { all: true } } },
        NOW,
      ).ok,
    ).toBe(false)
  })
})
