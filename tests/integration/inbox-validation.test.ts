// Scenario 3 against the real relay: a holder asks a trainer to validate three competences; the
// trainer, offline at first, signs three credentials (one partly) which reach the holder's inbox once
// connected; the holder verifies them (two validated, one partly, all verified). A tampered credential
// and garbage pushed with the append token are reported and change nothing in the booklet. The append
// token cannot delete or overwrite anything on the relay.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { listItems } from '../../src/booklet/read.ts'
import { assessment, validationFixture } from '../../src/booklet/validation-fixture.ts'
import { createTrainerIdentity, trainerKeyInfo } from '../../src/features/trainer/identity.ts'
import { TrainerOutbox, validateCompetences } from '../../src/features/trainer/signing/validate.ts'
import { createValidationRequest, parseRequestLink } from '../../src/features/validations/request.ts'
import { readValidations, receiveValidations } from '../../src/features/validations/verify.ts'
import { credentialMessage, inboxMessages } from '../../src/protocol/inbox.ts'
import { CloseCode } from '../../src/protocol/index.ts'
import { mintRoomToken } from '../../src/transport/room-keys.ts'
import { sleep, until } from '../support/sealed.ts'
import { inboxHarness } from './inbox-support.ts'

const h = inboxHarness()

const holderSide = () => {
  const f = validationFixture()
  const req = createValidationRequest(
    f.doc,
    f.competences.map((c) => c.id),
    'M. Lambert',
    { relayOrigin: h.url() },
  )
  if (!req.ok) throw new Error(req.code)
  const r = req.value
  const own = (o: typeof r.share) => ({
    roomId: o.secrets.roomId,
    token: o.writeToken,
    roomKey: o.secrets.roomKey,
  })
  h.room(own(r.share), 'write', r.shareDoc)
  const inboxDoc = new Y.Doc()
  const inboxRoom = h.room(own(r.inbox), 'write', inboxDoc)
  const caps = parseRequestLink(r.link)
  if (!caps) throw new Error('link')
  return { f, req: r, inboxDoc, inboxRoom, caps }
}

describe('validation through an inbox (scenario 3)', () => {
  it('a trainer validates three competences, one partly; the holder has them all verified', async () => {
    const { f, inboxDoc, caps } = holderSide()
    const [c1, c2, c3] = f.competences.map((c): string => c.id) as [string, string, string]
    // Trainer: opens the share read-only, sees exactly the three competences and their experience.
    const shareDoc = new Y.Doc()
    h.room(caps.share, 'read', shareDoc)
    await until(() => listItems(shareDoc, 'competences').items.length === 3, 'trainer sees competences')
    expect(listItems(shareDoc, 'experiences').items.map((e) => e.id)).toEqual([f.experience.id])
    expect(listItems(shareDoc, 'objectives').items).toEqual([])
    const identity = createTrainerIdentity('M. Lambert', 'CISP Le Chantier')
    if (!identity.ok) throw new Error(identity.code)
    // Offline: the inbox room exists but is not connected; signing works and is queued.
    const trainerInboxDoc = new Y.Doc()
    const trainerInbox = h.room(caps.inbox, 'append', trainerInboxDoc, false)
    const outbox = new TrainerOutbox()
    outbox.attach(trainerInbox, caps.inbox.roomId, trainerInboxDoc)
    const out = await validateCompetences(
      identity.value,
      { capabilities: caps, shareDoc },
      [
        { competenceId: c1, assessment: assessment() },
        { competenceId: c2, assessment: assessment({ method: 'test', level: 4 }) },
        {
          competenceId: c3,
          assessment: assessment({ status: 'partial', level: 2, comment: 'Reste : le rush' }),
        },
      ],
      outbox,
    )
    expect(out.every((o) => o.ok)).toBe(true)
    expect(outbox.pending).toHaveLength(3)
    await sleep(150)
    expect(inboxMessages(inboxDoc).length).toBe(0)
    trainerInbox.connect()
    await until(() => inboxMessages(inboxDoc).length === 3, 'holder inbox has three messages')
    expect(outbox.pending).toEqual([])

    const report = await receiveValidations(f.doc, inboxDoc)
    expect(report.rejected).toEqual([])
    const byCompetence = new Map(report.added.map((v) => [v.competenceId as string, v]))
    expect([c1, c2, c3].map((c) => byCompetence.get(c)?.status)).toEqual([
      'validated',
      'validated',
      'partial',
    ])
    expect(byCompetence.get(c3)?.comment).toBe('Reste : le rush')
    const checked = await readValidations(f.doc)
    expect(checked).toHaveLength(3)
    const fingerprint = trainerKeyInfo(identity.value).fingerprint
    for (const c of checked) {
      expect(c.state).toBe('verified')
      expect(c.state === 'verified' && c.fingerprint).toBe(fingerprint)
    }

    // Someone with the append token pushes a tampered credential and garbage.
    const attackerDoc = new Y.Doc()
    const attacker = h.room(caps.inbox, 'append', attackerDoc)
    await until(() => inboxMessages(attackerDoc).length === 3, 'attacker synced')
    const stored = byCompetence.get(c3)?.credential
    const tampered = JSON.parse(JSON.stringify(stored))
    tampered.credentialSubject.result[0].value = 'validated'
    tampered.credentialSubject.result[0].status = 'Completed'
    inboxMessages(attackerDoc).push([
      JSON.stringify(credentialMessage(tampered)),
      '{"type":"livret.credential"',
      JSON.stringify({ type: 'livret.proposal', v: 1, id: 'x', sentAt: 'now', proposal: {} }),
    ])
    await attacker.flush()
    await until(() => inboxMessages(inboxDoc).length === 6, 'holder got the junk')
    const before = Y.encodeStateAsUpdate(f.doc)
    const again = await receiveValidations(f.doc, inboxDoc)
    expect(again.added).toEqual([])
    expect(again.already).toBe(3)
    expect(again.rejected).toEqual([
      { index: 4, code: 'not-json' },
      { index: 5, code: 'invalid-message' },
      { index: 3, code: 'credential-bad-proof' },
    ])
    expect(Y.encodeStateAsUpdate(f.doc)).toEqual(before)
    expect((await readValidations(f.doc)).map((c) => c.state)).toEqual(['verified', 'verified', 'verified'])

    // Inside the sealed bytes the relay cannot see a deletion of the plain doc's messages: the inbox
    // may lose them, but what the holder already received lives in the booklet.
    inboxMessages(attackerDoc).delete(0, 3)
    await attacker.flush()
    await until(() => inboxMessages(inboxDoc).length === 3, 'plain deletion reached the inbox')
    expect(listItems(f.doc, 'validations').items).toHaveLength(3)
    expect((await receiveValidations(f.doc, inboxDoc)).added).toEqual([])
  })

  it('the append token cannot delete or overwrite entries (the relay refuses and stores nothing)', async () => {
    const { inboxDoc, caps, req } = holderSide()
    const appenderDoc = new Y.Doc()
    h.room(caps.inbox, 'append', appenderDoc)
    inboxMessages(appenderDoc).push([JSON.stringify(credentialMessage({ type: ['VerifiableCredential'] }))])
    await until(() => inboxMessages(inboxDoc).length === 1, 'holder got the message')
    const readToken = mintRoomToken(req.inbox.secrets.signingSecret, 'read', 600).token
    const relayState = async () => {
      const c = h.raw(caps.inbox.roomId, readToken)
      await until(() => c.provider.synced, 'observer synced')
      const s = { entries: c.entries.length, state: Y.encodeStateAsUpdate(c.envelope) }
      c.provider.destroy()
      return s
    }
    const before = await relayState()
    expect(before.entries).toBeGreaterThan(0)

    const deleter = h.raw(caps.inbox.roomId, caps.inbox.token)
    await until(() => deleter.provider.synced, 'deleter synced')
    deleter.entries.delete(0, 1)
    await until(() => deleter.closes.length > 0, 'deleter closed')
    expect(deleter.closes[0]).toBe(CloseCode.forbidden)

    const overwriter = h.raw(caps.inbox.roomId, caps.inbox.token)
    await until(() => overwriter.provider.synced, 'overwriter synced')
    overwriter.envelope.transact(() => {
      overwriter.entries.delete(0, 1)
      overwriter.entries.insert(0, [new Uint8Array([1, 2, 3])])
    })
    await until(() => overwriter.closes.length > 0, 'overwriter closed')
    expect(overwriter.closes[0]).toBe(CloseCode.forbidden)

    const elsewhere = h.raw(caps.inbox.roomId, caps.inbox.token)
    await until(() => elsewhere.provider.synced, 'elsewhere synced')
    elsewhere.envelope.getMap('entries-map').set('x', new Uint8Array([1]))
    await until(() => elsewhere.closes.length > 0, 'elsewhere closed')
    expect(elsewhere.closes[0]).toBe(CloseCode.forbidden)

    const after = await relayState()
    expect(after.entries).toBe(before.entries)
    expect(Buffer.from(after.state).equals(Buffer.from(before.state))).toBe(true)
    expect(inboxMessages(inboxDoc).length).toBe(1)
  })
})
