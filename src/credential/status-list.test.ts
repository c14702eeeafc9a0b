import { describe, expect, it } from 'vitest'
import { toBase64Url } from '../protocol/index.ts'
import {
  decodeBitstring,
  encodeBitstring,
  getBit,
  MAX_STATUS_LIST_BYTES,
  newBitstring,
  withBit,
} from './bitstring.ts'
import {
  acceptStatusListVersion,
  allocateStatus,
  newStatusList,
  signStatusList,
  statusIn,
  statusListUrl,
  verifyStatusList,
  withdraw,
  withdrawAll,
} from './status-list.ts'
import { generateTrainerKeys, keyInfo } from './trainer-keys.ts'

const RELAY = 'https://relay.example'
const keys = generateTrainerKeys()
const did = keyInfo(keys.publicKey).did
const codeOf = (r: { ok: boolean; code?: string }) => (r.ok ? 'ok' : r.code)

const allocateN = (n: number) => {
  let state = newStatusList(RELAY, did, 'list-abcdef')
  const entries = []
  for (let i = 0; i < n; i++) {
    const a = allocateStatus(state)
    if (!a) throw new Error('full')
    entries.push(a.entry)
    state = a.state
  }
  return { state, entries }
}

describe('bitstring', () => {
  it('indexes from the left: index 0 is the first byte’s most significant bit', () => {
    const bits = withBit(newBitstring(16), 0, true)
    expect(bits[0]).toBe(0x80)
    expect(getBit(withBit(bits, 9, true), 9)).toBe(true)
    expect(withBit(bits, 9, true)[1]).toBe(0x40)
    expect(() => withBit(bits, 16, true)).toThrow()
  })

  it('encodes as GZIP + multibase base64url and decodes back', async () => {
    const bits = withBit(withBit(newBitstring(), 5, true), 131_071, true)
    const encoded = await encodeBitstring(bits)
    expect(encoded).toMatch(/^u[A-Za-z0-9_-]+$/)
    const back = await decodeBitstring(encoded)
    expect(back).toEqual(bits)
  })

  it('refuses what is not an encoded list, and a list that inflates past the bound', async () => {
    expect(await decodeBitstring('zabc')).toBeNull()
    expect(await decodeBitstring('u!!!')).toBeNull()
    expect(await decodeBitstring(`u${toBase64Url(new Uint8Array([1, 2, 3, 4]))}`)).toBeNull()
    const bomb = await encodeBitstring(new Uint8Array(MAX_STATUS_LIST_BYTES + 8))
    expect(await decodeBitstring(bomb)).toBeNull()
  })
})

describe('status list of an issuer', () => {
  it('has its URL on the relay under the issuer key id and the list id', () => {
    expect(statusListUrl('https://relay.example/some/path', did, 'list-abcdef')).toBe(
      `https://relay.example/status/${did.slice(8)}/list-abcdef`,
    )
    expect(() => statusListUrl(RELAY, did, 'x/y')).toThrow()
  })

  it('hands out distinct indexes, withdraws one, or all of a lost key', () => {
    const { state, entries } = allocateN(50)
    const indexes = new Set(entries.map((e) => e.statusListIndex))
    expect(indexes.size).toBe(50)
    const [first, second] = entries
    if (!first || !second) throw new Error('fixture')
    const one = withdraw(state, first)
    expect(getBit(one.bits, Number(first.statusListIndex))).toBe(true)
    expect(getBit(one.bits, Number(second.statusListIndex))).toBe(false)
    expect(one.bits.reduce((n, b) => n + (b === 0 ? 0 : 1), 0)).toBe(1)
    const all = withdrawAll(state)
    for (const e of entries) expect(getBit(all.bits, Number(e.statusListIndex))).toBe(true)
    expect(all.bits).toEqual(state.allocated)
    expect(() => withdraw(newStatusList(RELAY, did, 'other-list'), first)).toThrow()
  })

  it('signs versions with strictly increasing validFrom, and reads the status back', async () => {
    const { state, entries } = allocateN(3)
    const [first, second] = entries
    if (!first || !second) throw new Error('fixture')
    const now = new Date('2026-11-22T10:00:00Z')
    const v1 = await signStatusList(state, keys, now)
    const v2 = await signStatusList(withdraw(v1.state, first), keys, now)
    expect(v2.credential.validFrom > v1.credential.validFrom).toBe(true)
    const r1 = await verifyStatusList(v1.credential)
    const r2 = await verifyStatusList(v2.credential)
    if (!r1.ok || !r2.ok) throw new Error('did not verify')
    expect(statusIn(first, did, r1.value)).toEqual({ ok: true, value: 'active' })
    expect(statusIn(first, did, r2.value)).toEqual({ ok: true, value: 'withdrawn' })
    expect(statusIn(second, did, r2.value)).toEqual({ ok: true, value: 'active' })
    expect(codeOf(statusIn(first, 'did:key:z6Mkother', r2.value))).toBe('status-list-other-issuer')
    expect(codeOf(statusIn({ ...first, statusListCredential: `${RELAY}/x` }, did, r2.value))).toBe(
      'status-list-other-list',
    )
  })

  it('accepts a newer version only: an old list replayed, a tampered one or another issuer’s are refused', async () => {
    const { state, entries } = allocateN(1)
    const [entry] = entries
    if (!entry) throw new Error('fixture')
    const v1 = await signStatusList(state, keys, new Date('2026-11-22T10:00:00Z'))
    const v2 = await signStatusList(withdraw(v1.state, entry), keys, new Date('2026-11-22T11:00:00Z'))
    const first = await acceptStatusListVersion(null, v1.credential, state.url)
    if (!first.ok) throw new Error(first.code)
    const second = await acceptStatusListVersion(first.value, v2.credential)
    if (!second.ok) throw new Error(second.code)
    expect(codeOf(await acceptStatusListVersion(second.value, v1.credential))).toBe('status-list-not-newer')
    expect(codeOf(await acceptStatusListVersion(second.value, v2.credential))).toBe('status-list-not-newer')
    const tampered = structuredClone(v2.credential) as unknown as {
      credentialSubject: { encodedList: string }
    }
    tampered.credentialSubject.encodedList = (
      v1.credential.credentialSubject as { encodedList: string }
    ).encodedList
    expect(codeOf(await acceptStatusListVersion(first.value, tampered))).toBe('status-list-bad-proof')
    const other = generateTrainerKeys()
    const otherDid = keyInfo(other.publicKey).did
    const foreign = await signStatusList(newStatusList(RELAY, otherDid, 'list-abcdef'), other)
    expect(codeOf(await acceptStatusListVersion(second.value, foreign.credential))).toBe(
      'status-list-wrong-url',
    )
    // Another key signing a list at this issuer's URL: the URL names the key, so it is refused.
    const squatter = await signStatusList({ ...state, issuerDid: otherDid }, other)
    expect(codeOf(await verifyStatusList(squatter.credential))).toBe('status-list-wrong-url')
    expect(codeOf(await verifyStatusList('not json'))).toBe('status-list-malformed')
  })
})
