// Proposal links (two capabilities and the holder's labels) and the operator's resend check.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { inboxMessages, verifyToken } from '../../protocol/index.ts'
import {
  createProposalInbox,
  parseProposalCapabilities,
  parseProposalLink,
  proposePlanItems,
  undelivered,
} from './links.ts'

const proposal = (id: string) => ({
  id,
  proposedBy: { role: 'operator' as const, organisation: 'CPAS' },
  createdAt: '2025-03-01T10:00:00.000Z',
  objective: { title: `Objectif ${id}` },
  steps: [],
})

describe('proposal links', () => {
  it('carry an append token for the inbox, a read token for the answers, and the labels', () => {
    const now = new Date('2025-03-01T10:00:00.000Z')
    const made = createProposalInbox({
      relayOrigin: 'https://livret.example/',
      now,
      professional: ' Mme Dupont ',
      organisation: 'CPAS de Namur & co',
    })
    expect(made.link.startsWith('https://livret.example/proposer#')).toBe(true)
    const cap = parseProposalCapabilities(made.link)
    if (!cap?.answers) throw new Error('no capabilities')
    expect(cap.inbox.roomId).toBe(made.inbox.secrets.roomId)
    expect(cap.answers.roomId).toBe(made.answers.secrets.roomId)
    expect(cap.answers.roomId).not.toBe(cap.inbox.roomId)
    expect(cap.inbox.roomKey).toEqual(made.inbox.secrets.roomKey)
    expect(cap.professional).toBe('Mme Dupont')
    expect(cap.organisation).toBe('CPAS de Namur & co')
    const nowSeconds = now.getTime() / 1000
    expect(verifyToken(cap.inbox.token, cap.inbox.roomId, nowSeconds)).toMatchObject({
      ok: true,
      value: { role: 'append' },
    })
    expect(verifyToken(cap.answers.token, cap.answers.roomId, nowSeconds)).toMatchObject({
      ok: true,
      value: { role: 'read' },
    })
    expect(parseProposalLink(made.link)?.token).toBe(cap.inbox.token)
  })

  it('refuse a damaged link and accept one without answers room or labels', () => {
    const { link } = createProposalInbox({ relayOrigin: 'http://x' })
    expect(parseProposalCapabilities(link.replace(/key=[^&]+/, 'key=short'))).toBeUndefined()
    expect(parseProposalCapabilities('http://x/proposer#nothing=here')).toBeUndefined()
    const inboxOnly = link.replace(/&aroom=.*$/, '')
    const cap = parseProposalCapabilities(inboxOnly)
    expect(cap?.inbox).toBeDefined()
    expect(cap?.answers).toBeUndefined()
    expect(cap?.professional).toBeUndefined()
  })

  it('say which kept proposals an inbox does not hold yet', () => {
    const inbox = new Y.Doc()
    expect(proposePlanItems(inbox, proposal('a')).ok).toBe(true)
    inboxMessages(inbox).push(['junk'])
    expect(undelivered(inbox, [{ id: 'a' }, { id: 'b' }]).map((p) => p.id)).toEqual(['b'])
  })
})
