// The state-to-words mapping: every state has its own words and pictogram, the unknown state carries
// the fingerprint, a check date shows only when the status was checked, and reasons read plainly.
import { describe, expect, it } from 'vitest'
import type { ValidationState } from '../../../features/trust/index.ts'
import { en } from '../../../i18n/en.ts'
import { nl } from '../../../i18n/nl.ts'
import { reasonWords, stateWords } from './state-words.ts'

const FP = '2EF3-JG76-9DA9-2WH0'
const ORG = { did: 'did:key:z6MkOrg', name: 'CISP Le Chantier', via: { kind: 'face-to-face' as const } }

// One example per state, typed: adding a state to ValidationState fails the type check here.
const EXAMPLES: { readonly [S in ValidationState['state']]: Extract<ValidationState, { state: S }> } = {
  'trusted-organisation': {
    state: 'trusted-organisation',
    organisation: ORG,
    fingerprint: FP,
    statusCheckedAt: '2026-11-30T10:00:00Z',
  },
  'unknown-organisation': {
    state: 'unknown-organisation',
    fingerprint: FP,
    endorsedBy: [],
    refused: [],
    statusCheckedAt: null,
  },
  withdrawn: { state: 'withdrawn', by: 'issuer', fingerprint: FP, statusCheckedAt: '2026-11-30T10:00:00Z' },
  'not-verifiable': { state: 'not-verifiable', reason: 'edited' },
}

const EXPECTED_FR: { readonly [S in ValidationState['state']]: RegExp } = {
  'trusted-organisation': /^Signée par un formateur d.une organisation de confiance\s:\sCISP Le Chantier$/,
  'unknown-organisation': new RegExp(
    `^Signature correcte, organisation inconnue de vous — empreinte\\s:.*${FP}.*l.organisation\\)$`,
  ),
  withdrawn: /^Retirée/,
  'not-verifiable': /^Impossible à vérifier \(elle a été modifiée après la signature\)$/,
}

describe('stateWords', () => {
  it('gives each state its own sentence and pictogram (French)', () => {
    const icons = new Set<string>()
    for (const s of Object.values(EXAMPLES)) {
      const w = stateWords(s)
      expect(w.tone).toBe(s.state)
      expect(w.text).toMatch(EXPECTED_FR[s.state])
      icons.add(w.icon)
    }
    expect(icons.size).toBe(Object.keys(EXAMPLES).length)
  })

  it('shows "état vérifié le …" only when the status was checked', () => {
    expect(stateWords(EXAMPLES['trusted-organisation']).checkedAt).toMatch(/^État vérifié le .*2026/)
    expect(stateWords(EXAMPLES.withdrawn).checkedAt).toMatch(/^État vérifié le/)
    expect(stateWords(EXAMPLES['unknown-organisation']).checkedAt).toBeUndefined()
    expect(stateWords(EXAMPLES['not-verifiable']).checkedAt).toBeUndefined()
  })

  it('names the endorsing organisation and its fingerprint when the trainer is endorsed', () => {
    const w = stateWords({
      ...EXAMPLES['unknown-organisation'],
      endorsedBy: [{ did: 'did:key:z6MkOrg', name: 'CISP Le Chantier', fingerprint: 'AAAA-BBBB-CCCC-DDDD' }],
    })
    expect(w.text).toMatch(
      /organisation inconnue de vous\s:\sCISP Le Chantier — empreinte\s:\sAAAA-BBBB-CCCC-DDDD/,
    )
  })

  it('reads reason codes plainly, any signature code as "signature"', () => {
    expect(reasonWords('not-holder')).toBe('elle ne concerne pas cette personne')
    expect(reasonWords('bad-proof')).toBe('la signature ne correspond pas')
  })

  it('has its own words in Dutch and English, the fingerprint kept', () => {
    for (const table of [nl, en]) {
      const texts = new Set(
        Object.keys(EXAMPLES).map((k) => table[`trust.state.${k as ValidationState['state']}`]),
      )
      expect(texts.size).toBe(4)
      expect(table['trust.state.unknown-organisation']).toContain('{fingerprint}')
    }
  })

  it('on paper never says "de vous" and keeps the organisation and its fingerprint', () => {
    const endorsed = {
      ...EXAMPLES['unknown-organisation'],
      endorsedBy: [{ did: 'did:key:z6MkOrg', name: 'CISP Le Chantier', fingerprint: 'AAAA-BBBB-CCCC-DDDD' }],
    }
    for (const s of [...Object.values(EXAMPLES), endorsed])
      expect(stateWords(s, true).text).not.toMatch(/de vous/)
    expect(stateWords(endorsed, true).text).toMatch(
      /organisation\s:\sCISP Le Chantier, empreinte\s:\sAAAA-BBBB-CCCC-DDDD/,
    )
    expect(stateWords(EXAMPLES['trusted-organisation'], true).text).toMatch(
      /formateur de CISP Le Chantier, une organisation de confiance pour la personne/,
    )
    expect(stateWords(EXAMPLES.withdrawn, true).text).toBe(stateWords(EXAMPLES.withdrawn).text)
  })
})
