// The issuer's list changes one at a time: a publication in flight (the runtime) while the trainer
// withdraws a credential and signs a new one must neither lose the withdrawal, nor give two credentials
// the same index, nor sign two versions with the same date (the relay keeps only strictly newer ones).
import { describe, expect, it } from 'vitest'
import { generateTrainerKeys, keyInfo, statusIn, verifyStatusList } from '../../credential/index.ts'
import { memoryRecords, type StatusDeps } from './deps.ts'
import { allocateStatusEntry, ownStatusList, publishStatusList, withdrawCredential } from './issuer-lists.ts'

describe('issuer status lists under concurrent use', () => {
  it('keeps every withdrawal and allocation while a publication is in flight', async () => {
    const keys = generateTrainerKeys()
    const did = keyInfo(keys.publicKey).did
    const puts: { validFrom: string; body: unknown }[] = []
    let tick = Date.parse('2026-11-20T10:00:00Z')
    let release: () => void = () => {}
    const gate = new Promise<void>((r) => {
      release = r
    })
    const deps: StatusDeps = {
      records: memoryRecords(),
      // Every call a second later, so versions can be told apart by date.
      now: () => {
        tick += 1000
        return new Date(tick)
      },
      fetch: async (_url, init) => {
        const body = JSON.parse(String(init?.body))
        puts.push({ validFrom: body.validFrom, body })
        if (puts.length === 1) await gate
        return new Response('{}', { status: 200 })
      },
    }
    const a = await allocateStatusEntry(did, 'https://relay.example', deps)
    if (!a) throw new Error('no entry')
    // A publication starts and waits at the network; meanwhile a withdrawal and a new credential.
    const publishing = publishStatusList(did, keys, deps)
    const withdrawing = withdrawCredential(a, did, keys, deps)
    const allocating = allocateStatusEntry(did, 'https://relay.example', deps)
    release()
    expect(await publishing).toEqual({ ok: true, value: 'published' })
    expect(await withdrawing).toEqual({ ok: true, value: 'published' })
    const b = await allocating
    expect(b?.statusListIndex).not.toBe(a.statusListIndex)

    // Two versions went out, in order, each newer; the last one says the first credential is withdrawn.
    expect(puts).toHaveLength(2)
    expect((puts[0]?.validFrom ?? '') < (puts[1]?.validFrom ?? '')).toBe(true)
    const last = await verifyStatusList(puts[1]?.body)
    if (!last.ok) throw new Error(last.code)
    expect(statusIn(a, did, last.value)).toEqual({ ok: true, value: 'withdrawn' })
    if (b) expect(statusIn(b, did, last.value)).toEqual({ ok: true, value: 'active' })
    // What the device keeps is the newest state: the withdrawal and both allocations are in it.
    const own = await ownStatusList(did, deps)
    expect(own?.pending).toBe(false)
    const bit = (bytes: Uint8Array | undefined, i: number) => ((bytes?.[i >> 3] ?? 0) >> (7 - (i & 7))) & 1
    const ia = Number(a.statusListIndex)
    const ib = Number(b?.statusListIndex)
    expect(bit(own?.state.bits, ia)).toBe(1)
    expect([bit(own?.state.allocated, ia), bit(own?.state.allocated, ib)]).toEqual([1, 1])
  })
})
