import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { recordsArrived } from '../../storage/index.ts'
import { recordsVersion } from './runtime.ts'

describe('the validation requests list', () => {
  it('reloads when requests arrive from another device, not for other kinds', () => {
    const before = recordsVersion.get()
    recordsArrived(new Set(['share']))
    expect(recordsVersion.get()).toBe(before)
    recordsArrived(new Set(['validation-request']))
    expect(recordsVersion.get()).toBe(before + 1)
  })
})
