// What an identity backup carries to withdraw from another device (issue #11 points 5 and 7): the other
// identity's file is refused by name; the issuer's list restored over one already on the device keeps
// every withdrawn and handed-out bit of both and the newer date; an organisation's file brings back the
// endorsements it gave; a hostile `issued` part is refused as a damaged file.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { keyInfo, withdraw } from '../../credential/index.ts'
import { fromBase64Url } from '../../protocol/index.ts'
import { KDF_ITERATIONS, sealBackup } from '../../storage/index.ts'
import {
  allocateStatusEntry,
  memoryRecords,
  ownStatusList,
  ownStatusRecord,
  restoreOwnStatusRecord,
} from '../status/index.ts'
import { givenEndorsements } from './endorsements.ts'
import { createTrainerIdentity, exportTrainerIdentity, importTrainerIdentity } from './identity.ts'
import { createOrganisation, exportOrganisation, importOrganisation } from './organisation.ts'
import { issuedBackupOf, restoreIssued } from './signing/issued-state.ts'

const PASS = 'une phrase longue'
const bitsOf = (b64: string) =>
  [...(fromBase64Url(b64) ?? [])].reduce((n, x) => n + x.toString(2).split('1').length - 1, 0)

describe('identity backups and what the key issued', () => {
  it('refuses the other identity’s file by name, in both directions', async () => {
    const t = createTrainerIdentity('Marie Dupont', 'CISP')
    const o = createOrganisation('CISP Le Tremplin')
    if (!t.ok || !o.ok) throw new Error('fixture')
    const trainerFile = await exportTrainerIdentity(t.value, PASS, 1_000)
    const orgFile = await exportOrganisation(o.value, PASS, 1_000)
    expect(await importOrganisation(trainerFile, PASS)).toEqual({ ok: false, code: 'backup-other-kind' })
    expect(await importTrainerIdentity(orgFile, PASS)).toEqual({ ok: false, code: 'backup-other-kind' })
    expect(await importOrganisation('{"format":"livret-backup"}', PASS)).toEqual({
      ok: false,
      code: 'invalid-file',
    })
  })

  it('merges a restored list with the one on the device: both sides’ bits, the newer date', async () => {
    const t = createTrainerIdentity('Marie Dupont', 'CISP')
    if (!t.ok) throw new Error(t.code)
    const did = keyInfo(t.value.keys.publicKey).did
    const a = { records: memoryRecords() }
    const b = { records: memoryRecords() }
    const e1 = await allocateStatusEntry(did, 'https://r.example', a)
    const e2 = await allocateStatusEntry(did, 'https://r.example', a)
    if (!e1 || !e2) throw new Error('entries')
    // Device B restored an early backup (one entry), then withdrew it; A handed out a second one later.
    const early = await ownStatusRecord(did, a)
    if (!early) throw new Error('list')
    const listA = await ownStatusList(did, a)
    if (!listA) throw new Error('list')
    await restoreOwnStatusRecord({ ...early, lastValidFrom: '2026-11-20T10:00:00Z', pending: false }, b)
    const onB = await ownStatusList(did, b)
    if (!onB) throw new Error('list')
    const withdrawnOnB = withdraw(onB.state, e1)
    await b.records.put('status-list-own', did, {
      ...(await ownStatusRecord(did, b)),
      bits: Buffer.from(withdrawnOnB.bits).toString('base64url'),
      pending: false,
    })
    const later = await ownStatusRecord(did, a)
    if (!later) throw new Error('list')
    expect(await restoreOwnStatusRecord({ ...later, lastValidFrom: '2026-11-19T10:00:00Z' }, b)).toBe(true)
    const merged = await ownStatusRecord(did, b)
    expect(merged?.lastValidFrom).toBe('2026-11-20T10:00:00Z')
    expect(bitsOf(merged?.bits ?? '')).toBe(1)
    expect(bitsOf(merged?.allocated ?? '')).toBe(2)
    expect(listA.state.url).toBe(merged?.url)
  })

  it('an organisation’s file brings back its list and the endorsements it gave; a hostile part is refused', async () => {
    const o = createOrganisation('CISP Le Tremplin')
    if (!o.ok) throw new Error(o.code)
    const did = keyInfo(o.value.keys.publicKey).did
    const a = { records: memoryRecords() }
    const entry = await allocateStatusEntry(did, 'https://r.example', a)
    if (!entry) throw new Error('entry')
    const issued = await issuedBackupOf(did, [], a)
    const endorsement = {
      id: 'urn:uuid:e1',
      organisationDid: did,
      trainer: { did: 'did:key:z6MkTrainer', name: 'Marc Lambert', fingerprint: 'AAAA-BBBB-CCCC-DDDD' },
      validUntil: '2027-11-20T10:00:00.000Z',
      givenAt: '2026-11-20T10:00:00.000Z',
      statusList: { url: entry.statusListCredential, index: entry.statusListIndex },
    }
    const file = await exportOrganisation(o.value, PASS, 1_000, { ...issued, endorsements: [endorsement] })
    const back = await importOrganisation(file, PASS)
    if (!back.ok) throw new Error(back.code)
    const b = { records: memoryRecords() }
    if (!back.value.issued) throw new Error('no issued part')
    await restoreIssued(did, back.value.issued, b)
    expect((await ownStatusRecord(did, b))?.url).toBe(entry.statusListCredential)
    expect((await givenEndorsements(did)).map((g) => g.trainer.name)).toEqual(['Marc Lambert'])

    // A file whose issued part is oversized or malformed does not open as an identity.
    const hostile = await sealBackup(
      JSON.stringify({
        name: 'X',
        secretKeyMultibase: 'z',
        createdAt: '2026-11-20T10:00:00.000Z',
        version: 2,
        issued: { results: 'many' },
      }),
      PASS,
      1_000,
    )
    const text = JSON.stringify({ format: 'livret-organisation-identity', version: 1, backup: hostile })
    expect(await importOrganisation(text, PASS)).toEqual({ ok: false, code: 'backup-tampered' })
    expect(KDF_ITERATIONS).toBe(600_000)
  })
})
