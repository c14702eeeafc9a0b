import { beforeAll, describe, expect, it } from 'vitest'
import {
  allocateStatus,
  generateTrainerKeys,
  type IssueInput,
  issueCredential,
  issueEndorsement,
  keyInfo,
  newStatusList,
  type SignedEndorsement,
  type StatusListState,
  signStatusList,
  type TrainerKeys,
  verifyStatusList,
  withdraw,
} from '../../credential/index.ts'
import { signTrustList, verifyTrustList } from './trust-list.ts'
import {
  type KnownStatusList,
  type TrustContext,
  type TrustedOrganisation,
  trustedOrganisations,
  validationState,
} from './trust-state.ts'
import { verifyChain } from './verify-chain.ts'

const RELAY = 'https://relay.example'
const orgKeys = generateTrainerKeys()
const org = keyInfo(orgKeys.publicKey)
const trainerKeys = generateTrainerKeys()
const trainer = keyInfo(trainerKeys.publicKey)
const faceToFace: TrustedOrganisation = {
  did: org.did,
  name: 'CISP Le Tremplin',
  via: { kind: 'face-to-face' },
}
const CHECKED = '2026-11-23T08:00:00Z'

type Slot = { list: StatusListState }
const slotOf = (s: Slot) => {
  const a = allocateStatus(s.list)
  if (!a) throw new Error('full')
  s.list = a.state
  return a.entry
}
const trainerList: Slot = { list: newStatusList(RELAY, trainer.did, 'trainer-list') }
const orgList: Slot = { list: newStatusList(RELAY, org.did, 'org-list-01') }

const known = async (list: StatusListState, keys: TrainerKeys): Promise<[string, KnownStatusList]> => {
  const signed = await signStatusList(list, keys)
  const r = await verifyStatusList(signed.credential)
  if (!r.ok) throw new Error(r.code)
  return [list.url, { list: r.value, checkedAt: CHECKED }]
}

const issue = (endorsements: SignedEndorsement[], over: Partial<IssueInput> = {}) =>
  issueCredential({
    trainer: {
      name: 'Marie Dupont',
      organisation: 'CISP Le Tremplin',
      organisationDid: org.did,
      endorsements,
    },
    keys: trainerKeys,
    holderIdentifier: 'holder-1',
    competence: { id: globalThis.crypto.randomUUID(), label: 'Tenir une caisse', family: 'savoir-faire' },
    assessment: {
      status: 'partial',
      level: 2,
      method: 'situation',
      date: '2026-11-20',
      remaining: 'Les retours.',
    },
    status: slotOf(trainerList),
    now: new Date('2026-11-22T10:00:00Z'),
    ...over,
  })

let endorsement: SignedEndorsement
beforeAll(async () => {
  endorsement = await issueEndorsement({
    organisation: { name: 'CISP Le Tremplin', keys: orgKeys },
    trainer: { did: trainer.did, name: 'Marie Dupont' },
    now: new Date('2026-01-01T00:00:00Z'),
    validUntil: new Date('2027-01-01T00:00:00Z'),
    status: slotOf(orgList),
  })
})

const ctx = async (
  trusted: TrustedOrganisation[],
  lists: [StatusListState, TrainerKeys][] = [],
): Promise<TrustContext> => ({
  trusted: new Map(trusted.map((t) => [t.did, t])),
  statusLists: new Map(await Promise.all(lists.map(([l, k]) => known(l, k)))),
})

describe('the state a reader sees for a validation', () => {
  it('trusted organisation: a trainer endorsed by an organisation the reader trusts, with the date of the status check', async () => {
    const report = await verifyChain(await issue([endorsement]))
    const s = validationState(
      report,
      await ctx(
        [faceToFace],
        [
          [trainerList.list, trainerKeys],
          [orgList.list, orgKeys],
        ],
      ),
    )
    expect(s).toEqual({
      state: 'trusted-organisation',
      organisation: faceToFace,
      fingerprint: trainer.fingerprint,
      statusCheckedAt: CHECKED,
    })
  })

  it('nothing is trusted by default: the same validation is from an unknown organisation, fingerprints to check', async () => {
    const report = await verifyChain(await issue([endorsement]))
    const s = validationState(report, await ctx([]))
    expect(s).toEqual({
      state: 'unknown-organisation',
      fingerprint: trainer.fingerprint,
      endorsedBy: [{ did: org.did, name: 'CISP Le Tremplin', fingerprint: org.fingerprint }],
      refused: [],
      statusCheckedAt: null,
    })
  })

  it('a trainer without endorsement, even naming a trusted organisation, is not trusted', async () => {
    const s = validationState(await verifyChain(await issue([])), await ctx([faceToFace]))
    expect(s.state).toBe('unknown-organisation')
  })

  it('withdrawn by the issuer once the reader saw the new list; before that, still trusted', async () => {
    const c = await issue([endorsement])
    const report = await verifyChain(c)
    if (!c.credentialStatus) throw new Error('fixture')
    const before = await ctx([faceToFace], [[trainerList.list, trainerKeys]])
    expect(validationState(report, before).state).toBe('trusted-organisation')
    const after = await ctx([faceToFace], [[withdraw(trainerList.list, c.credentialStatus), trainerKeys]])
    expect(validationState(report, after)).toEqual({
      state: 'withdrawn',
      by: 'issuer',
      fingerprint: trainer.fingerprint,
      statusCheckedAt: CHECKED,
    })
  })

  it('withdrawn when the organisation withdrew the endorsement (a lost key): every validation of that key', async () => {
    const entry = (endorsement as { credentialStatus?: Parameters<typeof withdraw>[1] }).credentialStatus
    if (!entry) throw new Error('fixture')
    const c = ctx([faceToFace], [[withdraw(orgList.list, entry), orgKeys]])
    const context = await c
    for (const cred of [await issue([endorsement]), await issue([endorsement])])
      expect(validationState(await verifyChain(cred), context)).toMatchObject({
        state: 'withdrawn',
        by: 'organisation',
      })
  })

  it('an endorsement expired when the trainer signed does not count, and says why', async () => {
    const s = validationState(
      await verifyChain(await issue([endorsement], { now: new Date('2027-03-01T00:00:00Z') })),
      await ctx([faceToFace]),
    )
    expect(s).toMatchObject({
      state: 'unknown-organisation',
      refused: ['endorsement-expired'],
      endorsedBy: [],
    })
  })

  it('an endorsement of another trainer, copied into a credential, does not count', async () => {
    const otherKeys = generateTrainerKeys()
    const s = validationState(
      await verifyChain(await issue([endorsement], { keys: otherKeys })),
      await ctx([faceToFace]),
    )
    expect(s).toMatchObject({ state: 'unknown-organisation', refused: ['endorsement-other-trainer'] })
  })

  it('not verifiable when the credential was changed, or its status list is another issuer’s', async () => {
    const c = await issue([endorsement])
    const changed = { ...structuredClone(c), name: 'Validé' }
    expect(validationState(await verifyChain(changed), await ctx([faceToFace]))).toEqual({
      state: 'not-verifiable',
      reason: 'credential-bad-proof',
    })
    const report = await verifyChain(c)
    const otherKeys = generateTrainerKeys()
    const foreign = newStatusList(RELAY, keyInfo(otherKeys.publicKey).did, 'trainer-list')
    const [, knownForeign] = await known(foreign, otherKeys)
    const context = {
      trusted: new Map([[org.did, faceToFace]]),
      statusLists: new Map([[c.credentialStatus?.statusListCredential ?? '', knownForeign]]),
    }
    expect(validationState(report, context)).toEqual({
      state: 'not-verifiable',
      reason: 'status-list-other-list',
    })
  })

  it('an organisation validating directly is trusted when the reader trusts it', async () => {
    const c = await issue([], {
      keys: orgKeys,
      trainer: { kind: 'organisation', name: 'CISP Le Tremplin', organisation: 'CISP Le Tremplin' },
      status: undefined,
    })
    const report = await verifyChain(c)
    expect(validationState(report, await ctx([faceToFace]))).toMatchObject({
      state: 'trusted-organisation',
      statusCheckedAt: null,
    })
    expect(validationState(report, await ctx([]))).toMatchObject({
      state: 'unknown-organisation',
      fingerprint: org.fingerprint,
    })
  })

  it('organisations from a trust list count while the list is in force; face to face wins', async () => {
    const listKeys = generateTrainerKeys()
    const file = await signTrustList({
      name: 'Réseau des CISP',
      version: 1,
      signer: { name: 'Interfédé', keys: listKeys },
      validFrom: new Date('2026-01-01T00:00:00Z'),
      validUntil: new Date('2027-01-01T00:00:00Z'),
      organisations: [{ did: org.did, name: 'CISP Le Tremplin (liste)' }],
    })
    const r = await verifyTrustList(file, {
      acceptedSigners: [keyInfo(listKeys.publicKey).did],
      now: new Date('2026-06-01T00:00:00Z'),
    })
    if (!r.ok) throw new Error(r.code)
    const inForce = trustedOrganisations([], [r.value], new Date('2026-06-01T00:00:00Z'))
    expect(inForce.get(org.did)?.via).toEqual({
      kind: 'trust-list',
      listId: r.value.id,
      listName: 'Réseau des CISP',
    })
    expect(trustedOrganisations([], [r.value], new Date('2027-02-01T00:00:00Z')).size).toBe(0)
    expect(trustedOrganisations([faceToFace], [r.value], new Date('2026-06-01T00:00:00Z')).get(org.did)).toBe(
      faceToFace,
    )
    const s = validationState(await verifyChain(await issue([endorsement])), {
      trusted: inForce,
      statusLists: new Map(),
    })
    expect(s).toMatchObject({
      state: 'trusted-organisation',
      organisation: { name: 'CISP Le Tremplin (liste)' },
    })
  })
})
