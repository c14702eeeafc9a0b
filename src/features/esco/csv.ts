// A small RFC 4180 CSV reader: quoted fields may hold commas, doubled quotes and line breaks (the ESCO
// files have multi-line alternative labels). CRLF and LF both end a record; a trailing newline adds no
// empty record. Bugs throw; a malformed file (a quote opened and never closed) throws too, since the
// input is a build-time file we ship, not a person's upload.

/** Parses CSV text into rows of fields (header row included). */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  const n = text.length
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0
  i = start
  let inQuotes = false
  let atFieldStart = true
  while (i < n) {
    const c = text[i] as string
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"'
          i += 2
          continue
        }
        inQuotes = false
        i++
        continue
      }
      field += c
      i++
      continue
    }
    if (c === '"' && atFieldStart) {
      inQuotes = true
      atFieldStart = false
      i++
    } else if (c === ',') {
      row.push(field)
      field = ''
      atFieldStart = true
      i++
    } else if (c === '\n' || c === '\r') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      atFieldStart = true
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1
    } else {
      field += c
      atFieldStart = false
      i++
    }
  }
  if (inQuotes) throw new Error('csv: unterminated quoted field')
  if (!atFieldStart || field !== '' || row.length > 0) {
    row.push(field)
    rows.push(row)
  }
  return rows
}

/** Rows as objects keyed by the header row's names. */
export const csvRecords = (text: string): Record<string, string>[] => {
  const [header, ...rows] = parseCsv(text)
  if (!header) return []
  return rows.map((r) => Object.fromEntries(header.map((h, k) => [h, r[k] ?? ''])))
}
