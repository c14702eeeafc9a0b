import { describe, expect, it } from 'vitest'
import { createBookletDoc } from '../../booklet/index.ts'
import { MAX_APPLICATION_PROOFS } from '../../domain/index.ts'
import { addApplication, addProof, bookletApplicationLog, removeProof, updateApplication } from './service.ts'

const NOW = new Date('2026-03-01T09:00:00.000Z')
const base = { job: 'Caissier', channel: 'visit', answer: 'waiting' } as const

describe('job applications log', () => {
  it('adds applications and lists them newest first, within a date range', () => {
    const doc = createBookletDoc()
    for (const [employer, date] of [
      ['Aldi', '2026-02-10'],
      ['Colruyt', '2026-02-20'],
      ['Lidl', '2026-01-05'],
    ] as const)
      expect(addApplication(doc, { ...base, employer, date }, NOW).ok).toBe(true)
    expect(bookletApplicationLog(doc).map((a) => a.employer)).toEqual(['Colruyt', 'Aldi', 'Lidl'])
    expect(
      bookletApplicationLog(doc, { from: '2026-02-01', to: '2026-02-15' }).map((a) => a.employer),
    ).toEqual(['Aldi'])
  })
  it('records the answer and the next step, and refuses an invalid change', () => {
    const doc = createBookletDoc()
    const r = addApplication(doc, { ...base, employer: 'Aldi', date: '2026-02-10' }, NOW)
    if (!r.ok) throw new Error(r.code)
    const u = updateApplication(
      doc,
      r.value.id,
      { answer: 'interview', nextStep: 'Entretien', nextStepDate: '2026-03-05' },
      NOW,
    )
    expect(u.ok && u.value.answer).toBe('interview')
    expect(updateApplication(doc, r.value.id, { date: '2026-02-30' }, NOW).ok).toBe(false)
    expect(bookletApplicationLog(doc)[0]?.nextStep).toBe('Entretien')
  })
  it('links proofs by id, once each, up to the limit', () => {
    const doc = createBookletDoc()
    const r = addApplication(doc, { ...base, employer: 'Aldi', date: '2026-02-10' }, NOW)
    if (!r.ok) throw new Error(r.code)
    for (let i = 0; i < MAX_APPLICATION_PROOFS; i++)
      expect(addProof(doc, r.value.id, `photo-${i}`, NOW).ok).toBe(true)
    expect(addProof(doc, r.value.id, 'photo-0', NOW).ok).toBe(true)
    expect(addProof(doc, r.value.id, 'one-more', NOW)).toEqual({ ok: false, code: 'too-many-proofs' })
    const after = removeProof(doc, r.value.id, 'photo-0', NOW)
    expect(after.ok && after.value.proofIds).toHaveLength(MAX_APPLICATION_PROOFS - 1)
    expect(addProof(doc, 'nope', 'x', NOW)).toEqual({ ok: false, code: 'not-found' })
  })
})
