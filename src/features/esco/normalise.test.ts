import { describe, expect, it } from 'vitest'
import { conceptKeysOf, foldWord, searchKey, searchKeys, searchWords } from './normalise.ts'

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

describe('bulk keys', () => {
  it('fold every word as foldWord does, label by label', () => {
    const texts = ['Chevaux sauvages', 'les activités', '', 'werken-mogelijkheden', 'x', 'Service clients']
    const keys = searchKeys(texts)
    expect(keys).toHaveLength(texts.length)
    expect(keys).toEqual([
      ' cheval sauvag ',
      ' les activit ',
      ' ',
      ' werk mogelijkheid ',
      ' x ',
      ' servic client ',
    ])
    for (const [i, t] of texts.entries()) expect(keys[i]).toBe(searchKey(t))
  })
  it('per concept in one string: the same keys, labels joined by | and concepts by a new line', () => {
    const lists = [['Chevaux sauvages', 'les activités'], ['x|y', 'a\nb'], ['Service clients'], ['--']]
    expect(conceptKeysOf(lists)).toBe(lists.map((ls) => searchKeys(ls).join('|')).join('\n'))
    expect(conceptKeysOf(lists).split('\n')).toEqual([
      ' cheval sauvag | les activit ',
      ' x y | a b ',
      ' servic client ',
      ' ',
    ])
  })
  it('agree with foldWord applied word by word', () => {
    const words = [
      'chevaux',
      'bureaux',
      'activities',
      'mogelijkheden',
      'werken',
      'services',
      'bus',
      'taxe',
      'tissus',
    ]
    const reference = (t: string) => ` ${t.split(' ').map(foldWord).join(' ')} `
    for (const w of words) expect(searchKey(w)).toBe(reference(w))
    expect(searchKey(words.join(' '))).toBe(reference(words.join(' ')))
  })
  it('fold adjacent words that each need folding (one regex pass must not skip the second)', () => {
    expect(searchKey('clients clients clients')).toBe(' client client client ')
  })
})
