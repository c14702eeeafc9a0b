import { describe, expect, it } from 'vitest'
import { base58Decode, base58Encode, multibaseDecode, multibaseEncode } from './base58.ts'

describe('base58btc', () => {
  it('encodes known values (Bitcoin alphabet, leading zero bytes as "1")', () => {
    expect(base58Encode(new TextEncoder().encode('Hello World!'))).toBe('2NEpo7TZRRrLZSi2U')
    expect(base58Encode(Uint8Array.from([0, 0, 0x28, 0x7f, 0xb4, 0xcd]))).toBe('11233QC4')
    expect(base58Encode(new Uint8Array())).toBe('')
  })

  it('round-trips random bytes of many lengths', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = crypto.getRandomValues(new Uint8Array(n))
      if (n > 2) bytes[0] = 0
      expect(base58Decode(base58Encode(bytes))).toEqual(bytes)
    }
  })

  it('refuses characters outside the alphabet', () => {
    expect(base58Decode('0OIl')).toBeNull()
    expect(multibaseDecode('m2NEpo7TZRRrLZSi2U')).toBeNull()
    expect(multibaseDecode(multibaseEncode(Uint8Array.from([1, 2, 3])))).toEqual(Uint8Array.from([1, 2, 3]))
  })
})
