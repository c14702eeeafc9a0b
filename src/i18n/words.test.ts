// The language rules of issue 12, point 7: every text translated, the term list kept, one form of
// address, each language's spacing. Each test lists every offending key so a failure says what to fix.
import { describe, expect, it } from 'vitest'
import { GLOSSARY } from './glossary.ts'
import { FORBIDDEN, PAIRED, SAME_AS_FRENCH } from './terms.ts'
import { TABLES } from './test-tables.ts'
import { spacingProblems } from './typography.ts'

const keys = Object.keys(TABLES.fr) as (keyof typeof TABLES.fr)[]
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ')
// Placeholders are filled at run time ({name} may be anything): the rules read the words around them.
const words = (s: string) => plain(s).replace(/\{\w+\}/g, '…')

describe('every text is translated', () => {
  for (const lang of ['nl', 'en'] as const)
    it(`no ${lang.toUpperCase()} text equals the French one, except the listed cognates and names`, () => {
      const same = keys.filter(
        (k) => plain(TABLES.fr[k]) === TABLES[lang][k] && !(TABLES[lang][k] in SAME_AS_FRENCH[lang]),
      )
      expect(same).toEqual([])
    })
  it('the allow-list holds only words that are really used', () => {
    for (const lang of ['nl', 'en'] as const)
      for (const word of Object.keys(SAME_AS_FRENCH[lang]))
        expect(Object.values(TABLES[lang]), `${lang} ${word}`).toContain(word)
  })
})

describe('the term list', () => {
  for (const lang of ['fr', 'nl', 'en'] as const)
    it(`${lang.toUpperCase()} uses none of the words the term list rules out`, () => {
      const broken: string[] = []
      for (const k of keys)
        for (const f of FORBIDDEN[lang])
          if (f.pattern.test(words(TABLES[lang][k]))) broken.push(`${k}: ${TABLES[lang][k]} → ${f.instead}`)
      for (const e of GLOSSARY)
        for (const f of FORBIDDEN[lang])
          if (f.pattern.test(e[lang].text)) broken.push(`glossary ${e.key}: ${e[lang].text} → ${f.instead}`)
      expect(broken).toEqual([])
    })
  it('a term in French is the chosen term in Dutch and English, and only there', () => {
    const broken: string[] = []
    for (const k of keys)
      for (const pair of PAIRED) {
        const inFrench = pair.fr.test(words(TABLES.fr[k]))
        for (const lang of ['nl', 'en'] as const)
          if (inFrench !== pair[lang].test(words(TABLES[lang][k])))
            broken.push(`${lang} ${k}: "${TABLES.fr[k]}" / "${TABLES[lang][k]}" (${pair[lang]})`)
      }
    expect(broken).toEqual([])
  })
  it('the Dutch form of address is "je", in every text', () => {
    const formal = keys.filter((k) => /\b[Uu]w?\b/.test(words(TABLES.nl[k])))
    expect(formal).toEqual([])
    expect(keys.some((k) => /\bje\b/.test(TABLES.nl[k]))).toBe(true)
  })
})

describe('typographic spacing per language', () => {
  for (const lang of ['fr', 'nl', 'en'] as const)
    it(`${lang.toUpperCase()} spacing before : ; ? ! and around quotation marks`, () => {
      const broken = keys
        .map((k) => [k, spacingProblems(lang, TABLES[lang][k])] as const)
        .filter(([, p]) => p.length > 0)
        .map(([k, p]) => `${k}: ${p.join(', ')} in "${TABLES[lang][k]}"`)
      expect(broken).toEqual([])
    })
  it('the glossary follows the same rule in each language', () => {
    const broken = GLOSSARY.flatMap((e) =>
      (['fr', 'nl', 'en'] as const).flatMap((lang) =>
        [e[lang].name, e[lang].text]
          .filter((s) => spacingProblems(lang, s).length > 0)
          .map((s) => `${e.key} ${lang}: ${s}`),
      ),
    )
    expect(broken).toEqual([])
  })
  it('the rule catches the slips it is meant to catch', () => {
    expect(spacingProblems('en', 'Proposed by : me')).not.toEqual([])
    expect(spacingProblems('nl', 'Tik op « Verder »')).not.toEqual([])
    expect(spacingProblems('fr', 'Proposée par : moi')).not.toEqual([])
    expect(spacingProblems('fr', 'Proposée par\u00a0: moi, https://livret.be/?a=1 à 14:02')).toEqual([])
  })
})
