import { describe, expect, it } from 'vitest'
import { en } from './en.ts'
import { fr } from './fr.ts'
import { GLOSSARY } from './glossary.ts'
import { plural, t } from './index.ts'
import { nl } from './nl.ts'

describe('messages', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('status.savedAt', { time: '14:02' })).toBe('Enregistré sur cet appareil à 14:02')
    expect(t('status.savedAt')).toBe('Enregistré sur cet appareil à {time}')
  })

  it('picks the French singular for 0 and 1, the plural from 2', () => {
    expect(plural('home.competencesTotal', 0)).toBe('0 compétence')
    expect(plural('home.competencesTotal', 1)).toBe('1 compétence')
    expect(plural('home.competencesTotal', 2000)).toBe('2000 compétences')
  })

  it('has Dutch and English for every French key, none empty, same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()
    for (const [key, text] of Object.entries(fr)) {
      for (const other of [nl, en]) {
        const translated = other[key as keyof typeof fr]
        expect(translated, key).toBeTruthy()
        expect(names(translated), key).toEqual(names(text))
        expect(translated.split('|').length, key).toBe(text.split('|').length)
      }
    }
  })
})

describe('glossary', () => {
  it('explains at least 20 terms in three languages, with unique anchors', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(20)
    expect(new Set(GLOSSARY.map((e) => e.key)).size).toBe(GLOSSARY.length)
    for (const e of GLOSSARY)
      for (const l of ['fr', 'nl', 'en'] as const) expect(e[l].text.length, e.key).toBeGreaterThan(10)
  })
})
