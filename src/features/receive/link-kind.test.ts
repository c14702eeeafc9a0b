// The receive screen's one parser: every kind of Livret link recognised, damaged ones told apart
// from texts that are not ours, and kinds added later by registration.
import { describe, expect, it } from 'vitest'
import { newHolderRef } from '../../domain/holder-ref.ts'
import { handoverLink, newHandoverSecret, toBase64Url } from '../../protocol/index.ts'
import { capabilityOf, createRoom, ownRoom, roomLink } from '../../transport/index.ts'
import { pairingCapability } from '../devices/index.ts'
import { createProposalInbox } from '../proposals/index.ts'
import { encodeRequestFragment } from '../validations/index.ts'
import { parseLivretLink, registerLinkKind } from './link-kind.ts'

const origin = 'https://livret.example.org'
const now = Math.floor(Date.now() / 1000)
const share = roomLink(origin, capabilityOf(ownRoom(3600, now), 'read', 3600, now))
const proposal = createProposalInbox({ relayOrigin: origin, professional: 'Mme Dupont' }).link
const request = `${origin}/valider#${encodeRequestFragment({
  share: capabilityOf(ownRoom(3600, now), 'read', 3600, now),
  inbox: capabilityOf(ownRoom(3600, now), 'append', 3600, now),
  holderRef: newHolderRef(),
})}`
const pairing = pairingCapability(createRoom(), {
  appOrigin: origin,
  label: 'Téléphone',
  mailboxSeed: new Uint8Array(32).fill(7),
}).link
const handover = handoverLink(origin, newHandoverSecret())

const kindOf = (text: unknown) => {
  const r = parseLivretLink(text)
  return r.ok ? r.value.kind : r.code
}

describe('parseLivretLink', () => {
  it('recognises every kind, as a whole link and as a bare fragment', () => {
    expect(kindOf(share)).toBe('share')
    expect(kindOf(share.slice(share.indexOf('#') + 1))).toBe('share')
    expect(kindOf(proposal)).toBe('proposal')
    expect(kindOf(proposal.slice(proposal.indexOf('#') + 1))).toBe('proposal')
    expect(kindOf(request)).toBe('validation-request')
    expect(kindOf(pairing)).toBe('pairing')
    expect(kindOf(handover)).toBe('handover')
    expect(kindOf(`  ${handover.slice(handover.indexOf('#') + 1)}\n`)).toBe('handover')
    expect(kindOf('12345 67890 12345')).toBe('typed-code')
    expect(kindOf('12345-67890-12345')).toBe('typed-code')
    expect(kindOf(toBase64Url(new Uint8Array(32).fill(1)))).toBe('share-file-key')
  })

  it('routes each kind to its screen with the fragment intact', () => {
    const p = parseLivretLink(proposal)
    expect(p.ok && p.value.kind === 'proposal' && p.value.route).toBe(`/proposer#${proposal.split('#')[1]}`)
    const r = parseLivretLink(request)
    expect(r.ok && r.value.kind === 'validation-request' && r.value.route.startsWith('/valider#sroom=')).toBe(
      true,
    )
    const d = parseLivretLink(pairing)
    expect(d.ok && d.value.kind === 'pairing' && d.value.route.startsWith('/appairer#room=')).toBe(true)
    const t = parseLivretLink('12345 67890 12345')
    expect(t.ok && t.value.kind === 'typed-code' && t.value.digits).toBe('123456789012345')
  })

  it('says "damaged" for a link of ours that does not parse, "unknown" for anything else', () => {
    expect(kindOf(share.replace(/token=[^&]+/, 'token=abc'))).toBe('link-damaged')
    expect(kindOf(share.replace(/key=[^&]+/, 'key=short'))).toBe('link-damaged')
    expect(kindOf(proposal.replace(/aroom=[^&]+&/, '').replace(/&token=[^&]+/, ''))).toBe('link-damaged')
    expect(kindOf(request.replace(/holder=[^&]+/, 'holder=nobody'))).toBe('link-damaged')
    expect(kindOf(pairing.replace(/mbox=[^&]+/, 'mbox=xx'))).toBe('link-damaged')
    expect(kindOf(`${origin}/h#abc.def`)).toBe('link-damaged')
    expect(kindOf(handover.slice(0, -3))).toBe('link-damaged')
    expect(kindOf('1234 5678')).toBe('link-unknown')
    expect(kindOf('https://example.org/page')).toBe('link-unknown')
    expect(kindOf('bonjour')).toBe('link-unknown')
    expect(kindOf('')).toBe('link-unknown')
    expect(kindOf(42)).toBe('link-unknown')
    expect(kindOf('x'.repeat(9000))).toBe('link-unknown')
  })

  it('takes kinds registered by other features before the built-in room links', () => {
    registerLinkKind({
      name: 'trust-list',
      claims: (p) => p.path.endsWith('/confiance') || p.params.has('trust'),
      route: (p) => (p.params.get('trust') ? `/confiance#${p.fragment}` : undefined),
    })
    const r = parseLivretLink(`${origin}/confiance#trust=abc`)
    expect(r.ok && r.value).toMatchObject({
      kind: 'registered',
      name: 'trust-list',
      route: '/confiance#trust=abc',
    })
    expect(kindOf(`${origin}/confiance#nothing=1`)).toBe('link-damaged')
    expect(kindOf(share)).toBe('share')
  })
})
