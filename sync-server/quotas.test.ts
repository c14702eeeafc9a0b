import { describe, expect, it } from 'vitest'
import { MAX_KEYS, Quota } from './quotas.ts'

describe('per-IP quotas', () => {
  it('grants a burst, then refuses with the seconds until the cost fits, and refills', () => {
    let t = 0
    const q = new Quota('http-requests', 2, 5, () => t)
    for (let i = 0; i < 5; i++) expect(q.take('a')).toBe(0)
    expect(q.take('a')).toBe(1)
    expect(q.take('b')).toBe(0) // another IP has its own bucket
    t += 1000
    expect(q.take('a')).toBe(0)
    expect(q.take('a')).toBe(0)
    expect(q.take('a')).toBeGreaterThan(0)
  })

  it('charges by cost (bytes) and can refund', () => {
    let t = 0
    const q = new Quota('bytes-stored', 100, 1000, () => t)
    expect(q.take('a', 800)).toBe(0)
    expect(q.take('a', 400)).toBe(2)
    q.refund('a', 800)
    expect(q.take('a', 400)).toBe(0)
    t += 10_000
    expect(q.take('a', 1000)).toBe(0)
  })

  it('keeps at most MAX_KEYS buckets', () => {
    const q = new Quota('signature-verifies', 1, 1, () => 0)
    for (let i = 0; i < MAX_KEYS + 10; i++) q.take(`ip${i}`)
    expect((q as unknown as { buckets: Map<string, unknown> }).buckets.size).toBeLessThanOrEqual(MAX_KEYS)
  })
})
