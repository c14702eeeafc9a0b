import { describe, expect, it } from 'vitest'
import { foldWord, searchKey, searchWords } from './normalise.ts'

describe('search keys', () => {
  it('forgives accents, case and punctuation', () => {
    expect(searchWords('Gérer l’ÉQUIPE')).toEqual(searchWords('gerer l equipe'))
    expect(searchKey('Œuvre')).toBe(searchKey('oeuvre'))
  })
  it('folds simple French, English and Dutch plurals to the singular', () => {
    expect(foldWord('clients')).toBe(foldWord('client'))
    expect(foldWord('chevaux')).toBe(foldWord('cheval'))
    expect(foldWord('activities')).toBe(foldWord('activity'))
    expect(foldWord('services')).toBe(foldWord('service'))
    expect(foldWord('mogelijkheden')).toBe(foldWord('mogelijkheid'))
    expect(foldWord('werken')).toBe(foldWord('werk'))
  })
  it('keeps short words whole', () => {
    expect(foldWord('bus')).toBe('bus')
  })
})
