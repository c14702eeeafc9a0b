// What the holder is told about an inbox: kept credentials, unreadable messages, credentials that do
// not verify (named by the booklet's competence they claim), and credentials about someone else.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { assessment, validationFixture } from '../../booklet/validation-fixture.ts'
import { generateTrainerKeys, issueCredential } from '../../credential/index.ts'
import { credentialMessage, inboxMessages } from '../../protocol/index.ts'
import { summarizeInbox } from './inbox-report.ts'
import { receiveValidations } from './verify.ts'

describe('summarizeInbox', () => {
  it('sorts what was left out into plain groups', async () => {
    const f = validationFixture()
    const [c1, c2] = f.competences as [(typeof f.competences)[0], (typeof f.competences)[0]]
    const keys = generateTrainerKeys()
    const sign = (holderIdentifier: string, c: typeof c1) =>
      issueCredential({
        trainer: { name: 'M. Lambert', organisation: 'CISP' },
        keys,
        holderIdentifier,
        competence: { id: c.id, label: c.label, family: c.family },
        assessment: assessment(),
      })
    const good = await sign(f.holderRef, c1)
    const tampered = JSON.parse(JSON.stringify(await sign(f.holderRef, c2)))
    tampered.credentialSubject.result[0].value = 'partial'
    const stranger = await sign('h-00000000000000000000000000000000', c2)
    const inbox = new Y.Doc()
    const push = (o: object) =>
      inboxMessages(inbox).push([JSON.stringify(credentialMessage(o as Record<string, unknown>))])
    push(good)
    push(tampered)
    push(stranger)
    inboxMessages(inbox).push(['garbage', JSON.stringify({ type: 'livret.credential', v: 1 })])
    const report = await receiveValidations(f.doc, inbox)
    expect(summarizeInbox(report, f.doc, inbox)).toEqual({
      kept: 1,
      unreadable: 2,
      notVerifiable: [c2.id],
      ignored: 1,
    })
    // Read again: the kept one counts as already there, and the booklet does not change.
    const after = Y.encodeStateVector(f.doc)
    const again = await receiveValidations(f.doc, inbox)
    expect(summarizeInbox(again, f.doc, inbox).kept).toBe(1)
    expect(Y.encodeStateVector(f.doc)).toEqual(after)
  })
})
