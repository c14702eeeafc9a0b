import { describe, expect, it } from 'vitest'
import { sampleObjective, sampleStep } from '../domain/samples.ts'
import { dateIn, pluralForm } from './format.ts'
import { openCommitments, stepOrigin } from './plan-words.ts'
import { TABLES, translateIn } from './test-tables.ts'

const o = sampleObjective()

describe('plurals by Intl.PluralRules', () => {
  it('says "1 étape", "0 étape" in French and "0 stappen", "0 steps" in Dutch and English', () => {
    const progress = (lang: 'fr' | 'nl' | 'en', done: number) =>
      pluralForm(lang, done, TABLES[lang]['plan.progressText']).replace('{done}', String(done))
    expect(progress('fr', 1)).toBe('1 étape faite sur {total}')
    expect(progress('fr', 0)).toBe('0 étape faite sur {total}')
    expect(progress('fr', 2)).toBe('2 étapes faites sur {total}')
    expect(progress('nl', 1)).toBe('1 van {total} stap gedaan')
    expect(progress('nl', 0)).toBe('0 van {total} stappen gedaan')
    expect(progress('en', 1)).toBe('1 of {total} step done')
    expect(progress('en', 0)).toBe('0 of {total} steps done')
  })
  it('has a plural form in every counted message that shows {n}', () => {
    for (const [lang, table] of Object.entries(TABLES))
      for (const [key, text] of Object.entries(table))
        if (
          /\{n\}/.test(text) &&
          /^(plan|home|proposals|operator)\./.test(key) &&
          !/Step|step|level/.test(key)
        )
          expect(text.split('|').length, `${lang} ${key}`).toBe(2)
  })
  it('says "no steps yet" as a sentence for an objective with none, and counts from 1', () => {
    const steps = (lang: 'fr' | 'nl' | 'en', n: number) =>
      pluralForm(lang, n, TABLES[lang]['plan.steps']).replace('{n}', String(n))
    expect(steps('fr', 0)).toBe('Aucune étape pour le moment.')
    expect(steps('nl', 0)).toBe('Nog geen stappen.')
    expect(steps('en', 0)).toBe('No steps yet.')
    expect(steps('fr', 1)).toBe('1 étape')
    expect(steps('fr', 2)).toBe('2 étapes')
    expect(steps('nl', 1)).toBe('1 stap')
    expect(steps('en', 3)).toBe('3 steps')
    // A two-form text keeps Intl's choice for 0 (French singular, Dutch and English plural).
    expect(pluralForm('fr', 0, '{n} a|{n} b')).toBe('{n} a')
    expect(pluralForm('en', 0, '{n} a|{n} b')).toBe('{n} b')
  })
  it('keeps a text without "|" whole', () => {
    expect(pluralForm('fr', 5, 'Réglages')).toBe('Réglages')
  })
})

describe('where a step comes from', () => {
  it('calls the person’s own step theirs, with no "proposed by me, accepted"', () => {
    const own = sampleStep(o.id, { proposedBy: { role: 'holder' }, consent: 'accepted' })
    const date = (iso: string) => dateIn('fr', iso)
    expect(stepOrigin(own, translateIn('fr'), date)).toBe('Étape que j’ai ajoutée')
    expect(stepOrigin(own, translateIn('nl'), date)).toBe('Stap die ik zelf toevoegde')
    expect(stepOrigin(own, translateIn('en'), date)).toBe('A step I added')
  })
  it('names who proposed a step and when the person answered', () => {
    const step = sampleStep(o.id, { consentAt: '2025-03-03T10:00:00.000Z' })
    expect(stepOrigin(step, translateIn('fr'), (d) => dateIn('fr', d))).toBe(
      'Proposée par mon accompagnateur (Mme Dupont, CPAS de Namur) · Acceptée par moi le 3 mars 2025',
    )
    expect(stepOrigin(step, translateIn('en'), (d) => dateIn('en', d))).toBe(
      'Proposed by my counsellor (Mme Dupont, CPAS de Namur) · Accepted by me on 3 March 2025',
    )
    const waiting = sampleStep(o.id, { consent: 'proposed', proposedBy: { role: 'trainer' } })
    expect(stepOrigin(waiting, translateIn('nl'), (d) => dateIn('nl', d))).toBe(
      'Voorgesteld door mijn opleider · Wacht op mijn antwoord',
    )
  })
  it('says who still owes something on a step marked done', () => {
    const step = sampleStep(o.id, { status: 'done' })
    expect(openCommitments(step, translateIn('fr'))).toBe(
      'Marquée faite, mais un engagement reste à tenir\u00a0: Moi, Mon accompagnateur (Mme Dupont).',
    )
    expect(openCommitments({ ...step, status: 'doing' }, translateIn('fr'))).toBe('')
    const kept = step.commitments.map((c) => ({ ...c, done: true }))
    expect(openCommitments({ ...step, commitments: kept }, translateIn('en'))).toBe('')
  })
})
