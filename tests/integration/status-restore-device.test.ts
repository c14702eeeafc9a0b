// A lost trainer key withdrawn from ANOTHER device (issue #11 points 5 and 7): device A signs two
// validations and publishes its status list; its identity backup carries the list and the issued
// results; device B restores the file, withdraws everything of the key, and the list it signs replaces
// A's on the relay (accepted as newer); a reader's check then says "withdrawn" for both. Without the
// backup's list, B could not: the old behaviour, kept as the control.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { issueCredential, keyInfo, type StatusEntry } from '../../src/credential/index.ts'
import {
  allocateStatusEntry,
  deviceRecords,
  memoryRecords,
  ownStatusList,
  publishStatusList,
  resetSeenStatusLists,
  type StatusDeps,
  statusListsStore,
  statusRound,
  watchStatusLists,
} from '../../src/features/status/index.ts'
import {
  createTrainerIdentity,
  exportTrainerIdentity,
  type IssuedResult,
  importTrainerIdentity,
  listSignedResults,
} from '../../src/features/trainer/index.ts'
import {
  issuedBackupOf,
  restoreIssued,
  withdrawEverything,
} from '../../src/features/trainer/signing/index.ts'
import { validationState, verifyChain } from '../../src/features/trust/index.ts'
import { relayPerTest } from '../support/relay-fixture.ts'

describe('withdrawing everything of a lost key from another device', () => {
  const relays = relayPerTest()

  it('sign on A, back up, restore on B, withdraw all from B: the reader sees both withdrawn', async () => {
    const relay = await relays.start()
    const origin = relay.relay.url
    let clock = new Date('2026-11-20T09:00:00Z')
    const deviceA: StatusDeps = { fetch, records: memoryRecords(), now: () => clock }
    const deviceB: StatusDeps = { fetch, records: deviceRecords, now: () => clock }
    const reader: StatusDeps = { fetch, records: memoryRecords(), now: () => clock }
    resetSeenStatusLists()

    const made = createTrainerIdentity('Marie Dupont', 'CISP Le Tremplin')
    if (!made.ok) throw new Error(made.code)
    const identity = made.value
    const did = keyInfo(identity.keys.publicKey).did

    // Device A signs two validations, each with an entry on its list, and publishes the list.
    const results: IssuedResult[] = []
    const credentials = []
    for (const label of ['Tenir une caisse', 'Accueillir un client']) {
      const status = (await allocateStatusEntry(did, origin, deviceA)) as StatusEntry
      const credential = await issueCredential({
        trainer: { name: identity.name, organisation: identity.organisation },
        keys: identity.keys,
        holderIdentifier: 'holder-1',
        competence: { id: globalThis.crypto.randomUUID(), label, family: 'savoir-faire' },
        assessment: { status: 'validated', level: 3, method: 'situation', date: '2026-11-20' },
        status,
        now: clock,
      })
      credentials.push(credential)
      results.push({
        competenceId: label,
        competenceLabel: label,
        recipient: 'Sofia',
        credentialId: String(credential.id),
        messageId: globalThis.crypto.randomUUID().slice(0, 16),
        requestId: 'room-1',
        status: 'validated',
        signedAt: clock.toISOString(),
        statusList: { url: status.statusListCredential, index: status.statusListIndex },
      })
    }
    expect(await publishStatusList(did, identity.keys, deviceA)).toEqual({ ok: true, value: 'published' })
    const url = results[0]?.statusList?.url ?? ''
    const stop = watchStatusLists([url])
    expect(await statusRound(reader)).toBe(true)
    const reports = await Promise.all(credentials.map((c) => verifyChain(c)))
    const stateOf = (i: number) =>
      validationState(reports[i] as never, { trusted: new Map(), statusLists: statusListsStore.get() }).state
    expect([stateOf(0), stateOf(1)]).not.toContain('withdrawn')

    // Device B, new: without the backup's list nothing can be withdrawn (the situation before).
    const bare = createTrainerIdentity('Marie Dupont', 'CISP Le Tremplin')
    if (!bare.ok) throw new Error(bare.code)
    expect(await withdrawEverything(bare.value, deviceB)).toEqual({ ok: false, code: 'status-list-missing' })

    // The backup file made on A carries the list and the issued results (version 2 of its content).
    const file = await exportTrainerIdentity(
      identity,
      'une phrase assez longue',
      1_000,
      await issuedBackupOf(did, results, deviceA),
    )
    const back = await importTrainerIdentity(file, 'une phrase assez longue')
    if (!back.ok) throw new Error(back.code)
    expect(back.value.issued?.results.map((r) => r.competenceLabel)).toEqual([
      'Tenir une caisse',
      'Accueillir un client',
    ])
    const { issued, ...restored } = back.value
    if (!issued) throw new Error('no issued state in the file')
    await restoreIssued(did, issued, deviceB)
    expect((await ownStatusList(did, deviceB))?.state.url).toBe(url)
    expect((await listSignedResults()).map((r) => r.competenceLabel).sort()).toEqual([
      'Accueillir un client',
      'Tenir une caisse',
    ])

    // B withdraws everything of the key: the relay takes B's list as newer than A's.
    clock = new Date('2026-11-22T10:00:00Z')
    expect(await withdrawEverything(restored, deviceB)).toEqual({ ok: true, value: 'published' })
    const history = await listSignedResults()
    expect(history.map((r) => r.withdrawnReason)).toEqual(['key-lost', 'key-lost'])

    // The reader's next check: both withdrawn.
    clock = new Date('2026-11-23T08:00:00Z')
    expect(await statusRound(reader)).toBe(true)
    expect([stateOf(0), stateOf(1)]).toEqual(['withdrawn', 'withdrawn'])
    stop()
  })
})
