import { describe, expect, it } from 'vitest'
import {
  generateTrainerKeys,
  issueCredential,
  issueEndorsement,
  keyInfo,
  organisationIdentity,
} from '../../credential/index.ts'
import { toBase64Url } from '../../protocol/index.ts'
import { decodeCard, decodeEndorsement, encodeCard, encodeEndorsement, MAX_CARD_CHARS } from './cards.ts'
import { validationState } from './trust-state.ts'
import { verifyChain } from './verify-chain.ts'

const orgKeys = generateTrainerKeys()
const org = organisationIdentity('CISP Le Tremplin', orgKeys.publicKey, 'tremplin.be')
const trainerKeys = generateTrainerKeys()
const trainer = keyInfo(trainerKeys.publicKey)
const codeOf = (r: { ok: boolean; code?: string }) => (r.ok ? 'ok' : r.code)

describe('identity cards (QR or link)', () => {
  it('an organisation card round-trips, fits a small QR code, and its fingerprint comes from the key', () => {
    const text = encodeCard({
      kind: 'organisation',
      name: org.name,
      did: org.did,
      didWeb: org.didWeb as string,
    })
    expect(text.length).toBeLessThan(MAX_CARD_CHARS)
    const read = decodeCard(`https://livret.example/#/receive?c=${encodeURIComponent(text)}`)
    expect(read).toEqual({
      ok: true,
      value: {
        kind: 'organisation',
        name: org.name,
        did: org.did,
        didWeb: 'did:web:tremplin.be',
        fingerprint: org.fingerprint,
      },
    })
  })

  it('refuses what is not a card, a damaged one, a key that is not a did:key, and a too long text', () => {
    expect(codeOf(decodeCard('bonjour'))).toBe('card-not-livret')
    expect(codeOf(decodeCard('livret-card:1:!!!'))).toBe('card-malformed')
    const bad = toBase64Url(
      new TextEncoder().encode(JSON.stringify({ kind: 'trainer', name: 'X', did: 'did:key:zNOPE' })),
    )
    expect(codeOf(decodeCard(`livret-card:1:${bad}`))).toBe('card-malformed')
    expect(codeOf(decodeCard(`livret-card:1:${'A'.repeat(MAX_CARD_CHARS)}`))).toBe('card-too-long')
  })
})

describe('an organisation endorses a trainer face to face', () => {
  const endorse = (validUntil: Date, now = new Date('2026-01-01T00:00:00Z')) =>
    issueEndorsement({
      organisation: { name: org.name, keys: orgKeys },
      trainer: { did: trainer.did, name: 'Marie Dupont' },
      now,
      validUntil,
    })

  it('trainer card → organisation signs → trainer imports → credentials carry it → the chain verifies, trusted', async () => {
    // The trainer shows its card; the organisation reads it.
    const card = decodeCard(encodeCard({ kind: 'trainer', name: 'Marie Dupont', did: trainer.did }))
    if (!card.ok) throw new Error(card.code)
    expect(card.value.fingerprint).toBe(trainer.fingerprint)
    const signed = await endorse(new Date('2027-01-01T00:00:00Z'))
    // Handed back as a link; the trainer imports it.
    const imported = await decodeEndorsement(
      encodeEndorsement(signed),
      trainer.did,
      new Date('2026-06-01T00:00:00Z'),
    )
    if (!imported.ok) throw new Error(imported.code)
    expect(imported.value.verified.organisation).toEqual({
      did: org.did,
      name: org.name,
      fingerprint: org.fingerprint,
    })
    const credential = await issueCredential({
      trainer: {
        name: 'Marie Dupont',
        organisation: org.name,
        organisationDid: org.did,
        endorsements: [imported.value.signed],
      },
      keys: trainerKeys,
      holderIdentifier: 'holder-1',
      competence: {
        id: globalThis.crypto.randomUUID(),
        label: 'Accueillir un client',
        family: 'savoir-etre',
      },
      assessment: { status: 'validated', level: 3, method: 'situation', date: '2026-06-01' },
      now: new Date('2026-06-01T10:00:00Z'),
    })
    const trusted = new Map([
      [org.did, { did: org.did, name: org.name, via: { kind: 'face-to-face' as const } }],
    ])
    const state = validationState(await verifyChain(credential), { trusted, statusLists: new Map() })
    expect(state).toMatchObject({ state: 'trusted-organisation', fingerprint: trainer.fingerprint })
  })

  it('the trainer refuses an expired endorsement and one about another trainer, with clear codes', async () => {
    const expired = await endorse(new Date('2026-02-01T00:00:00Z'))
    const late = await decodeEndorsement(
      encodeEndorsement(expired),
      trainer.did,
      new Date('2026-06-01T00:00:00Z'),
    )
    expect(codeOf(late)).toBe('endorsement-expired')
    const ok = await endorse(new Date('2027-01-01T00:00:00Z'))
    const other = keyInfo(generateTrainerKeys().publicKey).did
    expect(
      codeOf(await decodeEndorsement(encodeEndorsement(ok), other, new Date('2026-06-01T00:00:00Z'))),
    ).toBe('endorsement-other-trainer')
    expect(codeOf(await decodeEndorsement('livret-card:1:xx', trainer.did, new Date()))).toBe(
      'card-not-livret',
    )
  })
})
