// The bitstring of a W3C Bitstring Status List: bit i is the i-th bit from the left (index 0 = most
// significant bit of the first byte), one bit per credential, 1 = withdrawn. Encoded as the spec says:
// GZIP, then multibase base64url without padding ('u' prefix). Decoding is bounded: a hostile list
// cannot make a reader inflate more than MAX_STATUS_LIST_BYTES.
import { fromBase64Url, toBase64Url } from '../protocol/index.ts'

/** Bits in a new list: the spec's minimum (16 KiB), for herd privacy. */
export const STATUS_LIST_BITS = 131_072
/** Largest decoded list accepted (8 × the minimum). */
export const MAX_STATUS_LIST_BYTES = 131_072
/** Largest encodedList accepted, in characters. */
export const MAX_ENCODED_LIST_CHARS = 200_000

/** A new all-zero bitstring of `bits` bits. */
export const newBitstring = (bits: number = STATUS_LIST_BITS): Uint8Array => {
  if (bits <= 0 || bits % 8 !== 0) throw new Error('bitstring length must be a positive multiple of 8')
  return new Uint8Array(bits / 8)
}

/** The bit at `index` (false past the end). */
export const getBit = (bits: Uint8Array, index: number): boolean =>
  (((bits[index >> 3] ?? 0) >> (7 - (index & 7))) & 1) === 1

/** A copy with the bit at `index` set to `value`. */
export const withBit = (bits: Uint8Array, index: number, value: boolean): Uint8Array => {
  if (!Number.isInteger(index) || index < 0 || index >= bits.length * 8) throw new Error('index out of range')
  const out = bits.slice()
  const mask = 0x80 >> (index & 7)
  out[index >> 3] = value ? (out[index >> 3] as number) | mask : (out[index >> 3] as number) & ~mask
  return out
}

const pipeThrough = async (bytes: Uint8Array, stream: GenericTransformStream, max: number) => {
  const reader = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream).getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.length
    if (size > max) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  const out = new Uint8Array(size)
  let o = 0
  for (const c of chunks) {
    out.set(c, o)
    o += c.length
  }
  return out
}

/** encodedList of a bitstring: 'u' + base64url(GZIP(bits)). */
export const encodeBitstring = async (bits: Uint8Array): Promise<string> => {
  const gz = await pipeThrough(bits, new CompressionStream('gzip'), Number.MAX_SAFE_INTEGER)
  if (!gz) throw new Error('gzip failed')
  return `u${toBase64Url(gz)}`
}

/** The bitstring of an encodedList; null when it is not one (or inflates past the bound). */
export const decodeBitstring = async (encoded: string): Promise<Uint8Array | null> => {
  if (encoded.length > MAX_ENCODED_LIST_CHARS || !encoded.startsWith('u')) return null
  const gz = fromBase64Url(encoded.slice(1))
  if (!gz) return null
  try {
    const bits = await pipeThrough(gz, new DecompressionStream('gzip'), MAX_STATUS_LIST_BYTES)
    return bits && bits.length > 0 ? bits : null
  } catch {
    return null
  }
}
