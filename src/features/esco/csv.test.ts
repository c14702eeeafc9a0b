import { describe, expect, it } from 'vitest'
import { csvRecords, parseCsv } from './csv.ts'

describe('parseCsv (RFC 4180)', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks', () => {
    const rows = parseCsv('a,b,c\r\n1,"x, y","say ""hi"""\n2,"line one\nline two",\n')
    expect(rows).toEqual([
      ['a', 'b', 'c'],
      ['1', 'x, y', 'say "hi"'],
      ['2', 'line one\nline two', ''],
    ])
  })
  it('keeps a last record without a final newline and skips a byte order mark', () => {
    expect(parseCsv('\ufeffa,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
  })
  it('throws on a quote never closed (a damaged build input must stop the build)', () => {
    expect(() => parseCsv('a\n"open')).toThrow(/unterminated/)
  })
  it('maps records to the header names, missing trailing fields as empty', () => {
    expect(csvRecords('k,v\nx')).toEqual([{ k: 'x', v: '' }])
  })
})
