import { describe, expect, it } from 'vitest'
import { generateTrainerKeys, issueCredential } from '../../credential/index.ts'
import { createVerifyCache } from './verify-cache.ts'

const keys = generateTrainerKeys()
const issue = (label: string) =>
  issueCredential({
    trainer: { name: 'Marie Dupont', organisation: 'CISP' },
    keys,
    holderIdentifier: 'h',
    competence: { id: 'c1', label, family: 'savoir' },
    assessment: { status: 'validated', level: 2, method: 'test', date: '2026-11-20' },
  })

describe('verify cache', () => {
  it('reuses the report for the same bytes, verifies changed bytes anew, and stays bounded', async () => {
    const cache = createVerifyCache(2)
    const a = await issue('A')
    const first = cache.verify(a)
    expect(cache.verify(JSON.parse(JSON.stringify(a)))).toBe(first)
    expect((await first).credential.ok).toBe(true)
    const changed = { ...a, name: 'Autre' }
    expect((await cache.verify(changed)).credential.ok).toBe(false)
    await cache.verify(await issue('B'))
    expect(cache.size()).toBe(2)
    expect(cache.verify(a)).not.toBe(first)
  })
})
