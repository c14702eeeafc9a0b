// The endorsement's round trip on the devices: the organisation gives it and keeps a record, the
// trainer imports it (another trainer's is refused, nothing kept), its credentials then carry it, and
// the organisation withdraws it on its own list.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { keyInfo, statusIn, verifyStatusList } from '../../../credential/index.ts'
import { memoryRecords, ownStatusList, type StatusDeps } from '../../status/index.ts'
import { encodeCard } from '../../trust/index.ts'
import { endorsementsInForce, givenEndorsements } from '../endorsements.ts'
import { createTrainerIdentity } from '../identity.ts'
import { createOrganisation } from '../organisation.ts'
import { organisationPublic } from './endorse.ts'
import { giveEndorsement, importEndorsement, withdrawEndorsement } from './endorsement-flow.ts'

const NOW = new Date('2026-11-20T10:00:00Z')

describe('endorsement flow', () => {
  it('gives, imports (own key only), and withdraws an endorsement', async () => {
    const org = createOrganisation('CISP Le Tremplin', undefined, NOW)
    const marc = createTrainerIdentity('Marc Lambert', 'CISP Le Tremplin', NOW)
    const julie = createTrainerIdentity('Julie Martin', 'Mission locale', NOW)
    if (!org.ok || !marc.ok || !julie.ok) throw new Error('fixture')
    const puts: unknown[] = []
    let tick = NOW.getTime()
    const deps: StatusDeps = {
      records: memoryRecords(),
      now: () => {
        tick += 1000
        return new Date(tick)
      },
      fetch: async (_url, init) => {
        puts.push(JSON.parse(String(init?.body)))
        return new Response('{}', { status: 200 })
      },
    }
    const marcDid = keyInfo(marc.value.keys.publicKey).did
    const card = encodeCard({ kind: 'trainer', name: 'Marc Lambert', did: marcDid })
    const given = await giveEndorsement(
      org.value,
      card,
      new Date('2027-11-20T00:00:00Z'),
      deps,
      'https://relay.example',
    )
    if (!given.ok) throw new Error(given.code)
    const orgDid = organisationPublic(org.value).did
    expect((await givenEndorsements(orgDid)).map((g) => g.trainer.name)).toEqual(['Marc Lambert'])

    // Julie cannot take Marc's endorsement; Marc can, and it is then in force for his signatures.
    expect(await importEndorsement(julie.value, given.value.handover, deps.now())).toEqual({
      ok: false,
      code: 'endorsement-other-trainer',
    })
    expect(await endorsementsInForce(keyInfo(julie.value.keys.publicKey).did, NOW)).toEqual([])
    const imported = await importEndorsement(marc.value, given.value.handover, deps.now())
    expect(imported.ok && imported.value.organisation.name).toBe('CISP Le Tremplin')
    const inForce = await endorsementsInForce(marcDid, deps.now())
    expect(inForce.map((e) => e.organisation.did)).toEqual([orgDid])
    expect(await endorsementsInForce(marcDid, new Date('2028-01-01T00:00:00Z'))).toEqual([])

    // Withdrawn: the organisation's list says so, and the record remembers it.
    expect(await withdrawEndorsement(org.value, given.value.given.id, deps)).toEqual({
      ok: true,
      value: 'published',
    })
    expect((await givenEndorsements(orgDid))[0]?.withdrawnAt).toBeDefined()
    expect((await ownStatusList(orgDid, deps))?.pending).toBe(false)
    const list = await verifyStatusList(puts.at(-1))
    if (!list.ok) throw new Error(list.code)
    const status = given.value.given.statusList
    if (!status) throw new Error('no status entry')
    const entry = {
      id: `${status.url}#${status.index}`,
      type: 'BitstringStatusListEntry' as const,
      statusPurpose: 'revocation' as const,
      statusListIndex: status.index,
      statusListCredential: status.url,
    }
    expect(statusIn(entry, orgDid, list.value)).toEqual({ ok: true, value: 'withdrawn' })
  })
})
