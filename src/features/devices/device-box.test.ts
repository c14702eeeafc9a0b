import { describe, expect, it } from 'vitest'
import { boxPublicKey, newBoxSecret, openForDevice, sealToDevice } from './device-box.ts'

describe('device box', () => {
  it('opens only with the recipient key, and not once changed', async () => {
    const mine = newBoxSecret()
    const other = newBoxSecret()
    const data = new TextEncoder().encode('{"room":"r"}')
    const box = await sealToDevice(boxPublicKey(mine), data)
    expect(await openForDevice(mine, box)).toEqual(data)
    expect(await openForDevice(other, box)).toBeUndefined()
    const changed = box.slice()
    changed[changed.length - 1] = (changed.at(-1) ?? 0) ^ 1
    expect(await openForDevice(mine, changed)).toBeUndefined()
    expect(await openForDevice(mine, box.subarray(0, 40))).toBeUndefined()
  })
})
