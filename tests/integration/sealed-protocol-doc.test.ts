// docs/protocol.md against the code, so the two cannot drift: the worked example is exactly what
// scripts/protocol-example.ts generates, and its bytes (token, entry, frame, statement) are read
// back from the markdown and checked by the real decoders; the close-code and limit tables equal
// src/protocol/close-codes.ts and sync-server/limits.ts. The `exchange` blocks are run against a
// real relay in sealed-protocol-doc-exchanges.test.ts.
import { readFileSync } from 'node:fs'
import * as decoding from 'lib0/decoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DOC_PATH, exampleInDoc, protocolExample } from '../../scripts/protocol-example.ts'
import {
  CloseCode,
  fromBase64Url,
  importRoomKey,
  openEntry,
  type RoomId,
  verifyStatement,
  verifyToken,
} from '../../src/protocol/index.ts'
import { DEFAULT_LIMITS, LIMIT_ENV, type RelayLimits } from '../../sync-server/limits.ts'

const doc = readFileSync(DOC_PATH, 'utf8')
const fromHex = (hex: string) => Uint8Array.from(hex.match(/../g) ?? [], (b) => Number.parseInt(b, 16))

/** The text of section `n` ("## n. …" up to the next "## "). */
function section(n: number): string {
  const start = doc.indexOf(`\n## ${n}. `)
  const end = doc.indexOf('\n## ', start + 1)
  if (start < 0) throw new Error(`no section ${n}`)
  return doc.slice(start, end < 0 ? undefined : end)
}

/** Rows of the markdown tables in `text`, as trimmed cells. */
const tableRows = (text: string): string[][] =>
  text
    .split('\n')
    .filter((line) => line.startsWith('|') && !/^\|\s*-/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    )

/** The lines of the worked example that follow the line starting with `label`, up to a blank line. */
function linesAfter(label: string): string {
  const lines = (exampleInDoc(doc) ?? '').split('\n')
  const at = lines.findIndex((line) => line.startsWith(label))
  if (at < 0) throw new Error(`no "${label}" in the example`)
  const out: string[] = []
  for (const line of lines.slice(at + 1)) {
    if (line.trim() === '' || line.startsWith('```')) break
    out.push(line.trim())
  }
  return out.join('')
}
/** The value after `label` on its own line of the example. */
function field(label: string): string {
  const line = (exampleInDoc(doc) ?? '').split('\n').find((l) => l.startsWith(label))
  if (!line) throw new Error(`no "${label}" line in the example`)
  return line.slice(label.length).trim()
}

describe('docs/protocol.md worked example', () => {
  it('is exactly what the code generates today', async () => {
    expect(exampleInDoc(doc)).toBe(await protocolExample())
  })

  it('its token verifies, with the role, times and id the document states', () => {
    const roomId = field('room id')
    const token = linesAfter('token = base64url')
    const issuedAt = Number.parseInt(field('issuedAt'), 16)
    const checked = verifyToken(token, roomId, issuedAt + 1)
    expect(checked.ok && checked.value).toEqual({
      role: 'read',
      issuedAt,
      expiresAt: Number.parseInt(field('expiresAt'), 16),
      tokenId: field('tokenId'),
      roomId,
    })
    expect(fromBase64Url(token)?.length).toBe(122)
    expect(token).toHaveLength(163)
    expect(verifyToken(token, roomId, Number.parseInt(field('expiresAt'), 16))).toEqual({
      ok: false,
      code: 'token-expired',
    })
  })

  it('its entry opens with the room key into the update it shows, read as the document reads it', async () => {
    const roomId = field('room id')
    const key = await importRoomKey(fromHex(field('room key (AES-GCM-256)')))
    const opened = await openEntry(key, roomId as RoomId, fromHex(linesAfter('entry = 01 || nonce')))
    if (!opened.ok) throw new Error(opened.code)
    expect(opened.value.kind).toBe('update')
    expect(Buffer.from(opened.value.update).toString('hex')).toBe(linesAfter('Yjs update (v1):'))
    const plain = new Y.Doc()
    Y.applyUpdate(plain, opened.value.update)
    expect(plain.getText('demo').toString()).toBe('Bonjour')
    // "`01` one client, `01` one struct, `01` client id 1, `00` clock 0, `04` info byte (string)…"
    const { structs, ds } = Y.decodeUpdate(opened.value.update)
    expect(structs).toHaveLength(1)
    const item = structs[0] as Y.Item
    expect([item.id.client, item.id.clock, item.parent, item.content.constructor.name]).toEqual([
      1,
      0,
      'demo',
      'ContentString',
    ])
    expect(ds.clients.size).toBe(0)
  })

  it('its frame is a y-websocket sync update that puts that entry into `entries`', () => {
    const frame = fromHex(linesAfter('00 (messageSync) 02 (messageYjsUpdate)'))
    const decoder = decoding.createDecoder(frame)
    expect([decoding.readVarUint(decoder), decoding.readVarUint(decoder)]).toEqual([0, 2])
    const update = decoding.readVarUint8Array(decoder)
    expect(decoder.pos).toBe(frame.length)
    const envelope = new Y.Doc()
    Y.applyUpdate(envelope, update)
    const entries = envelope.getArray<Uint8Array>('entries').toArray()
    expect(entries.map((e) => Buffer.from(e).toString('hex'))).toEqual([linesAfter('entry = 01 || nonce')])
  })

  it('its statement verifies and its payload is the JSON shown', () => {
    const roomId = field('room id')
    const block = doc.slice(doc.indexOf('### Revocation statement'))
    const json = block.slice(block.indexOf('```') + 3, block.indexOf('```', block.indexOf('```') + 3))
    const statement = JSON.parse(json) as { payload: string; signature: string }
    const payloadText = block.split('```')[3]?.trim()
    expect(new TextDecoder().decode(fromBase64Url(statement.payload))).toBe(payloadText)
    const payload = JSON.parse(payloadText ?? '') as { issuedAt: number; tokenIds: string[] }
    const checked = verifyStatement(statement, roomId, payload.issuedAt)
    expect(checked.ok && checked.value.statement).toEqual(payload)
    expect(payload.tokenIds).toEqual([field('tokenId')])
  })
})

describe('docs/protocol.md tables', () => {
  it('the close-code table is src/protocol/close-codes.ts, plus the two standard codes', () => {
    const rows = tableRows(section(6)).filter((r) => /^\d{4}$/.test(r[0] ?? ''))
    const named = rows.filter((r) => r[1]?.startsWith('`'))
    expect(Object.fromEntries(named.map((r) => [r[1]?.replaceAll('`', ''), Number(r[0])]))).toEqual(CloseCode)
    expect(named.map((r) => Number(r[0]))).toEqual(Object.values(CloseCode))
    expect(rows.filter((r) => r[1] === '(standard)').map((r) => r[0])).toEqual(['1011', '1012'])
  })

  it('the "stop" codes agree: table, rule, and the shouldReconnect option of a compatible client', () => {
    const rows = tableRows(section(6)).filter((r) => /^\d{4}$/.test(r[0] ?? ''))
    const stop = rows.filter((r) => r[3] === 'stop').map((r) => Number(r[0]))
    expect(stop).toEqual([4401, 4403, 4404, 4409, 4410])
    expect(section(6)).toContain(`(${stop.join(', ')})`)
    expect(section(5)).toContain(`![${stop.join(', ')}].includes(event.code)`)
    for (const row of rows.filter((r) => !stop.includes(Number(r[0])))) expect(row[3]).toMatch(/^retry/)
  })

  it('the limit table gives every limit its default and its variable', () => {
    const units: Record<string, number> = { MiB: 1024 * 1024, s: 1, days: 86_400, '': 1 }
    const seen = new Set<string>()
    for (const row of tableRows(section(8)).slice(1)) {
      const names = [...(row[0] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1] as keyof RelayLimits)
      const variables = [...(row[2] ?? '').matchAll(/`(\w+)`/g)].map((m) => m[1])
      const defaults = (row[1] ?? '').split(' / ')
      names.forEach((name, i) => {
        seen.add(name)
        expect(variables[i], name).toBe(LIMIT_ENV[name])
        const m = /^([\d.]+)\s*(MiB|s|days)?\b/.exec(defaults[i] ?? defaults[0] ?? '')
        expect(m, `${name}: ${row[1]}`).not.toBeNull()
        expect(Number(m?.[1]) * (units[m?.[2] ?? ''] ?? Number.NaN), name).toBe(DEFAULT_LIMITS[name])
      })
    }
    const documented = Object.keys(DEFAULT_LIMITS).filter(
      (n) => !n.startsWith('compactAfter') && n !== 'sweepSeconds',
    )
    expect([...seen].sort()).toEqual(documented.sort())
  })
})
