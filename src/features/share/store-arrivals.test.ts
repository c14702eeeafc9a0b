import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { recordsArrived } from '../../storage/index.ts'
import { sharesChanged } from './store.ts'

describe('the share list store', () => {
  it('changes when shares arrive from another device, not for other kinds', () => {
    const before = sharesChanged.get()
    recordsArrived(new Set(['received']))
    expect(sharesChanged.get()).toBe(before)
    recordsArrived(new Set(['share', 'received']))
    expect(sharesChanged.get()).toBe(before + 1)
  })
})
