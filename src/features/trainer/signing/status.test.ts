// Each credential the trainer signs gets a withdrawal entry on the trainer's own status list, kept with
// the signed result so that it can be withdrawn later.
import { describe, expect, it } from 'vitest'
import { validationFixture } from '../../../booklet/validation-fixture.ts'
import { keyInfo, verifyCredential } from '../../../credential/index.ts'
import { allocateStatusEntry, memoryRecords, ownStatusList, type StatusDeps } from '../../status/index.ts'
import { createValidationRequest, parseRequestLink } from '../../validations/index.ts'
import { createTrainerIdentity } from '../identity.ts'
import { statusEntryOf, withdrawSigned } from './sign-results.ts'
import { TrainerOutbox, validateCompetences } from './validate.ts'

describe('withdrawal entries of signed credentials', () => {
  it('every credential carries an entry of the trainer’s list; the signed result can rebuild and withdraw it', async () => {
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
    const did = keyInfo(id.value.keys.publicKey).did
    const puts: string[] = []
    const deps: StatusDeps = {
      records: memoryRecords(),
      now: () => new Date('2026-11-20T10:00:00Z'),
      fetch: async (url, init) => {
        puts.push(`${init?.method} ${String(url)}`)
        return new Response('{"ok":true}', { status: 200 })
      },
    }
    const outbox = new TrainerOutbox([], () => {})
    const out = await validateCompetences(
      id.value,
      { capabilities, shareDoc: req.value.shareDoc },
      [c1, c2].map((c) => ({
        competenceId: c?.id ?? '',
        assessment: { status: 'validated' as const, level: 3, method: 'test' as const, date: '2026-11-20' },
      })),
      outbox,
      new Date('2026-11-20T10:00:00Z'),
      () => allocateStatusEntry(did, 'https://r.example', deps),
    )
    const entries = out.flatMap((o) => (o.ok && o.status ? [o.status] : []))
    expect(entries).toHaveLength(2)
    expect(entries[0]?.statusListCredential).toBe(entries[1]?.statusListCredential)
    expect(entries[0]?.statusListIndex).not.toBe(entries[1]?.statusListIndex)
    expect(entries[0]?.statusListCredential).toMatch(`https://r.example/status/${did.slice(8)}/`)
    const message = JSON.parse(outbox.pending[0]?.text ?? '{}') as { credential: unknown }
    const verified = await verifyCredential(message.credential)
    expect(verified.ok && verified.value.credentialStatus).toEqual(entries[0])

    const first = entries[0]
    if (!first) throw new Error('entry')
    const signed = {
      competenceId: c1?.id ?? '',
      credentialId: 'urn:uuid:x',
      messageId: 'm1',
      status: 'validated' as const,
      signedAt: '2026-11-20T10:00:00.000Z',
      statusList: { url: first.statusListCredential, index: first.statusListIndex },
    }
    expect(statusEntryOf(signed)).toEqual(first)
    expect(await withdrawSigned(id.value, signed, deps)).toEqual({ ok: true, value: 'published' })
    expect(puts).toEqual([`PUT ${first.statusListCredential}`])
    expect((await ownStatusList(did, deps))?.pending).toBe(false)
    const { statusList: _, ...old } = signed
    expect(await withdrawSigned(id.value, old, deps)).toEqual({ ok: false, code: 'not-withdrawable' })
  })
})
