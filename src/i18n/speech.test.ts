import { describe, expect, it } from 'vitest'
import { asSentences, blockTexts, pickVoice, type SpeechNode, speakable, speechText } from './speech.ts'

// A tiny stand-in for the DOM: what the walk reads of Element and Text nodes.
const text = (value: string): SpeechNode => ({
  nodeType: 3,
  nodeName: '#text',
  nodeValue: value,
  childNodes: [],
})
const el = (
  tag: string,
  attrs: Record<string, string>,
  ...children: (SpeechNode | string)[]
): SpeechNode => ({
  nodeType: 1,
  nodeName: tag.toUpperCase(),
  nodeValue: null,
  childNodes: children.map((c) => (typeof c === 'string' ? text(c) : c)),
  getAttribute: (name) => attrs[name] ?? null,
})

// The plan screen as the app renders it: heading, intro, then an objective with its status badge
// and date in one paragraph, and its count of steps in the next.
const planScreen = (title: string, intro: string, status: string, date: string, steps: string) =>
  el(
    'main',
    {},
    el('h1', {}, el('svg', { 'aria-hidden': 'true' }, 'x'), title),
    el('p', {}, intro),
    el('button', {}, 'Écouter'),
    el(
      'ul',
      {},
      el(
        'li',
        {},
        el('h3', {}, 'Permis B'),
        el('p', {}, el('span', { class: 'badge badge-todo' }, status), ' ', date),
        el('p', {}, steps),
      ),
    ),
  )

describe('read-aloud text', () => {
  it('ends each block and badge with a sentence instead of gluing them (French)', () => {
    const main = planScreen(
      "Mon plan d'action",
      'Un seul plan, avec des objectifs et des étapes.',
      'Pas encore commencé',
      'Pour le 30 juin 2027',
      '1 étape',
    )
    expect(speechText(main, 'fr')).toBe(
      "Mon plan d'action. Un seul plan, avec des objectifs et des étapes. Permis B. Pas encore commencé. Pour le 30 juin 2027. 1 étape.",
    )
  })
  it('does the same in Dutch and English', () => {
    const nl = planScreen(
      'Mijn actieplan',
      'Eén plan met doelen en stappen',
      'Nog niet begonnen',
      'Voor 30 juni 2027',
      '1 stap',
    )
    expect(speechText(nl, 'nl')).toBe(
      'Mijn actieplan. Eén plan met doelen en stappen. Permis B. Nog niet begonnen. Voor 30 juni 2027. 1 stap.',
    )
    const en = planScreen(
      'My action plan',
      'One plan, with goals and steps',
      'Not started yet',
      'By 30 June 2027',
      '1 step',
    )
    expect(speechText(en, 'en')).toBe(
      'My action plan. One plan, with goals and steps. Permis B. Not started yet. By 30 June 2027. 1 step.',
    )
  })
  it('separates inline parts, skips buttons and hidden parts, keeps a label’s colon', () => {
    const main = el(
      'main',
      {},
      el('p', {}, el('strong', {}, 'Passer le code'), el('span', {}, 'Pour le 30 juin 2027')),
      el('p', { hidden: '' }, 'Caché'),
      el('label', {}, 'Pour quand :'),
      el('input', {}, 'valeur'),
      el('p', {}, el('a', { href: '/competences' }, 'Mes compétences →')),
    )
    expect(blockTexts(main).map((b) => b.trim().replace(/\s+/g, ' '))).toEqual([
      'Passer le code Pour le 30 juin 2027',
      'Pour quand :',
      'Mes compétences →',
    ])
    expect(speechText(main, 'fr')).toBe('Passer le code Pour le 30 juin 2027. Pour quand : Mes compétences.')
  })
  it('speaks dates written as numbers in the current language', () => {
    expect(speakable('Le 2027-06-30', 'fr')).toBe('Le 30 juin 2027')
    expect(speakable('Op 30/06/2027', 'nl')).toBe('Op 30 juni 2027')
    expect(speakable('On 2027-06-30T10:00:00.000Z', 'en')).toBe('On 30 June 2027')
    expect(speakable('Le 2027-13-45', 'fr')).toBe('Le 2027-13-45')
  })
  it('speaks times, percentages, fractions and grouped numbers', () => {
    expect(speakable('Enregistré à 14:02', 'fr')).toBe('Enregistré à 14 heures 2')
    expect(speakable('à 1:00', 'fr')).toBe('à 1 heure')
    expect(speakable('om 9:30', 'nl')).toBe('om 9 uur 30')
    expect(speakable('at 9:30', 'en')).toBe('at 9:30')
    expect(speakable('1 étape faite sur 3 (33 %)', 'fr')).toBe('1 étape faite sur 3 (33 pour cent)')
    expect(speakable('(33 %)', 'nl')).toBe('(33 procent)')
    expect(speakable('(33 %)', 'en')).toBe('(33 per cent)')
    expect(speakable('3/4', 'fr')).toBe('3 sur 4')
    expect(speakable('3/4', 'nl')).toBe('3 van 4')
    expect(speakable('2\u202f000 compétences', 'fr')).toBe('2000 compétences')
  })
  it('turns pictogram arrows and middle dots into pauses and drops empty pieces', () => {
    expect(asSentences(['Proposée par mon formateur · Acceptée par moi', '→', '  '], 'fr')).toBe(
      'Proposée par mon formateur, Acceptée par moi.',
    )
    expect(asSentences(['Vraiment ?', 'Oui !'], 'fr')).toBe('Vraiment ? Oui !')
  })
})

describe('voice of the language', () => {
  const v = (lang: string, localService = true, isDefault = false) => ({
    lang,
    localService,
    default: isDefault,
    name: lang,
  })
  it('prefers a Belgian voice, then another region of the same language', () => {
    expect(pickVoice([v('en-US'), v('fr-FR'), v('fr-BE')], 'fr')?.lang).toBe('fr-BE')
    expect(pickVoice([v('en-US'), v('fr-FR'), v('fr-CA')], 'fr')?.lang).toBe('fr-FR')
    expect(pickVoice([v('nl_NL'), v('de-DE')], 'nl')?.lang).toBe('nl_NL')
    expect(pickVoice([v('en-US'), v('en-GB')], 'en')?.lang).toBe('en-GB')
  })
  it('has none when the device has no voice of that language', () => {
    expect(pickVoice([v('en-US'), v('de-DE')], 'nl')).toBeUndefined()
    expect(pickVoice([], 'fr')).toBeUndefined()
  })
  it('never picks a network voice, which would send the text away', () => {
    expect(pickVoice([v('fr-FR', false)], 'fr')).toBeUndefined()
    expect(pickVoice([v('fr-BE', false), v('fr-CA')], 'fr')?.lang).toBe('fr-CA')
  })
})
