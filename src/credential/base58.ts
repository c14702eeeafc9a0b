// base58btc (Bitcoin alphabet) and its multibase form ('z' prefix), as used by did:key, Multikey and
// Data Integrity proof values. Small and dependency-free: inputs are at most a few hundred bytes.

const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'
const INDEX = new Map<string, number>([...ALPHABET].map((c, i) => [c, i]))

/** Encodes bytes as base58btc (no prefix). */
export const base58Encode = (bytes: Uint8Array): string => {
  let zeros = 0
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++
  const digits: number[] = []
  for (let i = zeros; i < bytes.length; i++) {
    let carry = bytes[i] ?? 0
    for (let j = 0; j < digits.length; j++) {
      carry += (digits[j] ?? 0) << 8
      digits[j] = carry % 58
      carry = Math.floor(carry / 58)
    }
    while (carry > 0) {
      digits.push(carry % 58)
      carry = Math.floor(carry / 58)
    }
  }
  let out = '1'.repeat(zeros)
  for (let i = digits.length - 1; i >= 0; i--) out += ALPHABET[digits[i] ?? 0]
  return out
}

/** Decodes base58btc (no prefix); null when a character is outside the alphabet. */
export const base58Decode = (s: string): Uint8Array | null => {
  let zeros = 0
  while (zeros < s.length && s[zeros] === '1') zeros++
  const bytes: number[] = []
  for (let i = zeros; i < s.length; i++) {
    const value = INDEX.get(s[i] ?? '')
    if (value === undefined) return null
    let carry = value
    for (let j = 0; j < bytes.length; j++) {
      carry += (bytes[j] ?? 0) * 58
      bytes[j] = carry & 0xff
      carry >>= 8
    }
    while (carry > 0) {
      bytes.push(carry & 0xff)
      carry >>= 8
    }
  }
  const out = new Uint8Array(zeros + bytes.length)
  for (let i = 0; i < bytes.length; i++) out[out.length - 1 - i] = bytes[i] ?? 0
  return out
}

/** Multibase base58btc: 'z' followed by base58btc. */
export const multibaseEncode = (bytes: Uint8Array): string => `z${base58Encode(bytes)}`

/** Decodes a multibase base58btc string; null unless it starts with 'z' and decodes. */
export const multibaseDecode = (s: string): Uint8Array | null =>
  s.startsWith('z') ? base58Decode(s.slice(1)) : null
