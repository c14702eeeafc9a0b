// Withdrawal end to end through the real relay, with the status feature on both sides: an organisation
// endorses a trainer (its endorsement carries a status entry), the trainer issues with a status entry
// from its own list, both publish; a reader checks and sees "organisation de confiance" with the check
// date; the trainer withdraws the credential and the reader sees it withdrawn after its next check;
// offline, the reader keeps the last state and its date; an old version replayed to the relay or served
// to the reader is refused and the newer one kept.
import { describe, expect, it } from 'vitest'
import { generateTrainerKeys, keyInfo, type StatusEntry } from '../../src/credential/index.ts'
import {
  allocateStatusEntry,
  checkStatusList,
  memoryRecords,
  ownStatusList,
  resetSeenStatusLists,
  type StatusDeps,
  setStatusSigner,
  statusListsStore,
  statusRound,
  watchStatusLists,
  withdrawAllOfKey,
  withdrawCredential,
} from '../../src/features/status/index.ts'
import { validationState, verifyChain } from '../../src/features/trust/index.ts'
import { relayPerTest } from '../support/relay-fixture.ts'
import { statusWorld } from './status-world.ts'

const offlineFetch: typeof fetch = async () => {
  throw new TypeError('network down')
}

describe('withdrawal through the relay', () => {
  const relays = relayPerTest()

  it('endorse, issue, publish, check, withdraw, check again; offline keeps the last state and date', async () => {
    const world = statusWorld((await relays.start()).relay.url)
    const { origin, clock, issuerDeps, readerDeps, trainer, trainerKeys, trusted } = world
    const endorsement = await world.endorse('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')
    const credential = await world.issue(endorsement, '2026-11-20T09:00:00Z')
    const entry = credential.credentialStatus as StatusEntry
    expect(entry.statusListCredential).toMatch(new RegExp(`^${origin}/status/${trainer.did.slice(8)}/`))

    // Nothing published yet: the reader cannot tell, and says so (no check date).
    expect((await checkStatusList(entry.statusListCredential, readerDeps)).ok).toBe(false)
    // The status round publishes both pending lists (first versions) with the signer hook.
    expect(await statusRound(issuerDeps)).toBe(true)
    expect((await ownStatusList(trainer.did, issuerDeps))?.pending).toBe(false)

    const report = await verifyChain(credential)
    const orgListUrl = (endorsement.credentialStatus as StatusEntry).statusListCredential
    const stop = watchStatusLists([entry.statusListCredential, orgListUrl])
    clock.now = new Date('2026-11-21T10:00:00Z')
    expect(await statusRound(readerDeps)).toBe(true)
    const first = validationState(report, { trusted, statusLists: statusListsStore.get() })
    expect(first).toMatchObject({
      state: 'trusted-organisation',
      statusCheckedAt: '2026-11-21T10:00:00.000Z',
    })

    // The trainer withdraws it (a mistake); the reader sees it at its next check.
    clock.now = new Date('2026-11-22T10:00:00Z')
    expect(await withdrawCredential(entry, trainer.did, trainerKeys, issuerDeps)).toEqual({
      ok: true,
      value: 'published',
    })
    clock.now = new Date('2026-11-23T08:00:00Z')
    expect(await statusRound(readerDeps)).toBe(true)
    expect(validationState(report, { trusted, statusLists: statusListsStore.get() })).toEqual({
      state: 'withdrawn',
      by: 'issuer',
      fingerprint: trainer.fingerprint,
      statusCheckedAt: '2026-11-23T08:00:00.000Z',
    })

    // Offline: the check fails, the last state and its date stay; a reload from the device keeps them.
    clock.now = new Date('2026-11-24T08:00:00Z')
    expect(await statusRound({ ...readerDeps, fetch: offlineFetch })).toBe(false)
    resetSeenStatusLists()
    await checkStatusList(entry.statusListCredential, { ...readerDeps, fetch: offlineFetch })
    expect(validationState(report, { trusted, statusLists: statusListsStore.get() })).toMatchObject({
      state: 'withdrawn',
      statusCheckedAt: '2026-11-23T08:00:00.000Z',
    })
    stop()
    setStatusSigner(() => undefined)
  })

  it('the organisation withdraws every credential of a lost key: the endorsement counts no more', async () => {
    const world = statusWorld((await relays.start()).relay.url)
    const deps = world.issuerDeps
    const endorsement = await world.endorse('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')
    const status = endorsement.credentialStatus as StatusEntry
    const credential = await world.issue(endorsement, '2026-11-20T09:00:00Z', 'Tenir une caisse', false)
    expect(await withdrawAllOfKey(world.org.did, world.orgKeys, deps)).toEqual({
      ok: true,
      value: 'published',
    })
    expect((await checkStatusList(status.statusListCredential, deps)).ok).toBe(true)
    expect(await world.stateOf(credential)).toMatchObject({ state: 'withdrawn', by: 'organisation' })
    setStatusSigner(() => undefined)
  })

  it('a reader served an older version keeps the newer one and says why', async () => {
    const relay = await relays.start()
    const origin = relay.relay.url
    let clock = new Date('2026-11-20T09:00:00Z')
    const deps: StatusDeps = { fetch, records: memoryRecords(), now: () => clock }
    resetSeenStatusLists()
    const keys = generateTrainerKeys()
    const did = keyInfo(keys.publicKey).did
    const entry = (await allocateStatusEntry(did, origin, deps)) as StatusEntry
    setStatusSigner((d) => (d === did ? keys : undefined))
    await statusRound(deps)
    const oldBody = await (await fetch(entry.statusListCredential)).text()
    clock = new Date('2026-11-21T09:00:00Z')
    await withdrawCredential(entry, did, keys, deps)
    expect((await checkStatusList(entry.statusListCredential, deps)).ok).toBe(true)
    const newer = statusListsStore.get().get(entry.statusListCredential)?.list.validFrom
    // The relay itself refuses the replay.
    const replay = await fetch(entry.statusListCredential, { method: 'PUT', body: oldBody })
    expect(replay.status).toBe(409)
    // A reader behind a hostile network that serves the old version.
    const stale: typeof fetch = async () => new Response(oldBody, { status: 200 })
    const r = await checkStatusList(entry.statusListCredential, { ...deps, fetch: stale })
    expect(r).toEqual({ ok: false, code: 'status-list-not-newer' })
    expect(statusListsStore.get().get(entry.statusListCredential)?.list.validFrom).toBe(newer)
    setStatusSigner(() => undefined)
  })
})
