import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createDb, getSetting, SETTING_KEYS } from './db.ts'
import { isQuotaError, requestPersistence, storageEstimate } from './persistence.ts'

describe('isQuotaError', () => {
  it('recognises the quota errors of each engine and wrapper', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true)
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true)
    expect(isQuotaError(new Dexie.AbortError('aborted', new DOMException('x', 'QuotaExceededError')))).toBe(
      true,
    )
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED', message: '' })).toBe(true)
    // lib0 wraps the DOMException in `new Error(domException)`: only the text survives.
    expect(
      isQuotaError(new Error(String(new DOMException('The quota has been exceeded.', 'QuotaExceededError')))),
    ).toBe(true)
    expect(isQuotaError(new Error('write failed', { cause: { name: 'QuotaExceededError' } }))).toBe(true)
    expect(isQuotaError({ name: 'DOMException', code: 22 })).toBe(true)
  })

  it('does not mistake other errors for quota errors', () => {
    expect(isQuotaError(new DOMException('gone', 'InvalidStateError'))).toBe(false)
    expect(isQuotaError(new Dexie.ConstraintError('dup'))).toBe(false)
    expect(isQuotaError(new Error('network'))).toBe(false)
    expect(isQuotaError(undefined)).toBe(false)
    expect(isQuotaError(42)).toBe(false)
  })
})

describe('requestPersistence', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('asks the browser only once and remembers it in settings', async () => {
    const db = createDb(`persist-${crypto.randomUUID()}`)
    const persist = vi.fn(async () => true)
    const persisted = vi.fn(async () => true)
    vi.stubGlobal('navigator', { storage: { persist, persisted } })
    expect(await requestPersistence(db)).toBe(true)
    expect(await requestPersistence(db)).toBe(true)
    expect(persist).toHaveBeenCalledTimes(1)
    expect(persisted).toHaveBeenCalledTimes(1)
    expect(await getSetting<{ granted: boolean }>(SETTING_KEYS.persistenceAsked, db)).toMatchObject({
      granted: true,
    })
  })

  it('reports false where the browser has no storage manager', async () => {
    vi.stubGlobal('navigator', {})
    expect(await requestPersistence(createDb(`persist-${crypto.randomUUID()}`))).toBe(false)
  })
})

describe('storageEstimate', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('reports used and available bytes', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 1200, quota: 5_000_000 }) } })
    expect(await storageEstimate()).toEqual({ usedBytes: 1200, quotaBytes: 5_000_000 })
  })

  it('is undefined where the browser cannot tell', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({}) } })
    expect(await storageEstimate()).toBeUndefined()
  })
})
