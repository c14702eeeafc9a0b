// The card's words: the trainer's level stays the trainer's whatever the holder says of herself, a
// partial result says what remains, a "pas encore" does not call its level validated, and what the
// trainer saw is told only when the signature holds.
import { describe, expect, it } from 'vitest'
import type { ValidationView } from '../../../features/trust/index.ts'
import { cardModel, validationSummary } from './card-model.ts'
import type { ValidationFields } from './ValidationCard.tsx'

const FP = '2EF3-JG76-9DA9-2WH0'
const fields = (over: Partial<ValidationFields> = {}): ValidationFields => ({
  status: 'partial',
  level: 2,
  method: 'internship-observation',
  date: '2026-11-20',
  trainer: { name: 'Marc Lambert', organisation: 'CISP Le Chantier' },
  evidence: 'Service du midi',
  ...over,
})
const unknown: ValidationView = {
  state: {
    state: 'unknown-organisation',
    fingerprint: FP,
    endorsedBy: [],
    refused: [],
    statusCheckedAt: null,
  },
  remaining: 'le coup de feu du midi',
}

describe('cardModel', () => {
  it('keeps the trainer’s level when the holder raises her own, and words them apart', () => {
    for (const own of [1, 2, 3, 4]) {
      const m = cardModel(fields(), unknown, { n: own, whose: 'mine' })
      expect(m.trainerLevel).toMatch(/^Niveau validé par le formateur\s:\s2 sur 4$/)
      expect(m.ownLevel).toMatch(new RegExp(`^Mon niveau \\(mon avis\\)\\s:\\s${own} sur 4$`))
    }
    const theirs = cardModel(fields(), unknown, { n: 3, whose: 'theirs' })
    expect(theirs.ownLevel).toMatch(/^Niveau donné par la personne elle-même\s:\s3 sur 4$/)
    expect(cardModel(fields(), unknown).ownLevel).toBeUndefined()
  })

  it('says "partiellement" with what remains, and nothing remains for a full validation', () => {
    const partial = cardModel(fields(), unknown)
    expect(partial.decision).toBe('Validé partiellement')
    expect(partial.decisionIcon).toBe('status-doing')
    expect(partial.remaining).toMatch(/^Reste à acquérir\s:\sle coup de feu du midi$/)
    const full = cardModel(fields({ status: 'validated', level: 3 }), unknown)
    expect(full.decision).toBe('Validé')
    expect(full.decisionIcon).toBe('validated')
    expect(full.remaining).toBeUndefined()
  })

  it('names the level a trainer saw, not "validated", when it is not yet validated', () => {
    const m = cardModel(fields({ status: 'not-yet', level: 1 }), unknown)
    expect(m.decision).toBe('Pas encore validé')
    expect(m.trainerLevel).toMatch(/^Niveau constaté par le formateur\s:\s1 sur 4$/)
    expect(m.decisionIcon).toBe('status-todo')
  })

  it('gives trainer, organisation, date and method, and the state with its fingerprint', () => {
    const m = cardModel(fields(), unknown)
    expect(m.by).toMatch(/^Par Marc Lambert, CISP Le Chantier, le .*2026$/)
    expect(m.method).toMatch(/observation en stage$/)
    expect(m.state?.tone).toBe('unknown-organisation')
    expect(m.state?.text).toContain(FP)
    expect(m.fingerprint).toBe(FP)
    expect(m.evidence).toMatch(/Service du midi$/)
  })

  it('says nothing of what the trainer saw while checking or when the signature fails', () => {
    const checking = cardModel(fields(), 'checking')
    expect(checking.state).toBeNull()
    expect(checking.evidence).toBeUndefined()
    const bad = cardModel(fields(), { state: { state: 'not-verifiable', reason: 'edited' } })
    expect(bad.state?.tone).toBe('not-verifiable')
    expect(bad.evidence).toBeUndefined()
    expect(bad.remaining).toBeUndefined()
  })

  it('leaves out what the trainer saw in a compact card, and words the state for paper', () => {
    const compact = cardModel(fields(), unknown, undefined, { compact: true })
    expect(compact.evidence).toBeUndefined()
    expect(compact.remaining).toMatch(/coup de feu/)
    const paper = cardModel(fields(), unknown, undefined, { paper: true })
    expect(paper.state?.text).not.toMatch(/de vous/)
    expect(paper.state?.text).toMatch(new RegExp(`^Signature correcte — empreinte\\s:\\s${FP}`))
    expect(cardModel(fields(), unknown).state?.text).toMatch(/inconnue de vous/)
  })

  it('never leads with "Validé" once withdrawn or when the signature fails', () => {
    const full = fields({ status: 'validated', level: 3 })
    const withdrawn = cardModel(full, {
      state: { state: 'withdrawn', by: 'issuer', fingerprint: FP, statusCheckedAt: '2026-11-30T10:00:00Z' },
    })
    expect(withdrawn.decision).toMatch(/^Retirée — c’était\s:\sValidé$/)
    expect(withdrawn.decisionIcon).toBe('stop')
    const bad = cardModel(full, { state: { state: 'not-verifiable', reason: 'edited' } })
    expect(bad.decision).toMatch(/^Ne vous y fiez pas — elle dit\s:\sValidé$/)
    expect(bad.decisionIcon).toBe('error')
    expect(cardModel(full, 'checking').decision).toBe('Validé')
  })

  it('sums a validation up in one line: decision and the trainer’s level', () => {
    expect(validationSummary({ status: 'partial', level: 2 })).toMatch(
      /^Validé partiellement · Niveau validé par le formateur\s:\s2 sur 4$/,
    )
    expect(validationSummary({ status: 'not-yet', level: 1 })).toMatch(/^Pas encore validé · Niveau constaté/)
  })
})
