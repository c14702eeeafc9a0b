import { describe, expect, it } from 'vitest'
import { generateTrainerKeys, keyInfo } from '../../../credential/index.ts'
import { encodeCard } from '../../../features/trust/index.ts'
import { recogniseOther, recogniseOtherFile } from './other-kinds.ts'

const org = keyInfo(generateTrainerKeys().publicKey)

describe('what else the receive screen recognises', () => {
  it("routes an organisation's card to /confiance with its name, key and recomputed fingerprint", async () => {
    const r = await recogniseOther(
      encodeCard({ kind: 'organisation', name: 'CISP Le Tremplin', did: org.did }),
    )
    expect(r?.kind).toBe('organisation')
    const carried = JSON.parse(decodeURIComponent(r?.route.split('#')[1] ?? ''))
    expect(carried).toEqual({ name: 'CISP Le Tremplin', did: org.did, fingerprint: org.fingerprint })
  })
  it("names a trainer's card, an endorsement and a trust list; a damaged card is nothing", async () => {
    expect((await recogniseOther(encodeCard({ kind: 'trainer', name: 'Marc', did: org.did })))?.kind).toBe(
      'trainer-card',
    )
    expect((await recogniseOther('livret-endorsement:1:abc'))?.kind).toBe('endorsement')
    expect((await recogniseOther('{"type":"LivretTrustList","x":1}'))?.route).toBe('/confiance')
    expect(await recogniseOther('livret-card:1:!!!')).toBeUndefined()
    expect(await recogniseOther('https://example.org/')).toBeUndefined()
  })
  it('carries a pasted organisation link as it is, to be checked on /confiance', async () => {
    const text = JSON.stringify({ name: 'EFT', did: org.did, fingerprint: org.fingerprint })
    expect(await recogniseOther(text)).toEqual({
      kind: 'organisation',
      route: `/confiance#${encodeURIComponent(text)}`,
    })
  })
  it('takes a trust list file, not a share file (sealed bytes)', async () => {
    const list = new File(['{"type":"LivretTrustList"}'], 'l.json')
    expect((await recogniseOtherFile(list))?.kind).toBe('trust-list')
    const share = new File([new Uint8Array([0x4c, 0x56, 0x53, 0x46, 0, 0])], 's.livret')
    expect(await recogniseOtherFile(share)).toBeUndefined()
  })
})
