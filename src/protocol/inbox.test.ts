// Inbox messages: typed, versioned and validated; everything else reported by index, never applied.
import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { PlanProposalSchema } from '../domain/index.ts'
import {
  appendInboxMessage,
  credentialMessage,
  inboxMessages,
  MAX_MESSAGE_CHARS,
  proposalMessage,
  readInbox,
} from './inbox.ts'

const proposal = v.parse(PlanProposalSchema, {
  id: 'p1',
  proposedBy: { role: 'operator' },
  createdAt: '2025-03-01T10:00:00.000Z',
  objective: { title: 'Formation' },
  steps: [],
})

describe('readInbox', () => {
  it('returns well-formed messages and reports the others with their index and a code', () => {
    const doc = new Y.Doc()
    const cred = credentialMessage({ type: ['VerifiableCredential'] })
    appendInboxMessage(doc, cred)
    appendInboxMessage(doc, proposalMessage(proposal))
    const bad = { ...cred, id: 'other' }
    inboxMessages(doc).push([
      42,
      'nope',
      JSON.stringify({ type: 'livret.virus', v: 1 }),
      JSON.stringify({ ...bad, v: 9 }),
      JSON.stringify({ ...bad, credential: [1, 2] }),
      JSON.stringify(cred),
      'x'.repeat(MAX_MESSAGE_CHARS + 1),
      JSON.stringify([1]),
      JSON.stringify({
        ...proposalMessage(proposal),
        proposal: { ...proposal, proposedBy: { role: 'holder' } },
      }),
    ])
    const r = readInbox(doc)
    expect(r.items.map((i) => [i.index, i.message.type])).toEqual([
      [0, 'livret.credential'],
      [1, 'livret.proposal'],
    ])
    expect(r.rejected).toEqual([
      { index: 2, code: 'not-text' },
      { index: 3, code: 'not-json' },
      { index: 4, code: 'unknown-type' },
      { index: 5, code: 'unsupported-version' },
      { index: 6, code: 'invalid-message' },
      { index: 7, code: 'duplicate' },
      { index: 8, code: 'too-large' },
      { index: 9, code: 'invalid-message' },
      { index: 10, code: 'invalid-message' },
    ])
  })
  it('refuses to append a malformed message (a bug)', () => {
    const doc = new Y.Doc()
    expect(() => appendInboxMessage(doc, { ...credentialMessage({}), id: '' })).toThrow(/invalid-message/)
    expect(inboxMessages(doc).length).toBe(0)
  })
})
