// Standard base64 (RFC 4648 §4, with padding) for backup files, in chunks so that large
// attachments neither blow the call stack (String.fromCharCode) nor need Node's Buffer.

const CHUNK = 3 * 8192

/** Encodes bytes as padded base64. */
export function bytesToBase64(bytes: Uint8Array): string {
  const parts: string[] = []
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const slice = bytes.subarray(i, i + CHUNK)
    parts.push(btoa(String.fromCharCode.apply(null, slice as unknown as number[])))
  }
  return parts.join('')
}

const isB64Char = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47

/** True when a string is padded base64 (a plain loop: a regex on 200 MB may exhaust its stack). */
export function isBase64(s: string): boolean {
  if (typeof s !== 'string' || s.length % 4 !== 0) return false
  const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0
  for (let i = 0; i < s.length - padding; i++) if (!isB64Char(s.charCodeAt(i))) return false
  return true
}

/** Decodes padded base64; undefined when the text is not base64. */
export function base64ToBytes(s: string): Uint8Array | undefined {
  if (!isBase64(s)) return undefined
  const padding = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0
  const out = new Uint8Array((s.length / 4) * 3 - padding)
  const step = (CHUNK / 3) * 4
  let o = 0
  for (let i = 0; i < s.length; i += step) {
    const bin = atob(s.slice(i, i + step))
    for (let j = 0; j < bin.length; j++) out[o++] = bin.charCodeAt(j)
  }
  return out
}
