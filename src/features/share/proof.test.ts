// The proof link is a share of the picked competences and their validations, nothing more: no
// experience, no other competence, no hidden validation, the holder references for the reader's check.
import { describe, expect, it } from 'vitest'
import { holderRefsOf, listItems, projectBooklet, putItem, readShareMeta } from '../../booklet/index.ts'
import { validationFixture } from '../../booklet/validation-fixture.ts'
import { createShareSelection } from '../../domain/index.ts'
import { sampleValidation } from '../../domain/samples.ts'
import { PROOF_SHARE_DAYS, proofShareInput } from './proof.ts'

const NOW = new Date('2026-12-01T10:00:00.000Z')

describe('proofShareInput', () => {
  it('is a snapshot of the picked competences only, open 30 days, deduplicated', () => {
    const input = proofShareInput(['a', 'b', 'a'], 'Preuve de mes validations', NOW)
    expect(input.mode).toBe('snapshot')
    expect(input.sections).toEqual({ competences: { ids: ['a', 'b'] } })
    expect(Date.parse(input.expiresAt ?? '') - NOW.getTime()).toBe(PROOF_SHARE_DAYS * 86_400_000)
  })

  it('projects the picked competences with their shown validations and nothing else', () => {
    const f = validationFixture()
    const [c1, c2, c3] = f.competences
    if (!c1 || !c2 || !c3) throw new Error('fixture')
    const shown = sampleValidation(c1.id)
    const hidden = { ...sampleValidation(c1.id), hidden: true }
    const other = sampleValidation(c2.id)
    for (const v of [shown, hidden, other]) expect(putItem(f.doc, 'validations', v).ok).toBe(true)
    const selection = createShareSelection(proofShareInput([c1.id], 'Forem', NOW), NOW)
    if (!selection.ok) throw new Error('selection')
    const projection = projectBooklet(f.doc, selection.value, NOW)
    expect(listItems(projection, 'competences').items.map((c) => c.id)).toEqual([c1.id])
    expect(listItems(projection, 'validations').items.map((v) => v.id)).toEqual([shown.id])
    expect(listItems(projection, 'validations').items[0]?.credential).toEqual(shown.credential)
    expect(listItems(projection, 'experiences').items).toEqual([])
    expect(listItems(projection, 'objectives').items).toEqual([])
    expect(holderRefsOf(projection)).toEqual(holderRefsOf(f.doc))
    expect(readShareMeta(projection)?.recipient).toBe('Forem')
  })
})
