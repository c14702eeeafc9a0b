import { describe, expect, it } from 'vitest'
import { until } from '../../../tests/support/until.ts'
import { generateTrainerKeys, issueCredential, verifyChain } from '../../credential/index.ts'
import { fail } from '../../domain/result.ts'
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
    // Its own verifier (not the app's shared one, which remembers too): what is counted is this cache.
    let verified = 0
    const cache = createVerifyCache(2, (text) => {
      verified++
      return verifyChain(text)
    })
    const a = await issue('A')
    const first = cache.verify(a)
    expect(cache.verify(JSON.parse(JSON.stringify(a)))).toBe(first)
    expect((await first).credential.ok).toBe(true)
    const changed = { ...a, name: 'Autre' }
    expect((await cache.verify(changed)).credential.ok).toBe(false)
    await cache.verify(await issue('B'))
    expect(cache.size()).toBe(2)
    expect(verified).toBe(3)
    expect(cache.verify(a)).not.toBe(first)
    expect(verified).toBe(4)
  })
})

describe('verify cache and a credential too slow to verify', () => {
  it('does not remember the too-slow answer: asked again, the credential is verified again', async () => {
    let calls = 0
    const cache = createVerifyCache(10, async () => {
      calls++
      return calls === 1
        ? { credential: fail('credential-too-slow'), endorsements: [] }
        : { credential: fail('credential-bad-proof'), endorsements: [] }
    })
    const first = await cache.verify('{"a":1}')
    expect(first.credential.ok ? 'ok' : first.credential.code).toBe('credential-too-slow')
    await until(() => cache.size() === 0, { what: 'the too-slow report forgotten' })
    const second = await cache.verify('{"a":1}')
    expect(second.credential.ok ? 'ok' : second.credential.code).toBe('credential-bad-proof')
    expect(cache.size()).toBe(1)
  })
})
