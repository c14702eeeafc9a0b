// docs/protocol.md's worked example must be exactly what scripts/protocol-example.ts generates
// from the code today (the script itself checks its bytes with verifyToken / openEntry).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { DOC_PATH, exampleInDoc, protocolExample } from '../../scripts/protocol-example.ts'
import { CloseCode } from '../../src/protocol/index.ts'
import { DEFAULT_LIMITS } from '../../sync-server/limits.ts'

describe('docs/protocol.md', () => {
  const doc = readFileSync(DOC_PATH, 'utf8')
  // Tables are padded by the formatter: compare with runs of spaces collapsed.
  const flat = doc.replace(/ +/g, ' ')

  it('holds the worked example the code generates', async () => {
    expect(exampleInDoc(doc)).toBe(await protocolExample())
  })

  it('lists every close code the relay uses, with its number', () => {
    for (const [name, code] of Object.entries(CloseCode)) expect(flat).toContain(`| ${code} | \`${name}\` |`)
  })

  it('names every limit of the relay', () => {
    for (const name of Object.keys(DEFAULT_LIMITS)) {
      if (name.startsWith('compactAfter') || name === 'sweepSeconds') continue
      expect(doc).toContain(`\`${name}\``)
    }
  })
})
