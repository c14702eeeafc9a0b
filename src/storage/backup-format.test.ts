import { describe, expect, it } from 'vitest'
import { looksTruncated } from './backup-format.ts'
import { base64ToBytes, bytesToBase64, isBase64 } from './base64.ts'

describe('base64', () => {
  it('round-trips every length and large inputs', () => {
    for (let n = 0; n < 10; n++) {
      const bytes = crypto.getRandomValues(new Uint8Array(n))
      expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes)
    }
    const big = new Uint8Array(100_003).map((_, i) => (i * 31) & 255)
    const text = bytesToBase64(big)
    expect(text).toBe(Buffer.from(big).toString('base64'))
    expect(Buffer.from(base64ToBytes(text) as Uint8Array).equals(Buffer.from(big))).toBe(true)
  })

  it('refuses what is not padded base64', () => {
    for (const bad of ['abc', 'ab=c', 'a-b_', '====', 'abcd\n', 'é123']) {
      expect(isBase64(bad)).toBe(false)
      expect(base64ToBytes(bad)).toBeUndefined()
    }
  })
})

describe('looksTruncated', () => {
  const whole = JSON.stringify({ format: 'livret-backup', version: 1, a: [1, 2.5e3, true, null], t: 'x"\\y' })

  it('says yes for every cut of a JSON object', () => {
    for (let i = 1; i < whole.length; i++)
      expect(looksTruncated(whole.slice(0, i)), whole.slice(0, i)).toBe(true)
  })

  it('says no for text that is not a JSON object cut short', () => {
    for (const bad of ['', 'hello', '[1,2', '{"a":1}}', '{"a":1} x', '{"a":@', '{"a":]', '\u0000\u0001{']) {
      expect(looksTruncated(bad), bad).toBe(false)
    }
  })
})
