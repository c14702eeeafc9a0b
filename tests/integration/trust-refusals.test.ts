// Refusals of "How it is checked" (issue 11), each with its code and plain words, and nothing changed
// afterwards: a trust list with a bad signature, one signed by a signer the reader has not chosen (an
// impostor of a list already accepted) and an older version of it; an endorsement expired when the
// trainer signed; an endorsement withdrawn by its organisation; an old status list replayed to the real
// relay (also one re-signed with the same validFrom); every credential of a key withdrawn at once. The
// withdrawals are confirmed independently by Digital Bazaar's checkStatus reading the relay's lists.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import {
  generateTrainerKeys,
  keyInfo,
  newStatusList,
  type SignedCredential,
  type StatusEntry,
  signStatusList,
} from '../../src/credential/index.ts'
import {
  checkStatusList,
  ownStatusList,
  setStatusSigner,
  statusRound,
  withdrawAllOfKey,
  withdrawCredential,
} from '../../src/features/status/index.ts'
import {
  acceptTrustList,
  checkTrustListFile,
  listAcceptedTrustLists,
  listTrustedRecords,
  signTrustList,
  trustedMap,
  verifyTrustList,
} from '../../src/features/trust/index.ts'
import { fr } from '../../src/i18n/index.ts'
import { independentStatus, offlineLoader } from '../support/independent-verifier.ts'
import { relayPerTest } from '../support/relay-fixture.ts'
import { statusWorld } from './status-world.ts'

const codeOf = (r: { ok: boolean; code?: string }) => (r.ok ? 'ok' : r.code)

// Digital Bazaar's status check, the status lists fetched from the loopback relay.
const statusOf = async (credential: unknown, relayOrigin: string) => {
  const loader = offlineLoader(async (url) =>
    url.startsWith(`${relayOrigin}/status/`) ? (await fetch(url)).json() : undefined,
  )
  const r = await independentStatus(structuredClone(credential), loader)
  if (!r.verified) throw new Error(`checkStatus: ${String(r.error)}`)
  return r.results?.[0]?.status ? 'withdrawn' : 'active'
}

const snapshot = async () => ({
  trusted: await listTrustedRecords(),
  lists: await listAcceptedTrustLists(),
})

describe('a trust list is refused, and nothing changes', () => {
  const publisher = generateTrainerKeys()
  const impostor = generateTrainerKeys()
  const orgA = keyInfo(generateTrainerKeys().publicKey)
  const orgB = keyInfo(generateTrainerKeys().publicKey)
  const now = new Date('2026-11-22T10:00:00Z')
  const list = (
    version: number,
    keys = publisher,
    organisations = [{ did: orgA.did, name: 'CISP Le Tremplin' }],
  ) =>
    signTrustList({
      id: 'urn:uuid:5b0f2c57-5a7e-4b7c-9d0e-3f1a2b3c4d5e',
      name: 'Réseau des CISP',
      version,
      signer: { name: 'Interfédé', keys },
      validFrom: new Date('2026-11-01T00:00:00Z'),
      validUntil: new Date('2027-11-01T00:00:00Z'),
      organisations,
    })

  it('bad signature, impostor signer, older version: each with its own message; the accepted list stays', async () => {
    const v1 = await checkTrustListFile(JSON.stringify(await list(1)), now)
    if (!v1.ok) throw new Error(v1.code)
    expect(await acceptTrustList(v1.value, now)).toBe(1)
    const v2 = await checkTrustListFile(
      JSON.stringify(await list(2, publisher, [{ did: orgB.did, name: 'EFT La Forge' }])),
      now,
    )
    if (!v2.ok) throw new Error(v2.code)
    expect(await acceptTrustList(v2.value, now)).toBe(1)
    const before = await snapshot()
    // Version 2 replaced version 1's organisations.
    expect(before.trusted.map((r) => r.did)).toEqual([orgB.did])
    expect(before.lists.map((l) => l.version)).toEqual([2])

    // 1. A changed file (an organisation slipped in): the signature no longer holds.
    const tampered = (await list(3)) as {
      entries: Record<string, unknown>
      registry: Record<string, unknown>
    }
    tampered.entries[orgB.did] = { name: 'Intrus' }
    tampered.registry = tampered.entries
    const bad = await checkTrustListFile(JSON.stringify(tampered), now)
    expect(codeOf(bad)).toBe('trust-list-bad-signature')
    // 2. Same list id, genuinely signed, but by a key the reader did not choose (same signer name).
    const fake = await checkTrustListFile(JSON.stringify(await list(9, impostor)), now)
    expect(codeOf(fake)).toBe('trust-list-wrong-signer')
    // 3. The older version, genuine, replayed.
    const old = await checkTrustListFile(JSON.stringify(await list(1)), now)
    expect(codeOf(old)).toBe('trust-list-not-newer')
    // acceptTrustList itself refuses to go back or to take another signer's list, even called unchecked.
    expect(await acceptTrustList(v1.value, now)).toBe(0)
    const byImpostor = await verifyTrustList(await list(9, impostor), {
      acceptedSigners: [keyInfo(impostor.publicKey).did],
      now,
    })
    if (!byImpostor.ok) throw new Error(byImpostor.code)
    expect(await acceptTrustList(byImpostor.value, now)).toBe(0)

    // Each refusal has its own plain words, ending with "nothing changed".
    for (const code of [
      'trust-list-bad-signature',
      'trust-list-wrong-signer',
      'trust-list-not-newer',
    ] as const) {
      const words = fr[`trust.listError.${code}`]
      expect(words).toMatch(/Rien n’a changé\.$/)
    }
    expect(fr['trust.listError.trust-list-wrong-signer']).toContain('signataire que vous avez choisi')
    expect(await snapshot()).toEqual(before)
    expect([...(await trustedMap()).keys()]).toEqual([orgB.did])
  })
})

describe('endorsements and status lists refused through the relay, nothing changed', () => {
  const relays = relayPerTest()

  const setup = async () => statusWorld((await relays.start()).relay.url)

  it('an endorsement expired when the trainer signed does not count; the organisation stays trusted', async () => {
    const s = await setup()
    const expired = await s.endorse('2025-01-01T00:00:00Z', '2026-01-01T00:00:00Z')
    const late = await s.issue(expired, '2026-11-20T09:00:00Z')
    const inTime = await s.issue(
      await s.endorse('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
      '2026-11-20T09:00:00Z',
    )
    expect(await s.stateOf(late)).toEqual({
      state: 'unknown-organisation',
      fingerprint: s.trainer.fingerprint,
      endorsedBy: [],
      refused: ['endorsement-expired'],
      statusCheckedAt: null,
    })
    // Nothing else changed: the organisation is still trusted for an endorsement in force.
    expect(await s.stateOf(inTime)).toMatchObject({ state: 'trusted-organisation' })
    expect(s.trusted.has(s.org.did)).toBe(true)
    setStatusSigner(() => undefined)
  })

  it('an endorsement withdrawn by its organisation withdraws the trainer’s validations, per Livret and Digital Bazaar', async () => {
    const s = await setup()
    const endorsement = await s.endorse('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')
    const credential = await s.issue(endorsement, '2026-11-20T09:00:00Z')
    expect(await statusRound(s.issuerDeps)).toBe(true)
    const entry = endorsement.credentialStatus as StatusEntry
    await checkStatusList(entry.statusListCredential, s.readerDeps)
    expect(await s.stateOf(credential)).toMatchObject({ state: 'trusted-organisation' })
    expect(await statusOf(endorsement, s.origin)).toBe('active')

    s.clock.now = new Date('2026-11-21T09:00:00Z')
    expect(await withdrawCredential(entry, s.org.did, s.orgKeys, s.issuerDeps)).toEqual({
      ok: true,
      value: 'published',
    })
    expect((await checkStatusList(entry.statusListCredential, s.readerDeps)).ok).toBe(true)
    expect(await s.stateOf(credential)).toEqual({
      state: 'withdrawn',
      by: 'organisation',
      fingerprint: s.trainer.fingerprint,
      statusCheckedAt: '2026-11-21T09:00:00.000Z',
    })
    expect(await statusOf(endorsement, s.origin)).toBe('withdrawn')
    // The credential's own status is untouched: only the endorsement was withdrawn.
    expect(await statusOf(credential, s.origin)).toBe('active')
    setStatusSigner(() => undefined)
  })

  it('an old status list replayed to the relay is refused, also re-signed with the same validFrom; the reader keeps the newer', async () => {
    const s = await setup()
    const credential = await s.issue(
      await s.endorse('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z'),
      '2026-11-20T09:00:00Z',
    )
    const entry = credential.credentialStatus as StatusEntry
    expect(await statusRound(s.issuerDeps)).toBe(true)
    const oldText = await (await fetch(entry.statusListCredential)).text()
    s.clock.now = new Date('2026-11-21T09:00:00Z')
    await withdrawCredential(entry, s.trainer.did, s.trainerKeys, s.issuerDeps)
    const newerText = await (await fetch(entry.statusListCredential)).text()
    expect(newerText).not.toBe(oldText)

    const put = async (body: string) => {
      const res = await fetch(entry.statusListCredential, { method: 'PUT', body })
      return { status: res.status, json: await res.json() }
    }
    expect(await put(oldText)).toEqual({ status: 409, json: { ok: false, code: 'status-list-not-newer' } })
    // The real key signs the un-withdrawn bits again with the newer version's very validFrom.
    const own = await ownStatusList(s.trainer.did, s.issuerDeps)
    if (!own) throw new Error('no own list')
    const newerValidFrom = (JSON.parse(newerText) as { validFrom: string }).validFrom
    const sameTime = await signStatusList(
      { ...newStatusList(s.origin, s.trainer.did, own.state.url.split('/').at(-1) as string) },
      s.trainerKeys,
      new Date(newerValidFrom),
    )
    expect((sameTime.credential as { validFrom: string }).validFrom).toBe(newerValidFrom)
    expect(await put(JSON.stringify(sameTime.credential))).toEqual({
      status: 409,
      json: { ok: false, code: 'status-list-not-newer' },
    })
    // Nothing changed on the relay, and a reader sees the withdrawal.
    expect(await (await fetch(entry.statusListCredential)).text()).toBe(newerText)
    await checkStatusList(entry.statusListCredential, s.readerDeps)
    expect(await s.stateOf(credential)).toMatchObject({ state: 'withdrawn', by: 'issuer' })
    expect(await statusOf(credential, s.origin)).toBe('withdrawn')
    setStatusSigner(() => undefined)
  })

  it('every credential of a lost key withdrawn at once reads withdrawn, per Livret and Digital Bazaar', async () => {
    const s = await setup()
    const endorsement = await s.endorse('2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z')
    const credentials = [
      await s.issue(endorsement, '2026-11-20T09:00:00Z', 'Tenir une caisse'),
      await s.issue(endorsement, '2026-11-20T09:00:01Z', 'Accueillir les clients'),
      await s.issue(endorsement, '2026-11-20T09:00:02Z', 'Ranger le stock'),
    ]
    expect(await statusRound(s.issuerDeps)).toBe(true)
    s.clock.now = new Date('2026-11-22T09:00:00Z')
    expect(await withdrawAllOfKey(s.trainer.did, s.trainerKeys, s.issuerDeps)).toEqual({
      ok: true,
      value: 'published',
    })
    const url = (credentials[0] as SignedCredential).credentialStatus?.statusListCredential as string
    expect((await checkStatusList(url, s.readerDeps)).ok).toBe(true)
    for (const c of credentials) {
      expect(await s.stateOf(c)).toEqual({
        state: 'withdrawn',
        by: 'issuer',
        fingerprint: s.trainer.fingerprint,
        statusCheckedAt: '2026-11-22T09:00:00.000Z',
      })
      expect(await statusOf(c, s.origin)).toBe('withdrawn')
    }
    // The organisation's endorsement is not withdrawn by the trainer's act.
    expect(await statusOf(endorsement, s.origin)).toBe('active')
    setStatusSigner(() => undefined)
  })
})
