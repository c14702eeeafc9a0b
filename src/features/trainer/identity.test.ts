// Trainer identity (backup round trip, wrong passphrase, tampering) and the outbox that delivers
// signed credentials when the inbox room is connected.
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { validationFixture } from '../../booklet/validation-fixture.ts'
import { inboxMessages, readInbox } from '../../protocol/index.ts'
import { createValidationRequest, parseRequestLink, receiveValidations } from '../validations/index.ts'
import {
  createTrainerIdentity,
  exportTrainerIdentity,
  importTrainerIdentity,
  trainerKeyInfo,
} from './identity.ts'
import { TrainerOutbox, validateCompetences } from './signing/index.ts'

const ITER = 1_000

describe('trainer identity', () => {
  it('backs up and restores the same key; a wrong passphrase or a changed file is refused', async () => {
    const id = createTrainerIdentity('M. Lambert', 'CISP Le Chantier')
    if (!id.ok) throw new Error(id.code)
    const file = await exportTrainerIdentity(id.value, 'correct horse battery', ITER)
    expect(file).not.toContain(id.value.name)
    const back = await importTrainerIdentity(file, 'correct horse battery')
    if (!back.ok) throw new Error(back.code)
    expect(trainerKeyInfo(back.value)).toEqual(trainerKeyInfo(id.value))
    expect(back.value.name).toBe('M. Lambert')
    expect(await importTrainerIdentity(file, 'wrong')).toEqual({ ok: false, code: 'backup-passphrase-wrong' })
    const parsed = JSON.parse(file)
    const ct: string = parsed.backup.encrypted.ciphertext
    parsed.backup.encrypted.ciphertext = (ct[0] === 'A' ? 'B' : 'A') + ct.slice(1)
    expect(await importTrainerIdentity(JSON.stringify(parsed), 'correct horse battery')).toEqual({
      ok: false,
      code: 'backup-tampered',
    })
    expect(await importTrainerIdentity('{"format":"livret-backup"}', 'x')).toEqual({
      ok: false,
      code: 'invalid-file',
    })
    expect(createTrainerIdentity(' ', 'CISP').ok).toBe(false)
  })
})

describe('validateCompetences and the outbox', () => {
  it('signs offline, survives serialisation, delivers into the inbox, and the holder verifies', async () => {
    const f = validationFixture()
    const [c1, c2] = f.competences
    const req = createValidationRequest(f.doc, [c1?.id ?? '', c2?.id ?? ''], 'M. Lambert', {
      relayOrigin: 'https://r.example',
    })
    if (!req.ok) throw new Error(req.code)
    const capabilities = parseRequestLink(req.value.link)
    if (!capabilities) throw new Error('link')
    const id = createTrainerIdentity('M. Lambert', 'CISP Le Chantier')
    if (!id.ok) throw new Error(id.code)
    const saved: string[] = []
    const outbox = new TrainerOutbox([], (json) => saved.push(json))
    const out = await validateCompetences(
      id.value,
      { capabilities, shareDoc: req.value.shareDoc },
      [
        {
          competenceId: c1?.id ?? '',
          assessment: { status: 'validated', level: 3, method: 'test', date: '2025-03-01' },
        },
        {
          competenceId: c2?.id ?? '',
          assessment: {
            status: 'partial',
            level: 2,
            method: 'internship-observation',
            date: '2025-03-01',
            comment: 'Reste : la découpe en julienne',
          },
        },
        {
          competenceId: 'unshared',
          assessment: { status: 'validated', level: 1, method: 'test', date: '2025-03-01' },
        },
      ],
      outbox,
    )
    expect(out.map((o) => o.ok)).toEqual([true, true, false])
    expect(outbox.pending).toHaveLength(2)
    const restored = TrainerOutbox.fromJSON(saved.at(-1) ?? '')
    expect(restored.pending).toEqual(outbox.pending)
    expect(TrainerOutbox.fromJSON('{"v":1,"entries":[{"roomId":"r","text":"junk"}]}').pending).toEqual([])
    const inbox = new Y.Doc()
    expect(restored.deliver('other-room', inbox)).toBe(0)
    expect(restored.deliver(capabilities.inbox.roomId, inbox)).toBe(2)
    expect(restored.pending).toEqual([])
    expect(inboxMessages(inbox).length).toBe(2)
    expect(readInbox(inbox).rejected).toEqual([])
    const report = await receiveValidations(f.doc, inbox)
    expect(report.rejected).toEqual([])
    expect(report.added.map((v) => [v.competenceId, v.status, v.comment])).toEqual([
      [c1?.id, 'validated', undefined],
      [c2?.id, 'partial', 'Reste : la découpe en julienne'],
    ])
  })
})
