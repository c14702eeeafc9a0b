import { describe, expect, it } from 'vitest'
import { fromBase64Url, toBase64Url } from './base64url.ts'

describe('base64url', () => {
  it('round-trips every length and byte value', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 37 + n) & 255)
      const text = toBase64Url(bytes)
      expect(text).toBe(Buffer.from(bytes).toString('base64url'))
      expect(fromBase64Url(text)).toEqual(bytes)
    }
  })

  it('refuses padding, foreign characters, dangling groups and non-canonical tails', () => {
    expect(fromBase64Url('AAA=')).toBeUndefined()
    expect(fromBase64Url('AA+A')).toBeUndefined()
    expect(fromBase64Url('AA/A')).toBeUndefined()
    expect(fromBase64Url('AAAAA')).toBeUndefined()
    expect(fromBase64Url('AB')).toBeUndefined() // trailing bits not zero
    expect(fromBase64Url('AQ')).toEqual(new Uint8Array([1]))
    expect(fromBase64Url('é')).toBeUndefined()
  })
})
