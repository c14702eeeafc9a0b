// JSON Canonicalization Scheme (RFC 8785) for the JSON Livret signs with eddsa-jcs-2022: object keys
// sorted by UTF-16 code units, no whitespace, strings and numbers as ECMAScript's JSON.stringify writes
// them (which is what RFC 8785 specifies). Non-finite numbers and non-JSON values are bugs: they throw.

/** The canonical JSON text of a JSON value. */
export const canonicalJson = (value: unknown, depth = 0): string => {
  if (depth > 64) throw new Error('JSON nested too deeply')
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value)
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('non-finite number')
    return JSON.stringify(value)
  }
  if (Array.isArray(value)) return `[${value.map((x) => canonicalJson(x, depth + 1)).join(',')}]`
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, x]) => x !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([k, x]) => `${JSON.stringify(k)}:${canonicalJson(x, depth + 1)}`).join(',')}}`
  }
  throw new Error(`not JSON: ${typeof value}`)
}
