// The organisation role: its identity (created, backed up and restored like the trainer's) and the
// face-to-face endorsement of a trainer, handed back and imported by the trainer.
import { describe, expect, it } from 'vitest'
import { keyInfo } from '../../../credential/index.ts'
import { memoryRecords, ownStatusList, type StatusDeps } from '../../status/index.ts'
import { decodeEndorsement, encodeCard } from '../../trust/index.ts'
import { createTrainerIdentity } from '../identity.ts'
import { createOrganisation, exportOrganisation, importOrganisation } from '../organisation.ts'
import { endorseTrainer, organisationPublic } from './endorse.ts'

const NOW = new Date('2026-11-20T10:00:00Z')

describe('organisation role', () => {
  it('an organisation identity has a did:key, a did:web from its domain, and restores from its backup', async () => {
    const o = createOrganisation('CISP Le Tremplin', 'tremplin.be', NOW)
    if (!o.ok) throw new Error(o.code)
    const pub = organisationPublic(o.value)
    expect(pub.did).toBe(keyInfo(o.value.keys.publicKey).did)
    expect(pub.didWeb).toBe('did:web:tremplin.be')
    const file = await exportOrganisation(o.value, 'phrase de passe longue', 1_000)
    expect(file).not.toContain('Tremplin')
    const back = await importOrganisation(file, 'phrase de passe longue')
    expect(back.ok && organisationPublic(back.value)).toEqual(pub)
    expect(await importOrganisation(file, 'autre')).toEqual({ ok: false, code: 'backup-passphrase-wrong' })
    expect(createOrganisation(' ').ok).toBe(false)
    expect(createOrganisation('X', 'not a domain!').ok).toBe(false)
  })

  it('endorses a trainer from its card, with a withdrawal entry; the trainer imports the handover', async () => {
    const o = createOrganisation('CISP Le Tremplin', undefined, NOW)
    const t = createTrainerIdentity('Marie Dupont', 'CISP Le Tremplin', NOW)
    if (!o.ok || !t.ok) throw new Error('fixture')
    const trainerDid = keyInfo(t.value.keys.publicKey).did
    const deps: StatusDeps = {
      records: memoryRecords(),
      now: () => NOW,
      fetch: async () => new Response(null, { status: 500 }),
    }
    const card = encodeCard({ kind: 'trainer', name: 'Marie Dupont', did: trainerDid })
    const r = await endorseTrainer(
      o.value,
      card,
      new Date('2027-11-20T00:00:00Z'),
      'https://relay.example',
      deps,
      NOW,
    )
    if (!r.ok) throw new Error(r.code)
    expect(r.value.trainer.fingerprint).toBe(keyInfo(t.value.keys.publicKey).fingerprint)
    const orgDid = organisationPublic(o.value).did
    expect((await ownStatusList(orgDid, deps))?.pending).toBe(true)
    const imported = await decodeEndorsement(r.value.handover, trainerDid, new Date('2026-12-01T00:00:00Z'))
    expect(imported.ok && imported.value.verified.credentialStatus?.statusListCredential).toMatch(
      `https://relay.example/status/${orgDid.slice(8)}/`,
    )
    const orgCard = encodeCard({ kind: 'organisation', name: 'Autre', did: orgDid })
    expect(await endorseTrainer(o.value, orgCard, new Date('2027-01-01'), '', deps, NOW)).toEqual({
      ok: false,
      code: 'card-not-a-trainer',
    })
    expect(await endorseTrainer(o.value, card, NOW, '', deps, NOW)).toEqual({
      ok: false,
      code: 'endorsement-period-invalid',
    })
  })
})
