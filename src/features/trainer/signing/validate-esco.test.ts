// Issue 13 §4: a competence the person aligned to an ESCO skill keeps that alignment all the way to the
// credential: the request's share carries it, the trainer's credential writes it as an OB 3.0 Alignment
// (framework ESCO, the concept URI, the label), and the holder receives and verifies it.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { getItem, putItem } from '../../../booklet/index.ts'
import { validationFixture } from '../../../booklet/validation-fixture.ts'
import { verifyCredential } from '../../../credential/index.ts'
import { readInbox } from '../../../protocol/index.ts'
import { createValidationRequest, parseRequestLink } from '../../validations/request.ts'
import { readValidations, receiveValidations } from '../../validations/verify.ts'
import { createTrainerIdentity } from '../identity.ts'
import { TrainerOutbox, validateCompetences } from './validate.ts'

const ESCO = {
  uri: 'http://data.europa.eu/esco/skill/26a6e6d2-1c9a-4d7e-8c04-5ba16d1f53da',
  label: 'accueillir des clients',
  framework: 'ESCO',
} as const

describe('a validation of an ESCO-aligned competence', () => {
  it('carries the ESCO alignment from the request to the credential the holder keeps', async () => {
    const f = validationFixture()
    const [c1, c2] = f.competences
    if (!c1 || !c2) throw new Error('fixture')
    const put = putItem(f.doc, 'competences', { ...c1, esco: ESCO })
    expect(put.ok).toBe(true)
    const req = createValidationRequest(f.doc, [c1.id, c2.id], 'M. Lambert', { relayOrigin: 'https://r' })
    if (!req.ok) throw new Error(req.code)
    // The request's share carries the person's pick as stored: URI and label.
    expect(getItem(req.value.shareDoc, 'competences', c1.id)?.esco).toEqual(ESCO)

    const made = createTrainerIdentity('Marc Lambert', 'CISP Le Chantier')
    if (!made.ok) throw new Error(made.code)
    const caps = parseRequestLink(req.value.link)
    if (!caps) throw new Error('link')
    const outbox = new TrainerOutbox()
    const assessment = { status: 'validated', level: 3, method: 'situation', date: '2026-11-20' } as const
    const out = await validateCompetences(
      made.value,
      { capabilities: caps, shareDoc: req.value.shareDoc },
      [
        { competenceId: c1.id, assessment },
        { competenceId: c2.id, assessment },
      ],
      outbox,
    )
    expect(out.map((o) => o.ok)).toEqual([true, true])
    const inboxDoc = new Y.Doc()
    expect(outbox.deliver(caps.inbox.roomId, inboxDoc)).toBe(2)

    const credentials = readInbox(inboxDoc).items.map(({ message }) =>
      message.type === 'livret.credential' ? message.credential : undefined,
    )
    const alignments = credentials.map(
      (c) =>
        (c as { credentialSubject: { achievement: { alignment?: unknown[] } } }).credentialSubject.achievement
          .alignment,
    )
    expect(alignments[0]).toEqual([
      {
        type: ['Alignment'],
        targetName: ESCO.label,
        targetUrl: ESCO.uri,
        targetFramework: 'ESCO',
        targetType: 'ceasn:Competency',
      },
    ])
    // The other competence has only a professional's framework link, kept as it was.
    expect(alignments[1]).toEqual([
      expect.objectContaining({ targetFramework: 'ESCO', targetName: 'couper des légumes' }),
    ])
    const verified = await verifyCredential(credentials[0])
    expect(verified.ok && verified.value.alignment).toEqual({
      targetName: ESCO.label,
      targetUrl: ESCO.uri,
      targetFramework: 'ESCO',
    })

    const report = await receiveValidations(f.doc, inboxDoc)
    expect(report.rejected).toEqual([])
    const kept = (await readValidations(f.doc)).find((v) => v.validation.competenceId === c1.id)
    expect(kept?.state).toBe('verified')
    expect(JSON.stringify(kept?.validation.credential)).toContain(ESCO.uri)
  })
})
